//! Every one of the 2^32 `int` inputs through bs_error_string and bs_error_name (each returns a non-NULL,
//! NUL-terminated string of printable ASCII) and bs_error_category (it returns); and every `int` through
//! bs_error_name_in and bs_error_string_in for an old release: the same, agreeing with the Rust library,
//! and exactly the values that release defines have a name.
//!
//! 2^32 x 5 calls take tens of seconds optimised, far longer unoptimised, so these run in release:
//! `cargo test --release -p bs-errno-capi --lib tests::exhaustive` (`cargo xtask test` does). In a debug
//! build they are ignored.

use core::ffi::{c_char, c_int};
use std::sync::atomic::{AtomicU64, Ordering};

use bs_errno::SdkRelease;

use crate::{
    bs_error_category, bs_error_name, bs_error_name_in, bs_error_string, bs_error_string_in, bs_sdk_release_find,
};

/// Checks one returned string: non-NULL, NUL-terminated within 256 bytes, printable ASCII, non-empty.
fn check_string(p: *const c_char, code: c_int, what: &str) {
    assert!(!p.is_null(), "{what}({code}) returned NULL");
    for i in 0..256 {
        // SAFETY: the export promises a NUL-terminated static string; we stop at its NUL, and fail the
        // test (before reading further) if none comes within 256 bytes.
        let byte = unsafe { p.add(i).read() } as u8;
        if byte == 0 {
            assert!(i > 0, "{what}({code}) is empty");
            return;
        }
        assert!((0x20..0x7f).contains(&byte), "{what}({code}) has byte {byte:#x}");
    }
    panic!("{what}({code}) is not NUL-terminated within 256 bytes");
}

/// Runs `check(code)` for every int on a few threads; returns the sum of its answers.
fn sweep(check: impl Fn(c_int, &mut Run) -> u64 + Sync) -> u64 {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 16) as u64;
    let chunk = (1u64 << 32) / threads;
    let total = AtomicU64::new(0);
    std::thread::scope(|scope| {
        for t in 0..threads {
            let (total, check) = (&total, &check);
            scope.spawn(move || {
                let (start, end) = (t * chunk, if t + 1 == threads { 1u64 << 32 } else { (t + 1) * chunk });
                let mut run = Run::default();
                let mut local = 0u64;
                for raw in start..end {
                    local += check(raw as u32 as c_int, &mut run);
                }
                total.fetch_add(local, Ordering::Relaxed);
            });
        }
    });
    total.into_inner()
}

/// The strings one thread last validated: nearly all codes are unknown and share one string, so each
/// distinct pointer is checked when it first appears in a run.
struct Run {
    string: *const c_char,
    name: *const c_char,
}

impl Default for Run {
    fn default() -> Self {
        Run {
            string: core::ptr::null(),
            name: core::ptr::null(),
        }
    }
}

impl Run {
    fn check(&mut self, code: c_int, string: *const c_char, name: *const c_char, what: &str) {
        if string != self.string {
            check_string(string, code, what);
            self.string = string;
        }
        if name != self.name {
            check_string(name, code, what);
            self.name = name;
        }
    }
}

/// The old release swept: one whose table differs from today's.
const OLD_RELEASE: &core::ffi::CStr = c"2.7.1.1";

#[test]
#[cfg_attr(debug_assertions, ignore = "2^32 inputs: run with --release")]
fn every_int_gets_a_valid_answer_for_an_old_release() {
    let release = SdkRelease::find(OLD_RELEASE.to_bytes()).unwrap();
    assert_eq!(
        release.as_str(),
        OLD_RELEASE.to_str().unwrap(),
        "the swept version is a release"
    );
    // SAFETY: a valid C string.
    let handle = unsafe { bs_sdk_release_find(OLD_RELEASE.as_ptr()) };
    assert!(!handle.is_null());
    // Raw pointers are not Sync; the handle is static, so its address stands for it across threads.
    let address = handle as usize;
    let unknown_name = bs_error_name_in(handle, c_int::MIN) as usize;
    let unknown_string = bs_error_string_in(handle, c_int::MIN) as usize;
    let known = sweep(|code, run| {
        let handle = address as *const crate::BsSdkRelease;
        let (name, string) = (bs_error_name_in(handle, code), bs_error_string_in(handle, code));
        run.check(code, string, name, "bs_error_string_in/name_in");
        if name as usize == unknown_name {
            assert_eq!(string as usize, unknown_string, "{code}");
            return 0;
        }
        // SAFETY: checked above.
        let text = unsafe { core::ffi::CStr::from_ptr(name) }.to_str();
        assert_eq!(text.ok(), release.lookup(code).map(|n| n.name()), "{code}");
        1
    });
    assert_eq!(
        known,
        release.names().count() as u64,
        "exactly the release's values are known"
    );
}

#[test]
#[cfg_attr(debug_assertions, ignore = "2^32 inputs: run with --release")]
fn every_int_gets_a_valid_answer() {
    let known = sweep(|code, run| {
        run.check(code, bs_error_string(code), bs_error_name(code), "bs_error_string/name");
        // Called for every int (it must not crash); its value needs no check: the function returns the
        // Category enum, so no value outside the constants can come back.
        core::hint::black_box(bs_error_category(code));
        u64::from(bs_errno::is_known(code))
    });
    assert_eq!(known, bs_errno::iter().len() as u64, "every code seen exactly once");
}
