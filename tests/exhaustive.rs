//! Every one of the 2^32 `int` inputs through bs_error_string, bs_error_name and bs_error_category: each
//! returns a non-NULL, NUL-terminated string of printable ASCII, and a category in range.
//!
//! 2^32 x 3 calls take tens of seconds optimised, far longer unoptimised, so this runs in release:
//! `cargo test --release --test exhaustive` (ctest does). In a debug build it is skipped.

use core::ffi::{c_char, c_int};
use std::sync::atomic::{AtomicU64, Ordering};

use bs_errno::Category;
use bs_errno::ffi::{bs_error_category, bs_error_name, bs_error_string};

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

#[test]
#[cfg_attr(debug_assertions, ignore = "2^32 inputs: run with --release")]
fn every_int_gets_a_valid_answer() {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 16) as u64;
    let chunk = (1u64 << 32) / threads;
    let known = AtomicU64::new(0);
    std::thread::scope(|scope| {
        for t in 0..threads {
            let known = &known;
            scope.spawn(move || {
                let (start, end) = (t * chunk, if t + 1 == threads { 1u64 << 32 } else { (t + 1) * chunk });
                // Nearly all codes are unknown and share one string: validate each distinct pointer when
                // it first appears in a run, and count the codes that got a table entry.
                let (mut last_string, mut last_name) = (core::ptr::null(), core::ptr::null());
                let mut local_known = 0u64;
                for raw in start..end {
                    let code = raw as u32 as c_int;
                    let string = bs_error_string(code);
                    if string != last_string {
                        check_string(string, code, "bs_error_string");
                        last_string = string;
                    }
                    let name = bs_error_name(code);
                    if name != last_name {
                        check_string(name, code, "bs_error_name");
                        last_name = name;
                    }
                    let category = bs_error_category(code) as c_int;
                    assert!(
                        (0..Category::ALL.len() as c_int).contains(&category),
                        "bs_error_category({code}) = {category}"
                    );
                    if bs_errno::is_known(code) {
                        local_known += 1;
                    }
                }
                known.fetch_add(local_known, Ordering::Relaxed);
            });
        }
    });
    assert_eq!(
        known.load(Ordering::Relaxed),
        bs_errno::iter().len() as u64,
        "every code seen exactly once"
    );
}
