//! No export allocates: a counting global allocator (the test binary's) watches every call made on this
//! thread.

use core::ffi::c_int;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use crate::*;

struct Counting;

thread_local! {
    // Per thread, so that tests running in parallel (and the harness) never count each other's calls.
    static WATCHING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn note() {
    if WATCHING.with(Cell::get) {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
    }
}

// SAFETY: forwards to the system allocator unchanged, only counting.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: same contract as ours.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note();
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns how many allocations it made on this thread.
fn allocations_in(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    WATCHING.with(|w| w.set(true));
    f();
    WATCHING.with(|w| w.set(false));
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn the_counter_sees_allocations() {
    // Without this, a broken counter would make the real test pass vacuously.
    assert!(allocations_in(|| drop(std::hint::black_box(vec![1u8; 64]))) >= 1);
}

#[test]
fn no_export_allocates() {
    // Prepared outside the watched region: inputs may allocate, the calls may not.
    let mut codes: Vec<c_int> = (-10400..=40).collect();
    codes.extend([c_int::MIN, c_int::MAX]);
    let names: Vec<std::ffi::CString> = bs_errno::iter()
        .map(|i| i.name())
        .chain(bs_errno::aliases().map(|a| a.name()))
        .chain(["", "NOPE", "bs_sdk_success"])
        .map(|n| std::ffi::CString::new(n).unwrap())
        .collect();
    let long = vec![b'A'; 1 << 16].into_iter().chain([0]).collect::<Vec<u8>>();
    let mut buf = [0u8; 256];
    let mut alias = BsErrorAlias {
        name: core::ptr::null(),
        code: 0,
        deprecated: 0,
        deprecated_since: core::ptr::null(),
        description: core::ptr::null(),
    };
    let versions: Vec<Option<std::ffi::CString>> = [None, Some("2.7.1.1"), Some("V2.6"), Some("x"), Some("")]
        .into_iter()
        .map(|v| v.map(|v| std::ffi::CString::new(v).unwrap()))
        .collect();
    let mut sink = 0usize;
    let count = allocations_in(|| {
        for &code in &codes {
            sink ^= bs_error_string(code) as usize ^ bs_error_name(code) as usize;
            sink ^= bs_error_category(code) as usize ^ bs_error_category_name(code) as usize;
            sink ^= (bs_error_is_known(code) + bs_error_is_success(code)) as usize;
            for size in [0, 1, 16, buf.len()] {
                // SAFETY: buf has at least `size` writable bytes.
                sink ^= unsafe { bs_error_format(code, buf.as_mut_ptr().cast(), size) } as usize;
            }
        }
        for name in &names {
            // SAFETY: valid C strings.
            sink ^= unsafe { bs_error_from_name(name.as_ptr()) } as usize;
        }
        // SAFETY: NUL-terminated; NULL allowed.
        sink ^= unsafe { bs_error_from_name(long.as_ptr().cast()) + bs_error_from_name(core::ptr::null()) } as usize;
        for index in 0..=bs_error_count() {
            sink ^= bs_error_code_at(index) as usize;
        }
        for index in 0..=bs_error_alias_count() {
            // SAFETY: `alias` is a valid BsErrorAlias.
            sink ^= unsafe { bs_error_alias_at(index, &mut alias) } as usize;
        }
        sink ^= bs_errno_version() as usize;
        for version in &versions {
            let v = version.as_ref().map_or(core::ptr::null(), |v| v.as_ptr());
            // SAFETY: NULL or valid C strings.
            let release = unsafe { bs_sdk_release_find(v) };
            sink ^= release as usize ^ bs_sdk_release_version(release) as usize ^ bs_sdk_release_date(release) as usize;
            for &code in &codes {
                sink ^= bs_error_name_in(release, code) as usize ^ bs_error_string_in(release, code) as usize;
                sink ^= bs_error_is_known_in(release, code) as usize;
                // SAFETY: buf has 256 writable bytes.
                sink ^= unsafe { bs_error_format_in(release, code, buf.as_mut_ptr().cast(), buf.len()) } as usize;
            }
        }
        for index in 0..=bs_sdk_release_count() {
            sink ^= bs_sdk_release_at(index) as usize;
        }
    });
    std::hint::black_box(sink);
    assert_eq!(count, 0, "an export allocated");
}
