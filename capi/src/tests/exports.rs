//! Every export of today's table on edge inputs, called through the same functions C links to, against the
//! Rust library's answers and the data.

use core::ffi::{CStr, c_char, c_int};
use std::ptr;

use bs_errno::Category;

use crate::*;

fn text(p: *const c_char) -> &'static str {
    assert!(!p.is_null());
    // SAFETY: every string export returns a pointer to a static NUL-terminated string (what this checks).
    unsafe { CStr::from_ptr(p) }.to_str().expect("ASCII")
}

/// The project's data: data/codes.tsv and data/categories.tsv.
fn data() -> bs_errno_data::Data {
    bs_errno_data::load(&bs_errno_data::project_root()).unwrap_or_else(|e| panic!("{e}"))
}

/// Codes worth probing: the edges of int, every known code, its neighbours, and the edges of each range.
fn probe_codes() -> Vec<c_int> {
    let mut codes = vec![
        c_int::MIN,
        c_int::MIN + 1,
        c_int::MAX,
        c_int::MAX - 1,
        0,
        1,
        -1,
        -2,
        14,
        100,
        -99,
    ];
    for info in bs_errno::iter() {
        codes.extend([info.code() - 1, info.code(), info.code() + 1]);
    }
    let data = data();
    // Every hundred from 0 down to one past the lowest finite range end, with its neighbours.
    let lowest = data
        .categories
        .iter()
        .flat_map(|c| c.ranges.iter().map(|&(low, _)| low))
        .filter(|&low| low != c_int::MIN)
        .min()
        .unwrap_or(0);
    for hundred in (0..=lowest.unsigned_abs() / 100 + 1).map(|h| -100 * h as c_int) {
        codes.extend([hundred, hundred - 1, hundred - 99]);
    }
    // The ends of every category range and their neighbours, from the data.
    for &(low, high) in data.categories.iter().flat_map(|c| &c.ranges) {
        codes.extend([low.saturating_sub(1), low, high, high.saturating_add(1)]);
    }
    codes
}

fn format_to_vec(code: c_int, size: usize) -> (c_int, Vec<u8>) {
    const CANARY: u8 = 0xA5;
    let mut buf = vec![CANARY; size + 16];
    // SAFETY: buf has size + 16 writable bytes; the function may write at most `size`.
    let n = unsafe { bs_error_format(code, buf.as_mut_ptr().cast(), size) };
    assert!(
        buf[size..].iter().all(|&b| b == CANARY),
        "code {code} size {size}: wrote past the buffer"
    );
    buf.truncate(size);
    (n, buf)
}

fn full_line(code: c_int) -> String {
    let (n, buf) = format_to_vec(code, 512);
    let line = CStr::from_bytes_until_nul(&buf).unwrap().to_str().unwrap().to_string();
    assert_eq!(n as usize, line.len());
    line
}

#[test]
fn strings_are_never_null_and_match_the_rust_api() {
    for code in probe_codes() {
        let info = bs_errno::lookup(code);
        assert_eq!(text(bs_error_string(code)), bs_errno::description(code));
        assert_eq!(text(bs_error_name(code)), bs_errno::name(code));
        assert_eq!(
            bs_error_category(code),
            info.map_or(Category::of(code), |i| i.category())
        );
        assert_eq!(bs_error_is_known(code), c_int::from(info.is_some()));
        assert_eq!(bs_error_is_success(code), c_int::from(code > 0));
        if info.is_none() {
            assert_eq!(text(bs_error_string(code)), "Unknown error code.");
            assert_eq!(text(bs_error_name(code)), "UNKNOWN");
        }
    }
}

#[test]
fn category_names_for_any_int() {
    for category in Category::ALL {
        assert_eq!(text(bs_error_category_name(category as c_int)), category.name());
    }
    let past_the_end = Category::ALL.len() as c_int;
    for raw in [-1, past_the_end, past_the_end + 1, 1000, c_int::MIN, c_int::MAX] {
        assert_eq!(text(bs_error_category_name(raw)), "unknown");
    }
}

