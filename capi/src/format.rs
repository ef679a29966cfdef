//! Writing a [`Line`] into a caller's buffer with snprintf's rules.

use core::ffi::{c_char, c_int};

use bs_errno::Line;

/// No line is longer than this, so no more of the buffer is ever touched; it also keeps the slice below
/// valid when a caller passes a huge `size` (SIZE_MAX) for a buffer that is merely big enough.
const LONGEST_LINE: usize = 512;

/// Writes `line` into `buf` with snprintf's rules (see bs_error_format) and returns its full length.
///
/// # Safety
/// `buf` is NULL or points to at least `size` writable bytes.
#[inline(never)]
pub(crate) unsafe fn write_line(line: Line, buf: *mut c_char, size: usize) -> c_int {
    let out: &mut [u8] = if buf.is_null() || size == 0 {
        &mut []
    } else {
        // SAFETY: the caller guarantees `buf` points to `size` writable bytes, we take at most that many,
        // and nothing else refers to them during this call.
        unsafe { core::slice::from_raw_parts_mut(buf.cast::<u8>(), size.min(LONGEST_LINE)) }
    };
    let room = out.len().saturating_sub(1); // keep one byte for the NUL
    let mut total = 0usize;
    line.for_each_piece(|piece| {
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
