//! `libbs_errno.so` and `libbs_errno.a`: the C exports of the `bs-errno` crate (its `ffi` module), linked
//! without std.
//!
//! Why a separate package: a Rust cdylib that links std carries std's panic and backtrace machinery
//! (about 270 KiB) even when nothing can panic. Release builds of this package are `no_std` and bring
//! their own panic handler instead, so the shared library holds little more than the table itself.
//! A panic handler cannot live in the `bs-errno` crate, because every Rust program that uses that crate
//! (the CLI, the tests, users' programs) already has std's.
//!
//! The handler is never reached: the exports have no panic path. The release build proves it, because
//! the handler calls a function that exists nowhere and build.rs links with `--no-undefined`; if any
//! panic path survived optimisation, the handler would be kept and linking would fail.
//!
//! Debug builds (`panic = "unwind"`, as tests need) link std instead; there a panic inside an
//! `extern "C"` function aborts the process, so it cannot cross into C either.

#![cfg_attr(panic = "abort", no_std)]

pub use bs_errno::ffi::*;

#[cfg(panic = "abort")]
#[panic_handler]
fn unreachable_panic(_: &core::panic::PanicInfo<'_>) -> ! {
    unsafe extern "C" {
        /// Defined nowhere: referencing it makes a build that can panic fail to link.
        fn bs_errno_release_build_contains_a_panic_path() -> !;
    }
    // SAFETY: never executed; see the crate documentation.
    unsafe { bs_errno_release_build_contains_a_panic_path() }
}
