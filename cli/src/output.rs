//! Standard output and standard error, kept in order, never panicking, never losing output silently.
//!
//! A reader that goes away (`bs-errno --list | head -1`) is not an error: from then on the answers are
//! dropped and the exit status stays the answer's. Any other failure to write (a full disk, a standard
//! output that was closed when the process started) is reported once on standard error and makes the exit
//! status 2. After either, every write fails at once, so that whoever writes stops.

use std::io::{self, BufWriter, Write};

use crate::status::FAILURE;

/// Room for many answer lines; bigger writes (annotated input) go straight through.
const BUFFER: usize = 64 * 1024;

/// Answers to `W` (standard output), notes to `E` (standard error).
pub struct Output<W: Write, E: Write> {
    out: BufWriter<W>,
    err: E,
    state: State,
}

enum State {
    Open,
    /// The reader went away.
    ReaderGone,
    /// A write failed: the first failure.
    Failed(io::Error),
}

impl<W: Write, E: Write> Output<W, E> {
    pub fn new(out: W, err: E) -> Output<W, E> {
        Output {
            out: BufWriter::with_capacity(BUFFER, out),
            err,
            state: State::Open,
        }
    }

    /// False once nothing more can be written: the reader went away or a write failed.
    pub fn is_open(&self) -> bool {
        matches!(self.state, State::Open)
    }

    fn ensure_open(&self) -> io::Result<()> {
        match self.state {
            State::Open => Ok(()),
            _ => Err(io::Error::new(io::ErrorKind::BrokenPipe, "the output has ended")),
        }
    }

    /// Keeps the first failure; the caller gets an error of the same kind to stop on.
    fn record<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        result.map_err(|e| {
            let kind = e.kind();
            self.state = if kind == io::ErrorKind::BrokenPipe {
                State::ReaderGone
            } else {
                State::Failed(e)
            };
            io::Error::new(kind, "the output cannot be written")
        })
    }

    /// `bs-errno: message` on standard error, after everything answered so far.
    pub fn note(&mut self, message: &str) {
        let _ = self.flush();
        let _ = writeln!(self.err, "bs-errno: {message}");
    }

    /// Writes out what is left, and turns the answer's status into the exit status: 2 after a failed
    /// write (reported here), otherwise `status`.
    pub fn finish(mut self, status: u8) -> u8 {
        let _ = self.flush();
        let status = match &self.state {
            State::Failed(e) => {
                let _ = writeln!(self.err, "bs-errno: cannot write the output: {e}");
                FAILURE
            }
            _ => status,
        };
        // Whatever could not be written stays unwritten: no second attempt when the writer is dropped.
        let _ = self.out.into_parts();
        status
    }
}

impl<W: Write, E: Write> Write for Output<W, E> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.ensure_open()?;
        let result = self.out.write(bytes);
        self.record(result)
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.ensure_open()?;
        let result = self.out.write_all(bytes);
        self.record(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.ensure_open()?;
        let result = self.out.flush();
        self.record(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Accepts `room` bytes, then fails with `kind`.
    struct Limited {
        written: Vec<u8>,
        room: usize,
        kind: io::ErrorKind,
    }

    impl Write for Limited {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            if self.written.len() >= self.room {
                return Err(io::Error::from(self.kind));
            }
            let n = bytes.len().min(self.room - self.written.len());
            self.written.extend_from_slice(&bytes[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn limited(room: usize, kind: io::ErrorKind) -> Limited {
        Limited {
            written: Vec::new(),
            room,
            kind,
        }
    }

    #[test]
    fn notes_come_after_what_was_answered_before_them() {
        let mut err = Vec::new();
        let mut output = Output::new(Vec::new(), &mut err);
        output.write_all(b"first\n").unwrap();
        output.note("a note");
        assert_eq!(output.out.get_ref(), b"first\n");
        assert_eq!(output.finish(crate::status::NOT_FOUND), crate::status::NOT_FOUND);
        assert_eq!(err, b"bs-errno: a note\n");
    }

    #[test]
    fn a_reader_that_goes_away_keeps_the_status_and_says_nothing() {
        let mut err = Vec::new();
        let mut output = Output::new(limited(3, io::ErrorKind::BrokenPipe), &mut err);
        output.write_all(&[b'x'; 2 * BUFFER]).unwrap_err();
        assert!(!output.is_open());
        output.write_all(b"more").unwrap_err();
        assert_eq!(output.finish(crate::status::FOUND), crate::status::FOUND);
        assert_eq!(err, b"");
    }

    #[test]
    fn a_failed_write_is_reported_once_and_exits_2() {
        let mut err = Vec::new();
        let mut output = Output::new(limited(0, io::ErrorKind::StorageFull), &mut err);
        // Buffered: the failure shows when the buffer is written out.
        output.write_all(b"answer\n").unwrap();
        output.flush().unwrap_err();
        output.write_all(b"more\n").unwrap_err();
        assert_eq!(output.finish(crate::status::FOUND), FAILURE);
        let err = String::from_utf8(err).unwrap();
        assert!(err.starts_with("bs-errno: cannot write the output: "), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}
