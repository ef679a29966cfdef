//! Eight threads call every export at once and must get exactly the single-threaded answers.

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
}

fn owned(p: *const c_char) -> String {
    // SAFETY: the exports return static NUL-terminated strings.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

fn answers(code: c_int) -> Answers {
    let name = owned(bs_error_name(code));
    let cname = CString::new(name.clone()).unwrap();
    let mut buf = [0u8; 200];
    // SAFETY: buf is 200 writable bytes.
    let format_len = unsafe { bs_error_format(code, buf.as_mut_ptr().cast(), buf.len()) };
    Answers {
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
    let expected: Vec<Answers> = codes.iter().map(|&c| answers(c)).collect();
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
            scope.spawn(move || {
                start.wait();
                for round in 0..3 {
                    // Each thread walks the inputs from a different place so that the calls interleave.
                    let offset = (t * 997 + round * 131) % codes.len();
                    for i in (0..codes.len()).map(|i| (i + offset) % codes.len()) {
                        assert_eq!(answers(codes[i]), expected[i], "thread {t} code {}", codes[i]);
                    }
                    for (i, (name, code)) in expected_aliases.iter().enumerate() {
                        let out = alias_at(i);
                        assert_eq!((&owned(out.name), out.code), (name, *code));
                    }
                    assert_eq!(bs_error_count(), 339);
                    for index in 0..bs_error_count() {
                        assert_eq!(bs_error_code_at(index), bs_errno::iter().nth(index).unwrap().code());
                    }
                    assert_eq!(owned(bs_errno_version()), env!("CARGO_PKG_VERSION"));
                }
            });
        }
    });
}
