//! A name to its code over arbitrary bytes: `lookup_name` over the raw bytes and `bs_error_from_name` over
//! the C string, each against an exact match over every name of data/codes.tsv (canonical names, alias
//! macros, the vendor's C# spellings).
#![no_main]

use bs_errno::MAX_NAME_LEN;
use bs_errno_capi::bs_error_from_name;
use bs_errno_fuzz::{c_string, reference, value_of_name};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: { reference(); }, |bytes: &[u8]| {
    // The Rust library: the exact name comes back (an alias stays the alias).
    let expected = value_of_name(bytes);
    match bs_errno::lookup_name(bytes) {
        Some(info) => {
            assert_eq!(Some(info.code()), expected, "{:?}", String::from_utf8_lossy(bytes));
            assert_eq!(info.name().as_bytes(), bytes);
        }
        None => assert_eq!(expected, None, "{:?} is a name", String::from_utf8_lossy(bytes)),
    }

    // The C export: 0 for anything that is not a name.
    let c_name = c_string(bytes);
    // SAFETY: a valid C string.
    let code = unsafe { bs_error_from_name(c_name.as_ptr()) };
    assert_eq!(code, value_of_name(c_name.as_bytes()).unwrap_or(0), "{c_name:?}");

    // An unterminated text longer than any name, in an allocation of exactly its size: the export reads
    // no further than the longest name plus one byte (AddressSanitizer reports a read past the allocation).
    if bytes.len() > MAX_NAME_LEN && !bytes[..=MAX_NAME_LEN].contains(&0) {
        let unterminated: Box<[u8]> = bytes[..=MAX_NAME_LEN].into();
        // SAFETY: deliberately no NUL: the export must stop after MAX_NAME_LEN + 1 bytes.
        assert_eq!(unsafe { bs_error_from_name(unterminated.as_ptr().cast()) }, 0);
    }
});
