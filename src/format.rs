//! The one-line form of a code, `NAME (code): description`, produced in pieces so that the C export can
//! write it into a caller's buffer without allocating or pulling in `core::fmt`.

use crate::category::Category;
use crate::table;
use crate::{UNKNOWN_DESCRIPTION, UNKNOWN_NAME};

/// Calls `put` with each piece of the line for `code`, in order; the pieces are ASCII.
///
/// Known: `BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.`
/// Unknown: `UNKNOWN (-799): Unknown error code (category: database).`
pub(crate) fn line_pieces(code: i32, put: impl FnMut(&str)) {
    let known = table::entry(code).map(|entry| (entry.name.as_str(), entry.description.as_str()));
    line_pieces_of(code, known, put);
}

/// The same line for a code with the given (name, description), or for an unknown code when `None`.
pub(crate) fn line_pieces_of(code: i32, known: Option<(&str, &str)>, mut put: impl FnMut(&str)) {
    let mut digits = [0u8; 11];
    let number = decimal(code, &mut digits);
    match known {
        Some((name, description)) => {
            for piece in [name, " (", number, "): ", description] {
                put(piece);
            }
        }
        None => {
            // "Unknown error code." without its period, then the category the range implies.
            let unknown = UNKNOWN_DESCRIPTION.strip_suffix('.').unwrap_or(UNKNOWN_DESCRIPTION);
            let category = Category::of(code).name();
            for piece in [
                UNKNOWN_NAME,
                " (",
                number,
                "): ",
                unknown,
                " (category: ",
                category,
                ").",
            ] {
                put(piece);
            }
        }
    }
}

/// `value` in decimal, written into the end of `buf` (11 bytes fit "-2147483648"). Written with checked
/// indexing so that no panic path exists even in principle.
fn decimal(value: i32, buf: &mut [u8; 11]) -> &str {
    let mut magnitude = value.unsigned_abs();
    let mut start = buf.len();
    while let Some(i) = start.checked_sub(1) {
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (magnitude % 10) as u8;
        }
        start = i;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    if value < 0 {
        if let Some(slot) = start.checked_sub(1).and_then(|i| buf.get_mut(i)) {
            *slot = b'-';
            start -= 1;
        }
    }
    buf.get(start..)
        .and_then(|digits| core::str::from_utf8(digits).ok())
        .unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(code: i32) -> String {
        let mut s = String::new();
        line_pieces(code, |p| s.push_str(p));
        s
    }

    #[test]
    fn decimal_matches_std_at_the_edges() {
        for v in [
            0,
            1,
            -1,
            9,
            10,
            -10,
            42,
            -714,
            i32::MAX,
            i32::MIN,
            i32::MIN + 1,
            1_000_000_000,
        ] {
            let mut buf = [0u8; 11];
            assert_eq!(decimal(v, &mut buf), v.to_string());
        }
    }

    #[test]
    fn lines() {
        assert_eq!(line(-714), "BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.");
        assert_eq!(line(1), "BS_SDK_SUCCESS (1): Success.");
        assert_eq!(line(-799), "UNKNOWN (-799): Unknown error code (category: database).");
        assert_eq!(
            line(i32::MIN),
            "UNKNOWN (-2147483648): Unknown error code (category: unknown)."
        );
        assert_eq!(line(0), "UNKNOWN (0): Unknown error code (category: unknown).");
    }
}
