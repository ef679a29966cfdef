//! The process's standard input and output as the command needs them: whether each was open when the
//! process started, and standard output as an unbuffered handle.
//!
//! On Unix, before `main`, the Rust runtime reopens a closed descriptor 0, 1 or 2 on `/dev/null` (so that a
//! file opened later cannot land on it). Writes to a closed standard output would then "succeed" and the
//! answer would be lost without a word, and a closed standard input would read as empty. So the binary
//! registers a constructor (the `ctor` crate) that runs before the runtime's initialisation and calls
//! [`record_at_start`], which asks `fcntl(fd, F_GETFD)` (the `libc` crate) which descriptors are really
//! open. On Windows the runtime leaves the standard handles alone: a missing one is a null handle, seen
//! directly.

use std::io::{self, Write};

#[cfg(unix)]
mod at_start {
    use std::sync::atomic::{AtomicBool, Ordering};

    pub static STDIN_CLOSED: AtomicBool = AtomicBool::new(false);
    pub static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

    fn is_closed(fd: libc::c_int) -> bool {
        // SAFETY: F_GETFD only reads the descriptor's flags; it fails (EBADF) exactly when `fd` is not open.
        unsafe { libc::fcntl(fd, libc::F_GETFD) == -1 }
    }

    pub fn record() {
        STDIN_CLOSED.store(is_closed(libc::STDIN_FILENO), Ordering::Relaxed);
        STDOUT_CLOSED.store(is_closed(libc::STDOUT_FILENO), Ordering::Relaxed);
    }

    pub fn closed(flag: &AtomicBool) -> bool {
        flag.load(Ordering::Relaxed)
    }
}

/// Records which of standard input and output are open. Called by the binary's constructor, before the
/// Rust runtime starts: only `libc` calls and atomics, nothing that needs the runtime.
#[cfg(unix)]
pub fn record_at_start() {
    at_start::record();
}

/// True when the process started with standard input closed (`bs-errno -a <&-`).
pub fn stdin_was_closed() -> bool {
    #[cfg(unix)]
    let closed = at_start::closed(&at_start::STDIN_CLOSED);
    #[cfg(windows)]
    let closed = {
        use std::os::windows::io::AsRawHandle as _;
        io::stdin().as_raw_handle().is_null()
    };
    #[cfg(not(any(unix, windows)))]
    let closed = false;
    closed
}

/// True when the process started with standard output closed (`bs-errno -714 >&-`).
pub fn stdout_was_closed() -> bool {
    #[cfg(unix)]
    let closed = at_start::closed(&at_start::STDOUT_CLOSED);
    #[cfg(windows)]
    let closed = {
        use std::os::windows::io::AsRawHandle as _;
        io::stdout().as_raw_handle().is_null()
    };
    #[cfg(not(any(unix, windows)))]
    let closed = false;
    closed
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

/// Standard output as a duplicate of its descriptor or handle: no line buffering (`io::Stdout` writes
/// every line on its own, which would slow the annotator down), no text conversion, and every failure
/// reported (`io::Stdout` quietly drops writes to an invalid descriptor).
pub fn stdout() -> Box<dyn Write> {
    if stdout_was_closed() {
        return Box::new(ClosedStdout);
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd as _;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    #[cfg(windows)]
    {
        use std::os::windows::io::AsHandle as _;
        if let Ok(handle) = io::stdout().as_handle().try_clone_to_owned() {
            return Box::new(std::fs::File::from(handle));
        }
    }
    Box::new(io::stdout())
}

/// True when standard input is a regular file (read at full speed); false for a pipe or a terminal, whose
/// lines are written as they arrive.
pub fn stdin_is_regular_file() -> bool {
    let file = {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd as _;
            io::stdin().as_fd().try_clone_to_owned().map(std::fs::File::from)
        }
        #[cfg(windows)]
        {
            use std::os::windows::io::AsHandle as _;
            io::stdin().as_handle().try_clone_to_owned().map(std::fs::File::from)
        }
        #[cfg(not(any(unix, windows)))]
        {
            Err::<std::fs::File, _>(io::Error::from(io::ErrorKind::Unsupported))
        }
    };
    file.and_then(|file| file.metadata()).is_ok_and(|meta| meta.is_file())
}
