//! The SDK-release handles: finding a release from any bytes, enumerating them, and the `_in` lookups, each
//! against the Rust library.

use core::ffi::{CStr, c_char, c_int};
use std::ffi::CString;
use std::ptr;

use bs_errno::SdkRelease;

use crate::*;

fn text(p: *const c_char) -> &'static str {
    assert!(!p.is_null());
    // SAFETY: every string export returns a pointer to a static NUL-terminated string (what this checks).
    unsafe { CStr::from_ptr(p) }.to_str().expect("ASCII")
}

fn find(bytes: &[u8]) -> *const BsSdkRelease {
    let version = CString::new(bytes).unwrap();
    // SAFETY: a valid C string.
    unsafe { bs_sdk_release_find(version.as_ptr()) }
}

/// The handle of a Rust release, through enumeration.
fn handle(release: SdkRelease) -> *const BsSdkRelease {
    bs_sdk_release_at(release.index())
}

/// Every value any release defines, their neighbours, and the edges of int.
fn probe_codes() -> Vec<c_int> {
    let mut codes = vec![c_int::MIN, c_int::MAX, 0, 1, -1, 13, 14, -799];
    for info in bs_errno::iter() {
        codes.extend([info.code() - 1, info.code(), info.code() + 1]);
    }
    codes
}

#[test]
fn every_release_is_enumerated_oldest_first_with_its_version_and_date() {
    assert_eq!(bs_sdk_release_count(), SdkRelease::COUNT);
    for release in SdkRelease::ALL {
        let h = handle(release);
        assert!(!h.is_null());
        assert_eq!(text(bs_sdk_release_version(h)), release.as_str());
        assert_eq!(text(bs_sdk_release_date(h)), release.date());
        assert_eq!(find(release.as_str().as_bytes()), h, "find gives the enumerated handle");
    }
    for past in [SdkRelease::COUNT, SdkRelease::COUNT + 1, usize::MAX] {
        assert!(bs_sdk_release_at(past).is_null());
    }
    // NULL is today's release.
    assert_eq!(text(bs_sdk_release_version(ptr::null())), SdkRelease::NEWEST.as_str());
    assert_eq!(text(bs_sdk_release_date(ptr::null())), SdkRelease::NEWEST.date());
}

#[test]
fn find_reads_versions_as_the_rust_library_does() {
    let inputs: [&[u8]; 24] = [
        b"2.7.1.1",
        b"V2.7.1.1",
        b"v2.7.1",
        b"2.7",
        b" 2.7.1.1\n",
        b"2.7.1.5",
        b"2.5",
        b"0.0",
        b"99.0",
        b"02.007.0001.000000000000012",
        b"999999999.0",
        b"1000000000.0",
        b"",
        b"V",
        b"2",
        b"2.7.1.1.0",
        b"2..1",
        b"2.7a",
        b"2.7.1.1 junk",
        b"2,7",
        b"\xff.1",
        b"2.\xc3\xa9",
        b"V2.7.1.1\t",
        b"-2.7",
    ];
    for bytes in inputs {
        let expected = SdkRelease::find(bytes).map_or(ptr::null(), handle);
        assert_eq!(find(bytes), expected, "{:?}", String::from_utf8_lossy(bytes));
    }
    // The documented readings.
    let version = |v: &str| text(bs_sdk_release_version(find(v.as_bytes())));
    assert_eq!(version("V2.7.1.1"), "2.7.1.1");
    assert_eq!(version("2.7.1.5"), "2.7.1.1");
    assert_eq!(version("2.5"), SdkRelease::OLDEST.as_str());
    assert_eq!(version("3.0"), SdkRelease::NEWEST.as_str());
    for malformed in [&b""[..], b"junk", b"2.7.1.1x", b"2.1000000000", b"2.7.1.1.1"] {
        assert!(find(malformed).is_null(), "{malformed:?}");
    }
    // NULL, and strings too long to be a version (read no further than 64 bytes).
    // SAFETY: NULL is allowed.
    assert!(unsafe { bs_sdk_release_find(ptr::null()) }.is_null());
    let mut long = b"2.7.1.1".to_vec();
    long.extend(std::iter::repeat_n(b' ', 1 << 20));
    assert!(find(&long).is_null());
    let mut padded = vec![b' '; 56];
    padded.extend(b"2.7.1.1");
    assert_eq!(padded.len(), 63);
    assert_eq!(
        find(&padded),
        handle(SdkRelease::find("2.7.1.1").unwrap()),
        "63 bytes are read"
    );
}

