//! The C ABI. Every export is defined for every input, never allocates, and never returns NULL where a
//! string is promised. All of them only read static data, so they are thread-safe and async-signal-safe.
//!
//! No panic can cross into C, by construction rather than by catching: the exports have no panic path
//! (indexing is checked with `get`, arithmetic cannot overflow), and the C libraries built by the `capi`
//! package fail to link if one ever appears (see capi/src/lib.rs). Where Rust code calls these functions
//! directly (tests), a panic inside an `extern "C"` function would abort rather than unwind.

use core::ffi::{c_char, c_int};

use crate::category::Category;
use crate::sdk::{self, SdkRelease};
use crate::table::{self, ALIASES, ENTRIES, MAX_NAME_LEN};
use crate::{UNKNOWN_DESCRIPTION_C, UNKNOWN_NAME_C, VERSION_C, format};

/// An `int` as it arrives from C where a `BsErrorCategory` is declared: any value at all, so it is taken
/// as an integer (a Rust enum holding an invalid discriminant would be undefined behaviour).
/// The header names this parameter type `BsErrorCategory`.
pub type BsErrorCategoryRaw = c_int;

/// The description of a return code, e.g. "Cannot find user." for -714.
///
/// Defined for every int: an unknown code gives the fixed text "Unknown error code.". Never NULL; the
/// string is static (never free it) and valid for the life of the program. Thread-safe; never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_string(code: c_int) -> *const c_char {
    match table::entry(code) {
        Some(entry) => entry.description.as_c_ptr(),
        None => UNKNOWN_DESCRIPTION_C.as_ptr(),
    }
}

/// The canonical macro name of a return code, e.g. "BS_SDK_ERROR_CANNOT_FIND_USER" for -714.
///
/// For a code with aliases this is the current name (-1208 gives "BS_SDK_ERROR_APB_ZONE_FULL"). Defined
/// for every int: an unknown code gives the fixed placeholder "UNKNOWN". Never NULL; static; thread-safe;
/// never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_name(code: c_int) -> *const c_char {
    match table::entry(code) {
        Some(entry) => entry.name.as_c_ptr(),
        None => UNKNOWN_NAME_C.as_ptr(),
    }
}

/// The category of a return code, by numeric range, so that a code from a newer SDK still gets its
/// family (-799 is BS_ERROR_CATEGORY_DATABASE although the table does not know it).
///
/// Any positive code is BS_ERROR_CATEGORY_SUCCESS; 0 and codes outside every range are
/// BS_ERROR_CATEGORY_UNKNOWN. Thread-safe; never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_category(code: c_int) -> Category {
    Category::of(code)
}

/// The lowercase name of a category: "success", "communication", "wireless_lock", ...
///
/// Defined for every int: a value that is not a BsErrorCategory constant gives "unknown". Never NULL;
/// static; thread-safe; never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_category_name(category: BsErrorCategoryRaw) -> *const c_char {
    let category = Category::from_raw(category).unwrap_or(Category::Unknown);
    category.name_with_nul().as_ptr().cast()
}

/// 1 if the code is one of the SDK's codes (an alias's value counts), else 0. Defined for every int.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_is_known(code: c_int) -> c_int {
    c_int::from(table::index_of(code).is_some())
}

/// 1 if the code means success (any positive code: 1 is plain success, 2..13 success with a detail),
/// else 0. Defined for every int.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_is_success(code: c_int) -> c_int {
    c_int::from(Category::of(code).is_success())
}

/// The value of a macro name, canonical or alias: "BS_SDK_ERROR_CANNOT_FIND_USER" gives -714,
/// "BS_SDK_ERROR_SET_FIRE_ALARM" gives -1208.
///
/// The match is exact and case-sensitive. Returns 0 (never a code) for NULL, "", an unknown name, any
/// string longer than the longest name, or bytes that are not a name (non-UTF-8 included). `name` must be
/// NULL or a NUL-terminated string; it is read no further than the longest name plus one byte.
/// Thread-safe; never allocates.
///
/// # Safety
/// `name` is NULL or points to a readable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_error_from_name(name: *const c_char) -> c_int {
    if name.is_null() {
        return 0;
    }
    let mut bytes = [0u8; MAX_NAME_LEN];
    let mut len = 0;
    loop {
        // SAFETY: `name` is a NUL-terminated string (the caller's contract), and we stop at its first
        // NUL, so every byte read is inside it.
        let byte = unsafe { name.add(len).read() } as u8;
        if byte == 0 {
            break;
        }
        match bytes.get_mut(len) {
            Some(slot) => *slot = byte,
            None => return 0, // longer than any name
        }
        len += 1;
    }
    match bytes
        .get(..len)
        .and_then(table::find_name)
        .and_then(|named| named.entry())
    {
        Some(entry) => entry.code,
        None => 0,
    }
}

/// The number of distinct codes in the table (339), for enumerating with bs_error_code_at.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_count() -> usize {
    ENTRIES.len()
}

