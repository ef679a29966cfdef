//! Whether standard input and output were open when the process started.
//!
//! Before `main`, the Rust runtime reopens a closed descriptor 0, 1 or 2 on `/dev/null`, so that a file
//! opened later cannot land on it. Writes to a closed standard output then "succeed" and the answer is
//! lost without a word. A constructor in `.init_array` runs before the runtime's initialisation and
//! records, with `fcntl(fd, F_GETFD)`, which descriptors were really open; the sink and the annotator ask
//! here. Where no such constructor is available, every descriptor counts as open.

#[cfg(any(target_os = "linux", target_os = "android"))]
mod probe {
    use std::ffi::c_int;
    use std::sync::atomic::{AtomicBool, Ordering};

    pub static STDIN_CLOSED: AtomicBool = AtomicBool::new(false);
    pub static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

    /// `F_GETFD` on Linux and Android.
    const F_GETFD: c_int = 1;

    unsafe extern "C" {
        fn fcntl(fd: c_int, cmd: c_int, ...) -> c_int;
    }

    fn is_closed(fd: c_int) -> bool {
        // SAFETY: F_GETFD only reads the descriptor's flags; it fails (EBADF) exactly when `fd` is not open.
        unsafe { fcntl(fd, F_GETFD) == -1 }
    }

    extern "C" fn record() {
        STDIN_CLOSED.store(is_closed(0), Ordering::Relaxed);
        STDOUT_CLOSED.store(is_closed(1), Ordering::Relaxed);
    }

    /// Run by the dynamic loader (or the static start-up code) before `main`, like a C constructor.
    #[used]
    #[unsafe(link_section = ".init_array")]
    static RECORD: extern "C" fn() = record;
}

/// True when the process started with descriptor 1 closed (`bs-errno -714 >&-`).
pub fn stdout_was_closed() -> bool {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    return probe::STDOUT_CLOSED.load(std::sync::atomic::Ordering::Relaxed);
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    return false;
}

/// True when the process started with descriptor 0 closed (`bs-errno -a <&-`).
pub fn stdin_was_closed() -> bool {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    return probe::STDIN_CLOSED.load(std::sync::atomic::Ordering::Relaxed);
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    return false;
}