#[test]
fn lookups_in_a_release_agree_with_the_rust_library() {
    for release in SdkRelease::ALL {
        let h = handle(release);
        for code in probe_codes() {
            let answer = release.lookup(code);
            assert_eq!(text(bs_error_name_in(h, code)), release.name(code), "{release} {code}");
            assert_eq!(
                text(bs_error_string_in(h, code)),
                release.description(code),
                "{release} {code}"
            );
            assert_eq!(
                bs_error_is_known_in(h, code),
                c_int::from(answer.is_some()),
                "{release} {code}"
            );
            let mut buf = [0u8; 256];
            // SAFETY: buf has 256 writable bytes.
            let n = unsafe { bs_error_format_in(h, code, buf.as_mut_ptr().cast(), buf.len()) };
            let line = CStr::from_bytes_until_nul(&buf).unwrap().to_str().unwrap();
            assert_eq!(line, release.line(code).to_string());
            assert_eq!(n as usize, line.len());
        }
    }
}

#[test]
fn null_is_todays_table_and_a_foreign_pointer_no_release() {
    let not_a_release = [0u8; 64];
    let foreign = [
        not_a_release.as_ptr().cast::<BsSdkRelease>(),
        // One byte past the last handle, and a pointer inside no handle at all.
        bs_sdk_release_at(SdkRelease::COUNT - 1).wrapping_byte_add(size_of::<BsSdkRelease>()),
        usize::MAX as *const BsSdkRelease,
    ];
    for code in probe_codes() {
        assert_eq!(bs_error_name_in(ptr::null(), code), bs_error_name(code));
        assert_eq!(bs_error_string_in(ptr::null(), code), bs_error_string(code));
        assert_eq!(bs_error_is_known_in(ptr::null(), code), bs_error_is_known(code));
        for &f in &foreign {
            assert_eq!(text(bs_error_name_in(f, code)), bs_errno::UNKNOWN_NAME);
            assert_eq!(text(bs_error_string_in(f, code)), bs_errno::UNKNOWN_DESCRIPTION);
            assert_eq!(bs_error_is_known_in(f, code), 0);
        }
    }
    for &f in &foreign {
        assert_eq!(text(bs_sdk_release_version(f)), "");
        assert_eq!(text(bs_sdk_release_date(f)), "");
    }
}

#[test]
fn the_documented_spot_checks() {
    let r2711 = find(b"2.7.1.1");
    assert_eq!(text(bs_error_name_in(r2711, -319)), "BS_SDK_ERROR_FAKE_FACE_DETECTED");
    assert_eq!(text(bs_error_name(-319)), "BS_SDK_ERROR_UNMASKED_FACE_DETECTED");
    assert_eq!(text(bs_error_string_in(r2711, -319)), "Fake face detected.");
    assert_eq!(bs_error_is_known_in(r2711, -331), 0, "-331 came in 2.7.2.4");
    assert_eq!(
        text(bs_error_name_in(find(b"2.6.3.5"), -1207)),
        "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION"
    );
    assert_eq!(
        text(bs_error_name_in(find(b"2.7.1.1"), -1208)),
        "BS_SDK_ERROR_SET_FIRE_ALARM"
    );
    assert_eq!(
        text(bs_error_name_in(find(b"2.7.2.4"), -1208)),
        "BS_SDK_ERROR_APB_ZONE_FULL"
    );
}

#[test]
fn format_in_follows_snprintf_rules() {
    let r2711 = find(b"2.7.1.1");
    for code in [-319, -331, c_int::MIN, 1] {
        let release = SdkRelease::find("2.7.1.1").unwrap();
        let line = release.line(code).to_string();
        let len = line.len();
        for size in [1, 2, 10, len - 1, len, len + 1] {
            let mut buf = vec![0xA5u8; size + 16];
            // SAFETY: buf has size + 16 writable bytes.
            let n = unsafe { bs_error_format_in(r2711, code, buf.as_mut_ptr().cast(), size) };
            assert_eq!(n as usize, len);
            let kept = len.min(size - 1);
            assert_eq!(&buf[..kept], &line.as_bytes()[..kept]);
            assert_eq!(buf[kept], 0);
            assert!(buf[size..].iter().all(|&b| b == 0xA5), "wrote past the buffer");
        }
        // SAFETY: NULL buffers are never written.
        assert_eq!(
            unsafe { bs_error_format_in(r2711, code, ptr::null_mut(), 64) } as usize,
            len
        );
    }
}
