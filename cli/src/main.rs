//! The `bs-errno` command. Everything but the start-up is in the library (src/lib.rs).

use std::process::ExitCode;

fn main() -> ExitCode {
    bs_errno_cli::main(std::env::args_os())
}

// Which standard streams are open must be recorded before the Rust runtime starts, because it reopens a
// closed descriptor 0, 1 or 2 on /dev/null (see src/stdio.rs). The constructor is registered here, in the
// binary, because a linker may drop an unreferenced registration from a library.
#[cfg(unix)]
ctor::declarative::ctor! {
    #[ctor(unsafe)]
    fn record_standard_streams() {
        bs_errno_cli::stdio::record_at_start();
    }
}
