//! Every one of the 2^32 `int` inputs through bs_error_string, bs_error_name and bs_error_category: each
//! returns a non-NULL, NUL-terminated string of printable ASCII, and a category in range. And every `int`
//! through bs_error_name_for_sdk for an old release: the same, and exactly the values that release defines
//! have a name. (Each `_for_sdk` call parses the version, so one such export over 2^32 inputs costs as
//! much as the three above; bs_error_string_for_sdk is swept over every int around the table's codes.)
//!
//! 2^32 x 3 calls take tens of seconds optimised, far longer unoptimised, so this runs in release:
//! `cargo test --release --test exhaustive` (ctest does). In a debug build it is skipped.

use core::ffi::{c_char, c_int};
use std::sync::atomic::{AtomicU64, Ordering};

use bs_errno::Category;
use bs_errno::ffi::{
    bs_error_category, bs_error_name, bs_error_name_for_sdk, bs_error_string, bs_error_string_for_sdk,
};
use bs_errno::sdk::{SdkRelease, SdkVersion};

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
    let release = SdkRelease::for_version(OLD_RELEASE.to_str().unwrap().parse::<SdkVersion>().unwrap());
    assert_eq!(
        release.as_str(),
        OLD_RELEASE.to_str().unwrap(),
        "the swept version is a release"
    );
    // The name of a value no release defines.
    assert!(release.lookup(c_int::MIN).is_none());
    // SAFETY: a valid C string.
    let unknown_name = unsafe { bs_error_name_for_sdk(c_int::MIN, OLD_RELEASE.as_ptr()) };
    // SAFETY: a static C string (checked by the sweep).
    assert_eq!(
        unsafe { core::ffi::CStr::from_ptr(unknown_name) }.to_str(),
        Ok(bs_errno::UNKNOWN_NAME)
    );
    // Compared as an address: raw pointers cannot be shared between threads.
    let unknown_name = unknown_name as usize;
    let mut run = Run::default();
    for code in -100_000..=100_000 {
        // SAFETY: a valid C string.
        let string = unsafe { bs_error_string_for_sdk(code, OLD_RELEASE.as_ptr()) };
        let want = release
            .lookup(code)
            .map_or(bs_errno::UNKNOWN_DESCRIPTION, |n| n.description());
        run.check(code, string, string, "bs_error_string_for_sdk");
        // SAFETY: checked above.
        assert_eq!(
            unsafe { core::ffi::CStr::from_ptr(string) }.to_str(),
            Ok(want),
            "{code}"
        );
    }
    let known = sweep(|code, run| {
        // SAFETY: a valid C string.
        let name = unsafe { bs_error_name_for_sdk(code, OLD_RELEASE.as_ptr()) };
        run.check(code, name, name, "bs_error_name_for_sdk");
        if name as usize == unknown_name {
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
        let category = bs_error_category(code) as c_int;
        assert!(
            (0..Category::ALL.len() as c_int).contains(&category),
            "bs_error_category({code}) = {category}"
        );
        u64::from(bs_errno::is_known(code))
    });
    assert_eq!(known, bs_errno::iter().len() as u64, "every code seen exactly once");
}
