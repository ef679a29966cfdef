//! `libbs_errno.so` and `libbs_errno.a` (`bs_errno.dll` on Windows): the C ABI of bs-errno. Every function
//! that include/BS_Errno.h declares is defined here, over the Rust API of the `bs-errno` crate; cbindgen
//! renders the header from this crate (and the code macros from bs-errno's `codes`).
//!
//! Every export is defined for every input, never allocates, and never returns NULL where a string is
//! promised. All of them only read static data, so they are thread-safe and async-signal-safe.
//!
//! No panic can cross into C, by construction rather than by catching. Release builds are `no_std` and bring
//! their own panic handler, which calls a function that exists nowhere; build.rs links with every symbol
//! required to resolve, so if any panic path survived optimisation the handler would be kept and linking
//! would fail. (A Rust cdylib that links std would also carry std's panic and backtrace machinery, about
//! 270 KiB, even when nothing can panic.) Debug and test builds link std instead; there a panic inside an
//! `extern "C"` function aborts the process, so it cannot cross into C either.
//!
//! Modules: [`errors`] (a code in today's table), [`releases`] (SDK releases as handles), `c_string` (the
//! bounded reading of C strings), `format` (snprintf-style writing into a caller's buffer).

#![cfg_attr(panic = "abort", no_std)]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

mod c_string;
pub mod errors;
mod format;
pub mod releases;

pub use errors::*;
pub use releases::*;

#[cfg(test)]
mod tests;

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
