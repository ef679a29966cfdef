//! Formatting any code, in today's table or any release's, into a buffer of any size: `bs_error_format`
//! and `bs_error_format_in` follow snprintf's rules exactly against the line built from the data
//! (`bs_errno_fuzz::line`), and never touch a byte past `size` (guard bytes after it; AddressSanitizer past
//! the allocation). The name, string and is-known exports of the same table agree with the same reference.
#![no_main]

use std::ffi::c_int;
use std::ptr;

use bs_errno_capi::{
    BsSdkRelease, bs_error_format, bs_error_format_in, bs_error_is_known_in, bs_error_name_in, bs_error_string_in,
    bs_sdk_release_at, bs_sdk_release_count,
};
use bs_errno_fuzz::{line, reference, text, unknown_line};
use libfuzzer_sys::fuzz_target;

/// Bytes after `size` that must stay untouched.
const GUARD: usize = 32;
const CANARY: u8 = 0xA5;
/// No line is longer, so the exports never touch more than this, even when told the buffer is larger.
const LONGEST_LINE: usize = 512;

/// The input, read from the fuzzer's bytes in a fixed layout (missing bytes are 0), so that seeds can be
/// written by hand (fuzz/corpus/README.md):
///
/// | bytes | meaning |
/// |---|---|
/// | 0..4 | the code, `i32` little-endian; with flag 4, a position in data/codes.tsv (low 16 bits, wrapping) and a step (`i8`, the next 8 bits) |
/// | 4 | the table: 0 today's (NULL); 1 a pointer `offset` bytes from the first handle (a handle for 0..count, else foreign); 2 a pointer to something else; (modulo 3) |
/// | 5 | that offset, `i8` |
/// | 6..8 | the buffer's size, `u16` little-endian |
/// | 8 | flags: 1 a NULL buffer; 2 size SIZE_MAX (for a buffer of the longest line's size); 4 the code is a position |
#[derive(Debug)]
struct Input {
    code: Code,
    table: Table,
    size: Size,
    null_buffer: bool,
}

#[derive(Debug)]
enum Code {
    Any(i32),
    NearKnown { index: u16, step: i8 },
}

#[derive(Debug)]
enum Table {
    Today,
    NearHandles(i8),
    Foreign,
}

#[derive(Debug)]
enum Size {
    Exact(u16),
    Huge,
}

impl Input {
    fn read(bytes: &[u8]) -> Input {
        let mut b = [0u8; 9];
        let n = bytes.len().min(b.len());
        b[..n].copy_from_slice(&bytes[..n]);
        let flags = b[8];
        let code = if flags & 4 != 0 {
            Code::NearKnown {
                index: u16::from_le_bytes([b[0], b[1]]),
                step: b[2] as i8,
            }
        } else {
            Code::Any(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let table = match b[4] % 3 {
            0 => Table::Today,
            1 => Table::NearHandles(b[5] as i8),
            _ => Table::Foreign,
        };
        let size = if flags & 2 != 0 {
            Size::Huge
        } else {
            Size::Exact(u16::from_le_bytes([b[6], b[7]]))
        };
        Input {
            code,
            table,
            size,
            null_buffer: flags & 1 != 0,
        }
    }
}

fuzz_target!(init: { reference(); }, |bytes: &[u8]| {
    let input = Input::read(bytes);
    let reference = reference();
    let code = match input.code {
        Code::Any(code) => code,
        Code::NearKnown { index, step } => {
            let rows = &reference.data.rows;
            rows[usize::from(index) % rows.len()].code.wrapping_add(c_int::from(step))
        }
    };
    let count = bs_sdk_release_count();
    let first = bs_sdk_release_at(0) as usize;
    let elsewhere = 0u8;
    let (handle, release): (*const BsSdkRelease, Option<Option<usize>>) = match input.table {
        Table::Today => (ptr::null(), Some(None)),
        Table::NearHandles(offset) => {
            let handle = first.wrapping_add_signed(isize::from(offset)) as *const BsSdkRelease;
            let release = usize::try_from(offset).ok().filter(|&i| i < count);
            (handle, release.map(Some))
        }
        Table::Foreign => (ptr::from_ref(&elsewhere).cast(), None),
    };
    // `None`: a foreign pointer, for which every code is unknown.
    let expected = match release {
        Some(release) => line(release, code),
        None => unknown_line(code),
    };
    check_pieces(handle, release, code, &expected);

    let (size, allocated) = match input.size {
        Size::Exact(size) => (usize::from(size), usize::from(size)),
        Size::Huge => (usize::MAX, LONGEST_LINE),
    };
    let length = c_int::try_from(expected.len()).unwrap();
    if input.null_buffer {
        // SAFETY: NULL is allowed with any size; nothing is written.
        assert_eq!(unsafe { bs_error_format_in(handle, code, ptr::null_mut(), size) }, length);
        if handle.is_null() {
            // SAFETY: as above.
            assert_eq!(unsafe { bs_error_format(code, ptr::null_mut(), size) }, length);
        }
        return;
    }
    let mut formats: Vec<&dyn Fn(*mut std::ffi::c_char) -> c_int> = Vec::new();
    // SAFETY (both): `buf` points to `allocated` writable bytes, which is `size` or, for Huge, the most the
    // exports promise to touch.
    let format_in = |buf| unsafe { bs_error_format_in(handle, code, buf, size) };
    let format = |buf| unsafe { bs_error_format(code, buf, size) };
    formats.push(&format_in);
    if handle.is_null() {
        formats.push(&format);
    }
    for format in formats {
        let mut buffer = vec![CANARY; allocated + GUARD].into_boxed_slice();
        assert_eq!(format(buffer.as_mut_ptr().cast()), length, "{expected:?} at size {size}");
        let room = allocated.min(size);
        if room == 0 {
            assert!(buffer.iter().all(|&b| b == CANARY), "size 0 wrote something");
            continue;
        }
        let written = expected.len().min(room - 1);
        assert_eq!(&buffer[..written], &expected.as_bytes()[..written], "size {size}");
        assert_eq!(buffer[written], 0, "no NUL after {written} bytes at size {size}");
        assert!(
            buffer[written + 1..].iter().all(|&b| b == CANARY),
            "a byte after the NUL was touched at size {size}: {expected:?}"
        );
    }
});

/// The name, description and is-known answers for the same table and code.
fn check_pieces(handle: *const BsSdkRelease, release: Option<Option<usize>>, code: c_int, expected_line: &str) {
    let known = !expected_line.starts_with("UNKNOWN (");
    assert_eq!(
        bs_error_is_known_in(handle, code),
        c_int::from(known),
        "{expected_line}"
    );
    // SAFETY: both exports return static NUL-terminated strings.
    let (name, description) = unsafe {
        (
            text(bs_error_name_in(handle, code)),
            text(bs_error_string_in(handle, code)),
        )
    };
    if known {
        assert_eq!(format!("{name} ({code}): {description}"), expected_line);
    } else {
        assert_eq!(
            (name, description),
            ("UNKNOWN", "Unknown error code."),
            "{release:?} {code}"
        );
    }
}
