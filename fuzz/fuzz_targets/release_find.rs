//! A version string, as an application passes `BS2_Version()`'s answer, to the release that answers for it:
//! `SdkRelease::find` over any bytes and `bs_sdk_release_find` over the C string, each against the reading
//! of versions in `bs_errno_data::read_version` and the release list of data/releases.tsv.
#![no_main]

use bs_errno::{SdkRelease, SdkVersion};
use bs_errno_capi::{bs_sdk_release_at, bs_sdk_release_date, bs_sdk_release_find, bs_sdk_release_version};
use bs_errno_data::{MAX_VERSION_TEXT, read_version};
use bs_errno_fuzz::{c_string, reference, text};
use libfuzzer_sys::fuzz_target;

/// The release `bs-errno-data` says answers for a version.
fn release_for(parts: [u32; 4]) -> usize {
    bs_errno_data::release_for(&reference().history.releases, parts)
}

fuzz_target!(init: { reference(); }, |bytes: &[u8]| {
    // The Rust library, over the raw bytes (NULs and all).
    let expected = read_version(bytes);
    assert_eq!(SdkVersion::parse_bytes(bytes).ok().map(SdkVersion::parts), expected);
    assert_eq!(SdkRelease::find(bytes).map(SdkRelease::index), expected.map(release_for));

    // The C export, over the C string a caller would pass: the bytes before the first NUL.
    let c_version = c_string(bytes);
    // SAFETY: a valid C string.
    let handle = unsafe { bs_sdk_release_find(c_version.as_ptr()) };
    match read_version(c_version.as_bytes()).map(release_for) {
        None => assert!(handle.is_null(), "{c_version:?} is no version, but a release was found"),
        Some(index) => {
            assert_eq!(handle, bs_sdk_release_at(index), "{c_version:?}: another release's handle");
            let release = &reference().history.releases[index];
            // SAFETY: both exports return static NUL-terminated strings.
            let (version, date) = unsafe { (text(bs_sdk_release_version(handle)), text(bs_sdk_release_date(handle))) };
            assert_eq!(version, release.version);
            assert_eq!(date, release.date);
        }
    }

    // An unterminated text longer than any version, in an allocation of exactly its size: the export
    // reads no further than 64 bytes (AddressSanitizer reports a read past the allocation).
    if bytes.len() > MAX_VERSION_TEXT && !bytes[..=MAX_VERSION_TEXT].contains(&0) {
        let unterminated: Box<[u8]> = bytes[..=MAX_VERSION_TEXT].into();
        // SAFETY: deliberately no NUL: the export must stop after 64 bytes, before the end of the allocation.
        let handle = unsafe { bs_sdk_release_find(unterminated.as_ptr().cast()) };
        assert!(handle.is_null());
    }
});