/// The code at `index` in ascending order (index 0 is the most negative code); 0 when `index` is past
/// the end. Thread-safe; never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_code_at(index: usize) -> c_int {
    ENTRIES.get(index).map_or(0, |entry| entry.code)
}

/// A second name for a code, as [`bs_error_alias_at`] reports it. All strings are static and never NULL.
#[repr(C)]
pub struct BsErrorAlias {
    /// The alias macro name, e.g. "BS_SDK_ERROR_SET_FIRE_ALARM".
    pub name: *const c_char,
    /// Its value, the same as its canonical code's (-1208).
    pub code: c_int,
    /// 1 if the vendor marks it deprecated (using it in C then raises a warning), else 0.
    pub deprecated: c_int,
    /// The SDK version of the deprecation ("2.7.2"), or "" where none is stated.
    pub deprecated_since: *const c_char,
    /// What the code meant under this name ("Cannot set fire alarm."), or "" where the alias has no text of
    /// its own.
    pub description: *const c_char,
}

/// The number of aliases (10): names that stand for a code that has another, canonical name.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_alias_count() -> usize {
    ALIASES.len()
}

/// Fills `*out` with the alias at `index` (ascending order of code) and returns 1; returns 0 and leaves
/// `*out` untouched when `index` is past the end or `out` is NULL. Thread-safe; never allocates.
///
/// # Safety
/// `out` is NULL or points to a writable BsErrorAlias.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_error_alias_at(index: usize, out: *mut BsErrorAlias) -> c_int {
    let Some(alias) = ALIASES.get(index) else { return 0 };
    if out.is_null() {
        return 0;
    }
    let code = ENTRIES.get(alias.canonical as usize).map_or(0, |entry| entry.code);
    let filled = BsErrorAlias {
        name: alias.name.as_c_ptr(),
        code,
        deprecated: c_int::from(alias.deprecated),
        deprecated_since: alias.deprecated_since.as_c_ptr(),
        description: alias.description.as_c_ptr(),
    };
    // SAFETY: `out` is non-NULL and, by the caller's contract, points to a writable BsErrorAlias.
    unsafe { out.write(filled) };
    1
}

/// Writes one line describing `code` into `buf`, following snprintf's rules.
///
/// A known code gives "NAME (code): description", e.g.
/// "BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user."; an unknown one says so and gives its
/// category, e.g. "UNKNOWN (-799): Unknown error code (category: database).".
///
/// Returns the length of the full line (without the NUL) whatever `size` is, so a return value >= `size`
/// means the output was truncated. Writes at most `size` bytes including the terminating NUL, always
/// NUL-terminates when `size` > 0, and writes nothing at all when `buf` is NULL or `size` is 0.
/// Thread-safe; never allocates.
///
/// # Safety
/// `buf` is NULL or points to at least `size` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_error_format(code: c_int, buf: *mut c_char, size: usize) -> c_int {
    let known = table::entry(code).map(|entry| (entry.name.as_str(), entry.description.as_str()));
    // SAFETY: the caller's contract is the helper's.
    unsafe { format_line(code, known, buf, size) }
}

/// Writes the line of `code` with this (name, description), or the unknown-code line, into `buf` with
/// snprintf's rules (see bs_error_format). One copy serves both format exports.
///
/// # Safety
/// `buf` is NULL or points to at least `size` writable bytes.
#[inline(never)]
unsafe fn format_line(code: c_int, known: Option<(&str, &str)>, buf: *mut c_char, size: usize) -> c_int {
    // No line is longer than this, so no more of the buffer is ever touched; it also keeps the slice
    // below valid when a caller passes a huge `size` (SIZE_MAX) for a buffer that is merely big enough.
    const LONGEST_LINE: usize = 512;
    let out: &mut [u8] = if buf.is_null() || size == 0 {
        &mut []
    } else {
        // SAFETY: the caller guarantees `buf` points to `size` writable bytes, we take at most that many,
        // and nothing else refers to them during this call.
        unsafe { core::slice::from_raw_parts_mut(buf.cast::<u8>(), size.min(LONGEST_LINE)) }
    };
    let room = out.len().saturating_sub(1); // keep one byte for the NUL
    let mut total = 0usize;
    format::line_pieces_of(code, known, |piece| {
        for &byte in piece.as_bytes() {
            if total < room {
                if let Some(slot) = out.get_mut(total) {
                    *slot = byte;
                }
            }
            total += 1;
        }
    });
    if let Some(nul) = out.get_mut(total.min(room)) {
        *nul = 0;
    }
    c_int::try_from(total).unwrap_or(c_int::MAX)
}

// ---- SDK releases ---------------------------------------------------------------------------------------
//
// The `_for_sdk` functions answer for the SDK version an application runs, as BS2_Version() reports it.
// One rule for the version string everywhere: "2.7.1.1", "V2.7.1.1", "v2.7.1" and "2.7" are versions
// (missing numbers are 0, surrounding whitespace is ignored); NULL, and any string that is not a version
// (empty, letters, more than four numbers, longer than 63 bytes, non-UTF-8 bytes), answer as today's table,
// exactly as the functions without `_for_sdk` do. bs_sdk_version_is_valid tells the two cases apart.

