//! Standard output and standard error, kept in order and never panicking.
//!
//! A reader that goes away (`bs-errno --list | head -1`) is not an error: from then on the answers are
//! dropped silently and the exit status stays the answer's. Any other failure to write (a full disk)
//! is reported once on standard error and makes the exit status 2.

use std::io::{self, BufWriter, StdoutLock, Write as _};
use std::process::ExitCode;

pub struct Sink {
    stdout: BufWriter<StdoutLock<'static>>,
    closed: bool,
    failed: Option<io::Error>,
}

impl Sink {
    pub fn new() -> Sink {
        Sink {
            stdout: BufWriter::new(io::stdout().lock()),
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

    /// Answer text, to standard output.
    pub fn out(&mut self, text: &str) {
        if !self.closed && self.failed.is_none() {
            let result = self.stdout.write_all(text.as_bytes());
            self.check(result);
        }
    }

    /// `bs-errno: message` on standard error, after everything answered so far.
    pub fn note(&mut self, message: &str) {
        if !self.closed && self.failed.is_none() {
            let result = self.stdout.flush();
            self.check(result);
        }
        let _ = writeln!(io::stderr(), "bs-errno: {message}");
    }

    /// Flushes, and turns the answer's status into the exit status.
    pub fn finish(mut self, status: u8) -> ExitCode {
        if !self.closed && self.failed.is_none() {
            let result = self.stdout.flush();
            self.check(result);
        }
        match self.failed.take() {
            None => ExitCode::from(status),
            Some(e) => {
                let _ = writeln!(io::stderr(), "bs-errno: cannot write the output: {e}");
                ExitCode::from(crate::USAGE)
            }
        }
    }
}