#[test]
fn from_name_finds_every_name_and_nothing_else() {
    for info in bs_errno::iter() {
        let name = std::ffi::CString::new(info.name()).unwrap();
        // SAFETY: a valid NUL-terminated string.
        assert_eq!(unsafe { bs_error_from_name(name.as_ptr()) }, info.code());
    }
    for row in data().rows.iter().filter(|r| r.is_alias()) {
        let name = std::ffi::CString::new(row.name.as_str()).unwrap();
        // SAFETY: as above.
        assert_eq!(unsafe { bs_error_from_name(name.as_ptr()) }, row.code, "{}", row.name);
    }
    let misses: [&[u8]; 9] = [
        b"\0",
        b"BS_SDK_ERROR_CANNOT_FIND_USE\0",
        b"BS_SDK_ERROR_CANNOT_FIND_USERX\0",
        b"bs_sdk_error_cannot_find_user\0",
        b" BS_SDK_SUCCESS\0",
        b"CANNOT_FIND_USER\0",
        b"UNKNOWN\0",
        b"BS_SDK_\xff\xfe\0",
        b"\xc3\x28BS_SDK_SUCCESS\0",
    ];
    for bytes in misses {
        // SAFETY: each literal ends with a NUL.
        assert_eq!(unsafe { bs_error_from_name(bytes.as_ptr().cast()) }, 0, "{bytes:?}");
    }
    // SAFETY: NULL is allowed.
    assert_eq!(unsafe { bs_error_from_name(ptr::null()) }, 0);
}

#[test]
fn from_name_reads_no_further_than_needed() {
    // A valid name followed by more letters and then no NUL within the readable range would be a bug
    // if the function scanned to the end; give it a long string and a name-prefixed long string.
    let mut long = b"BS_SDK_SUCCESS".to_vec();
    long.extend(std::iter::repeat_n(b'A', 1 << 20));
    long.push(0);
    // SAFETY: NUL-terminated.
    assert_eq!(unsafe { bs_error_from_name(long.as_ptr().cast()) }, 0);
    let mut all_bytes: Vec<u8> = (1..=255u8).cycle().take(100_000).collect();
    all_bytes.push(0);
    // SAFETY: NUL-terminated.
    assert_eq!(unsafe { bs_error_from_name(all_bytes.as_ptr().cast()) }, 0);
}

#[test]
fn format_known_and_unknown() {
    assert_eq!(
        full_line(-714),
        "BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user."
    );
    assert_eq!(
        full_line(-1208),
        "BS_SDK_ERROR_APB_ZONE_FULL (-1208): No more APB zones can be added."
    );
    // Unknown codes name the category the data's ranges give them: the ends of every range that are no
    // code, and the ends of int.
    let data = data();
    let known: std::collections::BTreeSet<c_int> = data.codes().map(|r| r.code).collect();
    let ends = data
        .categories
        .iter()
        .flat_map(|c| c.ranges.iter().flat_map(|&(low, high)| [low, high]));
    let unknown: Vec<c_int> = ends
        .chain([c_int::MIN, c_int::MAX])
        .filter(|c| !known.contains(c))
        .collect();
    assert!(
        unknown.len() > data.categories.len(),
        "the data leaves range ends without a code"
    );
    for code in unknown {
        assert_eq!(
            full_line(code),
            format!(
                "UNKNOWN ({code}): Unknown error code (category: {}).",
                data.category_of(code).name
            )
        );
    }
    for code in probe_codes() {
        let expected = bs_errno::lookup(code).map(|i| i.to_string()).unwrap_or_else(|| {
            format!(
                "UNKNOWN ({code}): Unknown error code (category: {}).",
                Category::of(code).name()
            )
        });
        assert_eq!(full_line(code), expected);
    }
}