/// The release whose table answers: the newest not after the version, the oldest for an older version;
/// today's (the newest) for NULL, a malformed version or one newer than the newest release.
///
/// # Safety
/// `sdk_version` is NULL or points to a readable NUL-terminated string.
unsafe fn release_for(sdk_version: *const c_char) -> SdkRelease {
    // SAFETY: the caller's contract.
    unsafe { sdk::release_from_c(sdk_version) }.unwrap_or(SdkRelease::NEWEST)
}

/// The macro name a code had in the SDK version `sdk_version`, e.g. "BS_SDK_ERROR_FAKE_FACE_DETECTED" for
/// -319 in "2.7.1.1" (today -319 is "BS_SDK_ERROR_UNMASKED_FACE_DETECTED").
///
/// The version is the string BS2_Version() returns ("2.7.1.1", also "V2.7.1.1" or shorter forms such as
/// "2.7.1"). It answers as the newest SDK release not after it, as the oldest release (2.6.2.5) when it
/// is older, and as today's table when it is newer than every release. A code that release did not define
/// gives "UNKNOWN". NULL or a malformed version answers as today's table, exactly like bs_error_name.
/// Never NULL; static; thread-safe; never allocates; reads at most 64 bytes of `sdk_version`.
///
/// # Safety
/// `sdk_version` is NULL or points to a readable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_error_name_for_sdk(code: c_int, sdk_version: *const c_char) -> *const c_char {
    // SAFETY: the caller's contract.
    match sdk::lookup_in(code, unsafe { release_for(sdk_version) }) {
        Some(name) => name.name_c(),
        None => UNKNOWN_NAME_C.as_ptr(),
    }
}

/// The description of a code in the SDK version `sdk_version`: the meaning of the name that release gave
/// it ("Fake face detected." for -319 in "2.7.1.1"). A code that release did not define gives "Unknown
/// error code.". The version is read as by bs_error_name_for_sdk; NULL or a malformed version answers as
/// today's table, exactly like bs_error_string. Never NULL; static; thread-safe; never allocates.
///
/// # Safety
/// `sdk_version` is NULL or points to a readable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_error_string_for_sdk(code: c_int, sdk_version: *const c_char) -> *const c_char {
    // SAFETY: the caller's contract.
    match sdk::lookup_in(code, unsafe { release_for(sdk_version) }) {
        Some(name) => name.description_c(),
        None => UNKNOWN_DESCRIPTION_C.as_ptr(),
    }
}

/// bs_error_format for the SDK version `sdk_version`: "BS_SDK_ERROR_FAKE_FACE_DETECTED (-319): Fake face
/// detected." for -319 in "2.7.1.1"; a code that release did not define gives the unknown-code line with
/// its category. The same snprintf rules and return value as bs_error_format; the version is read as by
/// bs_error_name_for_sdk (NULL or malformed: today's table). Thread-safe; never allocates.
///
/// # Safety
/// `sdk_version` is NULL or a readable NUL-terminated string; `buf` is NULL or points to at least `size`
/// writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_error_format_for_sdk(
    code: c_int,
    sdk_version: *const c_char,
    buf: *mut c_char,
    size: usize,
) -> c_int {
    // SAFETY: the caller's contract.
    let release = unsafe { release_for(sdk_version) };
    let known = sdk::lookup_in(code, release).map(|n| (n.name(), n.description()));
    // SAFETY: the caller's contract is the helper's.
    unsafe { format_line(code, known, buf, size) }
}

/// The SDK release whose table answers for `sdk_version`, as four numbers: "2.7.1.1" for "V2.7.1.1",
/// "2.7.1.1" for "2.7.1.5" (the newest release not after it), "2.6.2.5" for "2.5", and the newest release
/// (today's table) for a newer version, NULL or a malformed one. Never NULL; static;
/// thread-safe; never allocates.
///
/// # Safety
/// `sdk_version` is NULL or points to a readable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_sdk_release(sdk_version: *const c_char) -> *const c_char {
    // SAFETY: the caller's contract.
    unsafe { release_for(sdk_version) }.as_c_str().as_ptr()
}

/// 1 if `sdk_version` is a version the `_for_sdk` functions read ("2.7.1.1", "V2.7.1.1", "2.7"), 0 for
/// NULL and anything else (those answer as today's table). Thread-safe; never allocates.
///
/// # Safety
/// `sdk_version` is NULL or points to a readable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_sdk_version_is_valid(sdk_version: *const c_char) -> c_int {
    // SAFETY: the caller's contract.
    c_int::from(unsafe { sdk::release_from_c(sdk_version) }.is_some())
}

/// The version of this library, e.g. "0.1.0". Never NULL; static.
#[unsafe(no_mangle)]
pub extern "C" fn bs_errno_version() -> *const c_char {
    VERSION_C.as_ptr()
}
