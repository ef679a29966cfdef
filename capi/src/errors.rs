//! The functions over today's table: a code's name, description, category and one-line form; names to
//! codes; enumeration.

use core::ffi::{c_char, c_int};

use bs_errno::{Category, ErrorInfo, MAX_NAME_LEN, UNKNOWN_DESCRIPTION_C, UNKNOWN_NAME_C, VERSION_C};

use crate::c_string::read_bounded;
use crate::format::write_line;

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
    bs_errno::lookup(code)
        .map_or(UNKNOWN_DESCRIPTION_C, ErrorInfo::description_c)
        .as_ptr()
}

/// The canonical macro name of a return code, e.g. "BS_SDK_ERROR_CANNOT_FIND_USER" for -714.
///
/// For a code with aliases this is the current name (-1208 gives "BS_SDK_ERROR_APB_ZONE_FULL"). Defined
/// for every int: an unknown code gives the fixed placeholder "UNKNOWN". Never NULL; static; thread-safe;
/// never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_name(code: c_int) -> *const c_char {
    bs_errno::lookup(code)
        .map_or(UNKNOWN_NAME_C, ErrorInfo::name_c)
        .as_ptr()
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
    Category::from_raw(category)
        .unwrap_or(Category::Unknown)
        .name_c()
        .as_ptr()
}

/// 1 if the code is one of the SDK's codes (an alias's value counts), else 0. Defined for every int.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_is_known(code: c_int) -> c_int {
    c_int::from(bs_errno::is_known(code))
}

/// 1 if the code means success (any positive code: 1 is plain success, 2..13 success with a detail),
/// else 0. Defined for every int.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_is_success(code: c_int) -> c_int {
    c_int::from(bs_errno::is_success(code))
}

/// The value of a name: "BS_SDK_ERROR_CANNOT_FIND_USER" gives -714; an alias gives its code's value
/// ("BS_SDK_ERROR_SET_FIRE_ALARM" gives -1208), as does the vendor's C# spelling of a name
/// ("BS_SDK_ERROR_CANNOT_UPGRADE_MEMORY" gives -2006).
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
    let mut buffer = [0u8; MAX_NAME_LEN];
    // SAFETY: the caller's contract.
    let bytes = unsafe { read_bounded(name, &mut buffer) };
    bytes.and_then(bs_errno::lookup_name).map_or(0, ErrorInfo::code)
}

/// The number of distinct codes in the table (339), for enumerating with bs_error_code_at.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_count() -> usize {
    bs_errno::iter().len()
}

/// The code at `index` in ascending order (index 0 is the most negative code); 0 when `index` is past
/// the end. Thread-safe; never allocates.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_code_at(index: usize) -> c_int {
    bs_errno::iter().nth(index).map_or(0, ErrorInfo::code)
}

/// A second macro for a code, as [`bs_error_alias_at`] reports it. All strings are static and never NULL.
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

/// The alias macros of the header, ascending by code (the vendor's C# spellings are no macros).
fn alias_macros() -> impl Iterator<Item = ErrorInfo> {
    bs_errno::aliases().filter(|alias| alias.is_c_macro())
}

/// The number of alias macros (10): names in the header that stand for a code that has another, canonical
/// name.
#[unsafe(no_mangle)]
pub extern "C" fn bs_error_alias_count() -> usize {
    alias_macros().count()
}

/// Fills `*out` with the alias at `index` (ascending order of code) and returns 1; returns 0 and leaves
/// `*out` untouched when `index` is past the end or `out` is NULL. Thread-safe; never allocates.
///
/// # Safety
/// `out` is NULL or points to a writable BsErrorAlias.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bs_error_alias_at(index: usize, out: *mut BsErrorAlias) -> c_int {
    let Some(alias) = alias_macros().nth(index) else {
        return 0;
    };
    if out.is_null() {
        return 0;
    }
    let filled = BsErrorAlias {
        name: alias.name_c().as_ptr(),
        code: alias.code(),
        deprecated: c_int::from(alias.is_deprecated()),
        deprecated_since: alias.deprecated_since_c().as_ptr(),
        description: alias.own_description_c().as_ptr(),
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
    // SAFETY: the caller's contract is the writer's.
    unsafe { write_line(bs_errno::line(code), buf, size) }
}

/// The version of this library, e.g. "0.2.0". Never NULL; static.
#[unsafe(no_mangle)]
pub extern "C" fn bs_errno_version() -> *const c_char {
    VERSION_C.as_ptr()
}
