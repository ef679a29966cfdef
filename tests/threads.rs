//! Eight threads call every export at once (the `_for_sdk` ones with several versions) and must get exactly
//! the single-threaded answers.

use core::ffi::{CStr, c_char, c_int};
use std::ffi::CString;
use std::sync::Barrier;

use bs_errno::ffi::*;

/// Everything the exports say about one code, as owned data.
#[derive(Debug, PartialEq)]
struct Answers {
    string: String,
    name: String,
    category: c_int,
    category_name: String,
    is_known: c_int,
    is_success: c_int,
    from_name: c_int,
    format: String,
    format_len: c_int,
    /// Per version of [`VERSIONS`]: the name, the description and the line `_for_sdk` give.
    for_sdk: Vec<(String, String, String, c_int)>,
}

/// The versions the `_for_sdk` exports are asked with: none, old releases (two spellings), a malformed one.
const VERSIONS: [Option<&str>; 4] = [None, Some("2.7.1.1"), Some("V2.6"), Some("x")];

fn version_strings() -> Vec<Option<CString>> {
    VERSIONS.iter().map(|v| v.map(|v| CString::new(v).unwrap())).collect()
}

fn pointer(version: &Option<CString>) -> *const c_char {
    version.as_ref().map_or(core::ptr::null(), |v| v.as_ptr())
}

/// What bs_sdk_release and bs_sdk_version_is_valid say about each version.
fn release_answers(versions: &[Option<CString>]) -> Vec<(String, c_int)> {
    versions
        .iter()
        .map(|v| {
            // SAFETY: NULL or a valid C string.
            unsafe { (owned(bs_sdk_release(pointer(v))), bs_sdk_version_is_valid(pointer(v))) }
        })
        .collect()
}

fn owned(p: *const c_char) -> String {
    // SAFETY: the exports return static NUL-terminated strings.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

fn answers(code: c_int, versions: &[Option<CString>]) -> Answers {
    let name = owned(bs_error_name(code));
    let cname = CString::new(name.clone()).unwrap();
    let mut buf = [0u8; 200];
    // SAFETY: buf is 200 writable bytes.
    let format_len = unsafe { bs_error_format(code, buf.as_mut_ptr().cast(), buf.len()) };
    let for_sdk = versions
        .iter()
        .map(|v| {
            let mut line = [0u8; 200];
            // SAFETY: NULL or a valid C string; `line` is 200 writable bytes.
            unsafe {
                let len = bs_error_format_for_sdk(code, pointer(v), line.as_mut_ptr().cast(), line.len());
                (
                    owned(bs_error_name_for_sdk(code, pointer(v))),
                    owned(bs_error_string_for_sdk(code, pointer(v))),
                    CStr::from_bytes_until_nul(&line)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    len,
                )
            }
        })
        .collect();
    Answers {
        for_sdk,
        string: owned(bs_error_string(code)),
        category: bs_error_category(code) as c_int,
        category_name: owned(bs_error_category_name(bs_error_category(code) as c_int)),
        is_known: bs_error_is_known(code),
        is_success: bs_error_is_success(code),
        // SAFETY: a valid C string.
        from_name: unsafe { bs_error_from_name(cname.as_ptr()) },
        format: CStr::from_bytes_until_nul(&buf).unwrap().to_string_lossy().into_owned(),
        format_len,
        name,
    }
}

/// The alias at `index`, which must exist.
fn alias_at(index: usize) -> BsErrorAlias {
    let mut out = BsErrorAlias {
        name: core::ptr::null(),
        code: 0,
        deprecated: 0,
        deprecated_since: core::ptr::null(),
        description: core::ptr::null(),
    };
    // SAFETY: `out` is a valid BsErrorAlias.
    assert_eq!(unsafe { bs_error_alias_at(index, &mut out) }, 1);
    out
}

fn inputs() -> Vec<c_int> {
    let mut codes: Vec<c_int> = (-10400..=40).collect();
    codes.extend([c_int::MIN, c_int::MAX, -20000, 1 << 20]);
    codes
}

#[test]
fn eight_threads_agree_with_one() {
    let codes = inputs();
    let versions = version_strings();
    let expected: Vec<Answers> = codes.iter().map(|&c| answers(c, &versions)).collect();
    let expected_releases = release_answers(&versions);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let code_count = xtask::load(root).unwrap_or_else(|e| panic!("{e}")).codes().count();
    let cargo_toml = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let version = xtask::python_stub::workspace_version(&cargo_toml).unwrap_or_else(|e| panic!("{e}"));
    let expected_aliases: Vec<(String, c_int)> = (0..bs_error_alias_count())
        .map(|i| {
            let out = alias_at(i);
            (owned(out.name), out.code)
        })
        .collect();
    let start = Barrier::new(8);
    std::thread::scope(|scope| {
        for t in 0..8 {
            let (codes, expected, expected_aliases, start) = (&codes, &expected, &expected_aliases, &start);
            let (expected_releases, version) = (&expected_releases, &version);
            scope.spawn(move || {
                let versions = version_strings();
                start.wait();
                for round in 0..3 {
                    // Each thread walks the inputs from a different place so that the calls interleave.
                    let offset = (t * 997 + round * 131) % codes.len();
                    for i in (0..codes.len()).map(|i| (i + offset) % codes.len()) {
                        assert_eq!(
                            answers(codes[i], &versions),
                            expected[i],
                            "thread {t} code {}",
                            codes[i]
                        );
                    }
                    for (i, (name, code)) in expected_aliases.iter().enumerate() {
                        let out = alias_at(i);
                        assert_eq!((&owned(out.name), out.code), (name, *code));
                    }
                    assert_eq!(release_answers(&versions), *expected_releases, "thread {t}");
                    assert_eq!(bs_error_count(), code_count);
                    for index in 0..bs_error_count() {
                        assert_eq!(bs_error_code_at(index), bs_errno::iter().nth(index).unwrap().code());
                    }
                    assert_eq!(owned(bs_errno_version()), *version);
                }
            });
        }
    });
}
