//! Standard output and standard error, kept in order and never panicking.
//!
//! A reader that goes away (`bs-errno --list | head -1`) is not an error: from then on the answers are
//! dropped silently and the exit status stays the answer's. Any other failure to write (a full disk, a
//! standard output that was closed when the process started) is reported once on standard error and
//! makes the exit status 2.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// Room for many answer lines; bigger writes (annotated input) go straight through.
const BUFFER: usize = 64 * 1024;

pub struct Sink {
    stdout: BufWriter<Box<dyn Write>>,
    closed: bool,
    failed: Option<io::Error>,
}

/// Stands in for a standard output that was closed at start-up: every write fails.
struct ClosedStdout;

impl Write for ClosedStdout {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::Error::other("standard output is closed"))
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Standard output without the line buffering of `io::Stdout` (which would write every line on its own
/// and slow the annotator down): a duplicate of descriptor 1.
fn raw_stdout() -> Box<dyn Write> {
    if crate::startup::stdout_was_closed() {
        return Box::new(ClosedStdout);
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd as _;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout())
}

impl Sink {
    pub fn new() -> Sink {
        Sink {
            stdout: BufWriter::with_capacity(BUFFER, raw_stdout()),
            closed: false,
            failed: None,
        }
    }

    fn check(&mut self, result: io::Result<()>) {
        match result {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => self.closed = true,
            Err(e) => self.failed = Some(e),
        }
    }

    /// True once nothing more can be written: the reader went away or a write failed.
    pub fn is_done(&self) -> bool {
        self.closed || self.failed.is_some()
    }

    /// Answer text, to standard output.
    pub fn out(&mut self, text: &str) {
        self.out_bytes(text.as_bytes());
    }

    /// Bytes to standard output as they are (annotated input need not be UTF-8).
    pub fn out_bytes(&mut self, bytes: &[u8]) {
        if !self.is_done() {
            let result = self.stdout.write_all(bytes);
            self.check(result);
        }
    }

    /// Writes out everything so far (for a reader waiting on a pipe).
    pub fn flush(&mut self) {
        if !self.is_done() {
            let result = self.stdout.flush();
            self.check(result);
        }
    }

    /// `bs-errno: message` on standard error, after everything answered so far.
    pub fn note(&mut self, message: &str) {
        self.flush();
        let _ = writeln!(io::stderr(), "bs-errno: {message}");
    }

    /// Flushes, and turns the answer's status into the exit status.
    pub fn finish(mut self, status: u8) -> ExitCode {
        self.flush();
        match self.failed.take() {
            None => ExitCode::from(status),
            Some(e) => {
                let _ = writeln!(io::stderr(), "bs-errno: cannot write the output: {e}");
                ExitCode::from(crate::USAGE)
            }
        }
    }
}