#[test]
fn format_follows_snprintf_rules() {
    for code in [-714, 1, -10202, c_int::MIN, -799, 0] {
        let line = full_line(code);
        let len = line.len();
        for size in [1, 2, 10, len - 1, len, len + 1, len + 2] {
            let (n, buf) = format_to_vec(code, size);
            assert_eq!(n as usize, len, "return value is the full length whatever the size");
            let kept = len.min(size - 1);
            assert_eq!(&buf[..kept], &line.as_bytes()[..kept], "size {size}");
            assert_eq!(buf[kept], 0, "NUL-terminated at {kept} for size {size}");
        }
        // size 0 and NULL: nothing written, full length returned.
        let (n, _) = format_to_vec(code, 0);
        assert_eq!(n as usize, len);
        // SAFETY: NULL buffer is allowed and never written.
        assert_eq!(unsafe { bs_error_format(code, ptr::null_mut(), 0) } as usize, len);
        // SAFETY: as above; a non-zero size with a NULL buffer must not be written either.
        assert_eq!(unsafe { bs_error_format(code, ptr::null_mut(), 64) } as usize, len);
    }
}

#[test]
fn code_at_and_count() {
    let count = bs_error_count();
    for (i, info) in bs_errno::iter().enumerate() {
        assert_eq!(bs_error_code_at(i), info.code());
    }
    for past in [count, count + 1, usize::MAX] {
        assert_eq!(bs_error_code_at(past), 0);
    }
}

#[test]
fn alias_at() {
    let empty = || BsErrorAlias {
        name: ptr::null(),
        code: 12345,
        deprecated: 7,
        deprecated_since: ptr::null(),
        description: ptr::null(),
    };
    // The header's alias macros, in the order of the data (the vendor's C# spellings are no macros).
    let data = data();
    let macros: Vec<_> = data.aliases().collect();
    assert_eq!(bs_error_alias_count(), macros.len());
    for (i, row) in macros.iter().enumerate() {
        let mut out = empty();
        // SAFETY: `out` is a valid BsErrorAlias.
        assert_eq!(unsafe { bs_error_alias_at(i, &mut out) }, 1);
        assert_eq!(text(out.name), row.name);
        assert_eq!(out.code, row.code);
        assert_eq!(out.deprecated, c_int::from(row.deprecated));
        assert_eq!(
            text(out.deprecated_since),
            row.deprecated_since.as_deref().unwrap_or("")
        );
        assert_eq!(text(out.description), row.description);
    }
    for past in [bs_error_alias_count(), usize::MAX] {
        let mut out = empty();
        // SAFETY: as above.
        assert_eq!(unsafe { bs_error_alias_at(past, &mut out) }, 0);
        assert!(out.name.is_null() && out.code == 12345, "untouched past the end");
    }
    // SAFETY: NULL is allowed.
    assert_eq!(unsafe { bs_error_alias_at(0, ptr::null_mut()) }, 0);
}

#[test]
fn version_is_the_workspace_version() {
    let version = bs_errno_data::version(&bs_errno_data::project_root()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(text(bs_errno_version()), version);
}

#[test]
fn format_with_a_huge_size_touches_only_the_line() {
    // bs_error_format looks at no more than 512 bytes of the buffer: every line must fit well within that.
    let longest = bs_errno::iter().map(|i| i.to_string().len()).max().unwrap();
    assert!(longest < 200, "longest line is {longest} bytes");
    assert!(full_line(c_int::MIN).len() < 200);
    // A caller that passes SIZE_MAX for a buffer that is merely big enough still gets the full line.
    let mut buf = [0xA5u8; 600];
    // SAFETY: the line and its NUL fit in 600 bytes, and the function writes no more than that.
    let n = unsafe { bs_error_format(-714, buf.as_mut_ptr().cast(), usize::MAX) };
    let line = full_line(-714);
    assert_eq!(n as usize, line.len());
    assert_eq!(&buf[..line.len()], line.as_bytes());
    assert_eq!(buf[line.len()], 0);
    assert!(
        buf[line.len() + 1..].iter().all(|&b| b == 0xA5),
        "wrote past the line's NUL"
    );
}
