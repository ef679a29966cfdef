//! SDK releases as handles: `bs_sdk_release_find` reads a version string once and hands back a static
//! `BsSdkRelease *`; the `_in` functions answer as that release named each code, at about the cost of
//! today's lookups. NULL stands for today's table everywhere.

use core::ffi::{c_char, c_int};

use bs_errno::{ErrorInfo, SdkRelease, SdkVersion, UNKNOWN_DESCRIPTION_C, UNKNOWN_NAME_C};

use crate::c_string::read_bounded;
use crate::format::write_line;

/// An SDK release whose `BS_Errno.h` the vendor published. Opaque to C: one static byte per release, in
/// the order of [`SdkRelease::ALL`], so the same release always has the same address (handles compare with
/// `==`), its position is its release, and there is nothing to free.
pub struct BsSdkRelease {
    _position_is_the_release: u8,
}

/// The handles, oldest first.
static RELEASES: [BsSdkRelease; SdkRelease::COUNT] = [const {
    BsSdkRelease {
        _position_is_the_release: 0,
    }
}; SdkRelease::COUNT];

fn handle(release: SdkRelease) -> *const BsSdkRelease {
    RELEASES
        .get(release.index())
        .map_or(core::ptr::null(), core::ptr::from_ref)
}

/// The release a handle stands for: NULL is today's (the newest); a pointer that is not one of
/// [`RELEASES`] is not read at all and stands for no release.
#[inline]
fn release_of(handle: *const BsSdkRelease) -> Option<SdkRelease> {
    if handle.is_null() {
        return Some(SdkRelease::NEWEST);
    }
    handle_position(handle)
}

/// The release of a non-NULL pointer, compared as an address so that any pointer at all gets a defined
/// answer: a handle's position (one byte each, in order) is its release's.
#[inline]
fn handle_position(handle: *const BsSdkRelease) -> Option<SdkRelease> {
    const _: () = assert!(size_of::<BsSdkRelease>() == 1);
    SdkRelease::from_index((handle as usize).wrapping_sub(RELEASES.as_ptr() as usize))
}

/// A code as the release of `handle` named it. The code is looked up first: one that today's table lacks
/// no release defined, so the handle need not be read; and NULL (today's table) is the answer found.
#[inline]
fn lookup_in(handle: *const BsSdkRelease, code: c_int) -> Option<ErrorInfo> {
    let today = bs_errno::lookup(code)?;
    match handle_position(handle) {
        Some(release) => today.in_release(release),
        None if handle.is_null() => Some(today),
        None => None,
    }
}

/// The release whose table answers for `version`, the string BS2_Version() returns: "2.7.1.1", also
/// "V2.7.1.1" or shorter forms such as "2.7.1" and "2.7" (missing numbers are 0; surrounding whitespace is
/// ignored).
///
/// A version between two releases answers as the newest release not after it ("2.7.1.5" as 2.7.1.1); one
/// older than every release as the oldest (2.6.2.5); one newer than every release as today's table (the
/// newest release). NULL for NULL and for anything that is not a version: empty, letters, more than four
/// numbers, a number above 999999999, trailing characters, more than 63 bytes, non-UTF-8 bytes.
///
/// The handle is static: nothing to free, valid for the life of the program, and the same release always
/// gives the same pointer. Thread-safe; never allocates; reads at most 64 bytes of `version`.
///
/// # Safety
/// `version` is NULL or points to a readable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_sdk_release_find(version: *const c_char) -> *const BsSdkRelease {
    let mut buffer = [0u8; SdkVersion::MAX_TEXT_LEN];
    // SAFETY: the caller's contract.
    match unsafe { read_bounded(version, &mut buffer) }.and_then(SdkRelease::find) {
        Some(release) => handle(release),
        None => core::ptr::null(),
    }
}

/// The number of SDK releases whose header the vendor published (14), for bs_sdk_release_at.
#[unsafe(no_mangle)]
pub extern "C" fn bs_sdk_release_count() -> usize {
    SdkRelease::COUNT
}

/// The release at `index`, oldest first (the last one is today's table); NULL past the end.
#[unsafe(no_mangle)]
pub extern "C" fn bs_sdk_release_at(index: usize) -> *const BsSdkRelease {
    SdkRelease::from_index(index).map_or(core::ptr::null(), handle)
}

/// The release's version as four numbers, "2.7.1.1"; NULL gives today's release. A pointer that is not a
/// release handle gives "". Never NULL; static.
#[unsafe(no_mangle)]
pub extern "C" fn bs_sdk_release_version(release: *const BsSdkRelease) -> *const c_char {
    release_of(release).map_or(c"", SdkRelease::version_c).as_ptr()
}

/// The publication date of the release's header, "2020-09-28"; NULL gives today's release. A pointer that
/// is not a release handle gives "". Never NULL; static.
#[unsafe(no_mangle)]
pub extern "C" fn bs_sdk_release_date(release: *const BsSdkRelease) -> *const c_char {
    release_of(release).map_or(c"", SdkRelease::date_c).as_ptr()
}

/// The macro name `release` gave `code`: "BS_SDK_ERROR_FAKE_FACE_DETECTED" for -319 in 2.7.1.1 (today -319
/// is "BS_SDK_ERROR_UNMASKED_FACE_DETECTED"). NULL is today's table, so bs_error_name_in(NULL, c) is
/// bs_error_name(c). A code the release did not define gives "UNKNOWN", as does any code for a pointer that
/// is not a release handle. Never NULL; static; thread-safe; never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_name_in(release: *const BsSdkRelease, code: c_int) -> *const c_char {
    lookup_in(release, code)
        .map_or(UNKNOWN_NAME_C, ErrorInfo::name_c)
        .as_ptr()
}

/// The description of `code` in `release`: the meaning of the name that release gave it ("Fake face
/// detected." for -319 in 2.7.1.1). NULL is today's table. A code the release did not define gives
/// "Unknown error code.". Never NULL; static; thread-safe; never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_string_in(release: *const BsSdkRelease, code: c_int) -> *const c_char {
    lookup_in(release, code)
        .map_or(UNKNOWN_DESCRIPTION_C, ErrorInfo::description_c)
        .as_ptr()
}

/// 1 if `release` defined `code`, else 0. NULL is today's table (bs_error_is_known).
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_is_known_in(release: *const BsSdkRelease, code: c_int) -> c_int {
    c_int::from(lookup_in(release, code).is_some())
}

/// bs_error_format as `release` named `code`: "BS_SDK_ERROR_FAKE_FACE_DETECTED (-319): Fake face
/// detected." for -319 in 2.7.1.1; a code the release did not define gives the unknown-code line with its
/// category. The same snprintf rules and return value as bs_error_format. NULL is today's table.
/// Thread-safe; never allocates.
///
/// # Safety
/// `buf` is NULL or points to at least `size` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_error_format_in(
    release: *const BsSdkRelease,
    code: c_int,
    buf: *mut c_char,
    size: usize,
) -> c_int {
    let line = bs_errno::Line::new(code, lookup_in(release, code));
    // SAFETY: the caller's contract is the writer's.
    unsafe { write_line(line, buf, size) }
}
