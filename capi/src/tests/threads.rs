//! Eight threads call every export at once (the `_in` ones with several releases) and must get exactly the
//! single-threaded answers.

use core::ffi::{CStr, c_char, c_int};
use std::ffi::CString;
use std::sync::Barrier;

use crate::*;

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
    /// Per release of [`releases`]: the name, the description, whether it is known, and the line.
    in_release: Vec<(String, String, c_int, String, c_int)>,
}

/// The releases the `_in` exports are asked with: today's (NULL), old ones found by two spellings, the
/// oldest, and a pointer that is no release.
fn releases() -> Vec<*const BsSdkRelease> {
    let find = |v: &str| {
        let v = CString::new(v).unwrap();
        // SAFETY: a valid C string.
        unsafe { bs_sdk_release_find(v.as_ptr()) }
    };
    let not_a_release = &0u8 as *const u8 as *const BsSdkRelease;
    vec![
        core::ptr::null(),
        find("2.7.1.1"),
        find("V2.6"),
        bs_sdk_release_at(0),
        not_a_release,
    ]
}

fn owned(p: *const c_char) -> String {
    // SAFETY: the exports return static NUL-terminated strings.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

fn line(write: impl FnOnce(*mut c_char, usize) -> c_int) -> (String, c_int) {
    let mut buf = [0u8; 200];
    let len = write(buf.as_mut_ptr().cast(), buf.len());
    (
        CStr::from_bytes_until_nul(&buf).unwrap().to_string_lossy().into_owned(),
        len,
    )
}

fn answers(code: c_int, releases: &[*const BsSdkRelease]) -> Answers {
    let name = owned(bs_error_name(code));
    let cname = CString::new(name.clone()).unwrap();
    // SAFETY: the buffer has the size given.
    let (format, format_len) = line(|buf, size| unsafe { bs_error_format(code, buf, size) });
    let in_release = releases
        .iter()
        .map(|&r| {
            // SAFETY: as above.
            let (text, len) = line(|buf, size| unsafe { bs_error_format_in(r, code, buf, size) });
            (
                owned(bs_error_name_in(r, code)),
                owned(bs_error_string_in(r, code)),
                bs_error_is_known_in(r, code),
                text,
                len,
            )
        })
        .collect();
    Answers {
        in_release,
        string: owned(bs_error_string(code)),
        category: bs_error_category(code) as c_int,
        category_name: owned(bs_error_category_name(bs_error_category(code) as c_int)),
        is_known: bs_error_is_known(code),
        is_success: bs_error_is_success(code),
        // SAFETY: a valid C string.
        from_name: unsafe { bs_error_from_name(cname.as_ptr()) },
        format,
        format_len,
        name,
    }
}

/// What the release functions say about each release.
fn release_answers(releases: &[*const BsSdkRelease]) -> Vec<(String, String)> {
    releases
        .iter()
        .map(|&r| (owned(bs_sdk_release_version(r)), owned(bs_sdk_release_date(r))))
        .collect()
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

/// Raw pointers are not Send; the handles are static, so their addresses stand for them across threads.
fn addresses(releases: &[*const BsSdkRelease]) -> Vec<usize> {
    releases.iter().map(|&r| r as usize).collect()
}

#[test]
fn eight_threads_agree_with_one() {
    let codes = inputs();
    let releases = releases();
    let expected: Vec<Answers> = codes.iter().map(|&c| answers(c, &releases)).collect();
    let expected_releases = release_answers(&releases);
    let data = bs_errno_data::load(&bs_errno_data::project_root()).unwrap_or_else(|e| panic!("{e}"));
    let code_count = data.codes().count();
    let version = bs_errno_data::version(&bs_errno_data::project_root()).unwrap_or_else(|e| panic!("{e}"));
    let expected_aliases: Vec<(String, c_int)> = (0..bs_error_alias_count())
        .map(|i| {
            let out = alias_at(i);
            (owned(out.name), out.code)
        })
        .collect();
    let release_addresses = addresses(&releases);
    let start = Barrier::new(8);
    std::thread::scope(|scope| {
        for t in 0..8 {
            let (codes, expected, expected_aliases, start) = (&codes, &expected, &expected_aliases, &start);
            let (expected_releases, version, release_addresses) = (&expected_releases, &version, &release_addresses);
            scope.spawn(move || {
                let releases: Vec<*const BsSdkRelease> =
                    release_addresses.iter().map(|&a| a as *const BsSdkRelease).collect();
                start.wait();
                for round in 0..3 {
                    // Each thread walks the inputs from a different place so that the calls interleave.
                    let offset = (t * 997 + round * 131) % codes.len();
                    for i in (0..codes.len()).map(|i| (i + offset) % codes.len()) {
                        assert_eq!(
                            answers(codes[i], &releases),
                            expected[i],
                            "thread {t} code {}",
                            codes[i]
                        );
                    }
                    for (i, (name, code)) in expected_aliases.iter().enumerate() {
                        let out = alias_at(i);
                        assert_eq!((&owned(out.name), out.code), (name, *code));
                    }
                    assert_eq!(release_answers(&releases), *expected_releases, "thread {t}");
                    assert_eq!(
                        addresses(&self::releases()),
                        *release_addresses,
                        "thread {t}: the same handles"
                    );
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
