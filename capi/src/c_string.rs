//! Reading a C string that may be anything: NULL, far too long, not UTF-8.

use core::ffi::c_char;

/// The bytes of the NUL-terminated string at `text`, if it is not NULL and at most `N` bytes long. Reads
/// at most `N + 1` bytes, so an unterminated or huge input costs nothing.
///
/// # Safety
/// `text` is NULL or points to a readable NUL-terminated string.
pub(crate) unsafe fn read_bounded<const N: usize>(text: *const c_char, buffer: &mut [u8; N]) -> Option<&[u8]> {
    if text.is_null() {
        return None;
    }
    let mut len = 0;
    loop {
        // SAFETY: `text` is NUL-terminated (the caller's contract) and we stop at its first NUL, so every
        // byte read is inside it.
        let byte = unsafe { text.add(len).read() } as u8;
        if byte == 0 {
            return buffer.get(..len);
        }
        *buffer.get_mut(len)? = byte; // longer than N: not one of the strings the caller looks for
        len += 1;
    }
}
