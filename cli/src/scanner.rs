//! `--annotate`: which bytes of a log have the shape of a BioStar code. The scanner yields each such token
//! with its place; whether it is a code is the table's question ([`crate::table::Table::annotation`]).
//!
//! What has the shape of a code (each rule has cases that count and cases that do not in the tests below
//! and in tests/annotate.rs, and is documented in `--help` and docs/cli.md):
//!
//! - a macro name: `BS_SDK_` followed by letters, digits and `_`, standing alone as an identifier (no
//!   letter, digit or `_` on either side);
//! - a negative decimal number, `-` then 1 to 10 digits without a leading zero, that is a whole token: not
//!   preceded by a letter, digit, `_`, `.`, `-`, `+` or a non-ASCII byte (so `rc=-102`, `failed: -714` and
//!   `(-304)` count, `2026-11-25` and `A-714` do not), and not followed by a letter, digit, `_`, non-ASCII
//!   byte, or by `.`, `,`, `:` or `-` that continues with a digit (so `-0.5`, `-1,000`, `-1000x` do not
//!   count, while `-714.` at the end of a sentence does);
//! - the unsigned 32-bit forms logs print for a negative value, with the same token boundaries: exactly 10
//!   decimal digits from 2147483648 to 4294967295 (`4294967194`), or `0x`/`0X` and exactly 8 hexadecimal
//!   digits of either case from `0x80000000` (`0xFFFFFF9A`, `0xffffff9a`).
//!
//! Positive values (the success codes 1 to 13 are far too common in logs) and zero never have the shape.
//! A line break is just a byte that ends tokens: the scanner can run over many lines at once.

/// A token that has the shape of a code, before it is looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Candidate<'a> {
    /// A negative value, from a signed decimal or an unsigned form (already folded to 32 bits).
    Value(i32),
    /// A `BS_SDK_` identifier, exactly as written.
    Name(&'a str),
}

/// One token found: `bytes[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'a> {
    pub start: usize,
    pub end: usize,
    pub candidate: Candidate<'a>,
}

/// Longer identifiers are never names of the table (the longest has 48 bytes).
const MAX_NAME: usize = 64;
/// How far past the end of a scanned range deciding a token may look: any token that reaches further is
/// too long to be a code. Whoever scans a line in pieces must have this many bytes after each piece.
pub const LOOKAHEAD: usize = MAX_NAME + 2;

/// Bytes that may start a candidate: `-`, digits, and `B`.
const STARTS: [bool; 256] = {
    let mut table = [false; 256];
    table[b'-' as usize] = true;
    table[b'B' as usize] = true;
    let mut digit = b'0';
    while digit <= b'9' {
        table[digit as usize] = true;
        digit += 1;
    }
    table
};

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// A byte before a number that makes the number part of a larger token.
fn joins_before(b: u8) -> bool {
    is_ident(b) || matches!(b, b'.' | b'-' | b'+') || b >= 0x80
}

/// True if the number ending before `end` is a whole token (see the module's rules).
fn ends_token(bytes: &[u8], end: usize) -> bool {
    match bytes.get(end) {
        None => true,
        Some(&b) if is_ident(b) || b >= 0x80 => false,
        Some(b'.' | b',' | b':' | b'-') => !bytes.get(end + 1).is_some_and(u8::is_ascii_digit),
        Some(_) => true,
    }
}

fn run_end(bytes: &[u8], from: usize, belongs: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| !belongs(b)))
        .map_or(bytes.len(), |n| from + n)
}

fn decimal(digits: &[u8]) -> u64 {
    digits.iter().fold(0, |n, d| n * 10 + u64::from(d - b'0'))
}

/// The candidate starting at `start`, and where its token ends; `None` when the bytes there are not one.
/// `start` must be a position where a candidate may begin (its byte is in `STARTS`, and the byte before it
/// does not join it to a larger token).
fn candidate_at(bytes: &[u8], start: usize) -> Option<(Candidate<'_>, usize)> {
    match bytes[start] {
        b'-' => {
            let end = run_end(bytes, start + 1, |b| b.is_ascii_digit());
            let digits = &bytes[start + 1..end];
            if digits.is_empty() || digits.len() > 10 || digits[0] == b'0' || !ends_token(bytes, end) {
                return None;
            }
            let value = i32::try_from(-i64::try_from(decimal(digits)).ok()?).ok()?;
            Some((Candidate::Value(value), end))
        }
        b'0' if matches!(bytes.get(start + 1), Some(b'x' | b'X')) => {
            let end = run_end(bytes, start + 2, |b| b.is_ascii_hexdigit());
            let digits = std::str::from_utf8(&bytes[start + 2..end]).ok()?;
            if digits.len() != 8 || !ends_token(bytes, end) {
                return None;
            }
            let value = u32::from_str_radix(digits, 16).ok()?;
            (value >= 0x8000_0000).then_some((Candidate::Value(value as i32), end))
        }
        b'0'..=b'9' => {
            let end = run_end(bytes, start, |b| b.is_ascii_digit());
            if end - start != 10 || !ends_token(bytes, end) {
                return None;
            }
            let value = u32::try_from(decimal(&bytes[start..end])).ok()?;
            (value >= 0x8000_0000).then_some((Candidate::Value(value as i32), end))
        }
        b'B' if bytes[start..].starts_with(b"BS_SDK_") => {
            let end = run_end(bytes, start, is_ident);
            if end - start > MAX_NAME {
                return None;
            }
            let name = std::str::from_utf8(&bytes[start..end]).ok()?;
            Some((Candidate::Name(name), end))
        }
        _ => None,
    }
}

/// The candidates that start in `bytes[from..to]`, in order.
///
/// `bytes[from - 1]` (when `from > 0`) is the byte before the range; position 0 is the start of a line. A
/// token that starts before `to` may be read up to [`LOOKAHEAD`] bytes past it, as far as `bytes` goes;
/// whatever lies beyond `bytes` is taken as the end of the line. So scanning `a..b` then `b..c` finds what
/// scanning `a..c` finds, as long as `bytes` holds [`LOOKAHEAD`] bytes past `b` (or the line's end).
#[derive(Clone, Debug)]
pub struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
    to: usize,
}

impl<'a> Scanner<'a> {
    /// Any `from` and `to` are accepted: `to` is cut to the length of `bytes`, and an empty range finds
    /// nothing.
    pub fn new(bytes: &'a [u8], from: usize, to: usize) -> Scanner<'a> {
        Scanner {
            bytes,
            at: from,
            to: to.min(bytes.len()),
        }
    }

    /// Every candidate of `bytes`, one line or several.
    pub fn whole(bytes: &'a [u8]) -> Scanner<'a> {
        Scanner::new(bytes, 0, bytes.len())
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Match<'a>;

    fn next(&mut self) -> Option<Match<'a>> {
        let bytes = self.bytes;
        let mut i = self.at;
        while i < self.to {
            let b = bytes[i];
            if !STARTS[b as usize] {
                i += 1;
                continue;
            }
            let prev = if i == 0 { b'\n' } else { bytes[i - 1] };
            let may_start = if b == b'B' {
                !is_ident(prev)
            } else {
                !joins_before(prev)
            };
            let start = i;
            // Every byte of a run of digits or letters follows a byte that joins it to the run, so none of
            // them can start a candidate: skip the run.
            i = if b == b'-' {
                i + 1
            } else {
                run_end(bytes, i + 1, is_ident)
            };
            if may_start {
                if let Some((candidate, end)) = candidate_at(bytes, start) {
                    self.at = i;
                    return Some(Match { start, end, candidate });
                }
            }
        }
        self.at = i;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use crate::table::Table;

    /// (token text, code) for every code of today's table found in `line`.
    fn found(line: &str) -> Vec<(String, i32)> {
        Scanner::whole(line.as_bytes())
            .filter_map(|m| {
                Table::TODAY
                    .annotation(m.candidate)
                    .map(|a| (line[m.start..m.end].to_owned(), a.code()))
            })
            .collect()
    }

    fn codes(line: &str) -> Vec<i32> {
        found(line).into_iter().map(|(_, code)| code).collect()
    }

    #[test]
    fn negative_decimal_whole_tokens() {
        assert_eq!(found("rc=-102"), [("-102".to_owned(), -102)]);
        assert_eq!(codes("failed: -714"), [-714]);
        assert_eq!(codes("(-304)"), [-304]);
        assert_eq!(codes("-714"), [-714]);
        assert_eq!(codes("error -714."), [-714]);
        assert_eq!(codes("codes -714,-102 and -1208; done"), [-714, -102, -1208]);
        assert_eq!(codes("'-714' \"-102\" [-304] {-1}"), [-714, -102, -304, -1]);
        assert_eq!(codes("x\t-714\r"), [-714]);
        assert_eq!(codes("-714\n-102\n"), [-714, -102]);
    }

    #[test]
    fn numbers_inside_larger_tokens_are_not_candidates() {
        for line in [
            "2026-11-25",
            "A-714",
            "a_-714",
            "-0.5",
            "-714.5",
            "-1000x",
            "-714abc",
            "-714_",
            "--714",
            "+-714",
            "1.-714",
            "-1,000",
            "-12:30",
            "-714-1",
            "é-714",
            "-714é",
            "-0714",
            "-0",
            "-00",
            "-",
            "-99999999999",
            "-2147483649",
        ] {
            assert_eq!(Scanner::whole(line.as_bytes()).count(), 0, "{line:?}");
        }
    }

    #[test]
    fn positive_values_have_no_shape_and_unknown_ones_no_answer() {
        assert_eq!(codes("-799 -2147483648 -2"), [] as [i32; 0]);
        assert_eq!(Scanner::whole(b"-799 -2147483648 -2").count(), 3);
        for line in [
            "1",
            "rc=1",
            "13",
            "(2)",
            "+714",
            "714",
            "0x1",
            "0x0000002A",
            "0x7FFFFFFF",
            "2147483647",
        ] {
            assert_eq!(Scanner::whole(line.as_bytes()).count(), 0, "{line:?}");
        }
    }

    #[test]
    fn unsigned_forms_of_negative_values() {
        assert_eq!(found("rc=4294967194"), [("4294967194".to_owned(), -102)]);
        assert_eq!(codes("0xFFFFFF9A"), [-102]);
        assert_eq!(codes("0xffffff9a"), [-102]);
        assert_eq!(codes("0XFFFFFD36, 4294966582"), [-714, -714]);
        assert_eq!(codes("(0xFfFfFd36)"), [-714]);
        for line in [
            "04294967194",
            "42949671940",
            "x4294967194",
            "4294967194x",
            "-4294967194",
            "4294967194.5",
            "0xFFFFFF9",
            "0x0FFFFFF9A",
            "0xFFFFFF9AG",
            "A0xFFFFFF9A",
            "-0xFFFFFF9A",
        ] {
            assert_eq!(Scanner::whole(line.as_bytes()).count(), 0, "{line:?}");
        }
        // The shape, but no code of the table.
        for line in ["0xFFFFFCE1", "4294966497"] {
            assert_eq!(Scanner::whole(line.as_bytes()).count(), 1, "{line:?}");
            assert_eq!(found(line), [], "{line:?}");
        }
    }

    #[test]
    fn names_and_aliases() {
        assert_eq!(
            found("ret BS_SDK_ERROR_CANNOT_FIND_USER!"),
            [("BS_SDK_ERROR_CANNOT_FIND_USER".to_owned(), -714)]
        );
        assert_eq!(codes("(BS_SDK_SUCCESS)"), [1]);
        assert_eq!(codes("-BS_SDK_ERROR_SET_FIRE_ALARM."), [-1208]);
        let line = b"BS_SDK_ERROR_SET_FIRE_ALARM";
        let answers: Vec<Answer> = Scanner::whole(line)
            .filter_map(|m| Table::TODAY.annotation(m.candidate))
            .collect();
        assert!(matches!(answers[..], [answer] if answer.is_deprecated()), "{answers:?}");
        for line in [
            "XBS_SDK_ERROR_CANNOT_FIND_USER",
            "BS_SDK_ERROR_CANNOT_FIND_USERS",
            "BS_SDK_ERROR_CANNOT_FIND_USER2",
            "bs_sdk_error_cannot_find_user",
            "BS_SDK_ERROR_NO_SUCH_THING",
            "BS_SDK_",
            "CANNOT_FIND_USER",
        ] {
            assert_eq!(found(line), [], "{line:?}");
        }
    }

    #[test]
    fn every_code_and_name_of_the_table_is_found() {
        for info in bs_errno::iter() {
            assert_eq!(codes(&format!("x {} y", info.name())), [info.code()]);
            if info.code() < 0 {
                let forms = [
                    info.code().to_string(),
                    (info.code() as u32).to_string(),
                    format!("0x{:08X}", info.code() as u32),
                    format!("0x{:08x}", info.code() as u32),
                ];
                for form in forms {
                    assert_eq!(codes(&format!("rc={form}")), [info.code()], "{form}");
                }
            } else {
                assert_eq!(codes(&format!("rc={}", info.code())), [] as [i32; 0]);
            }
        }
        for alias in bs_errno::aliases() {
            assert_eq!(codes(alias.name()), [alias.code()]);
        }
    }

    #[test]
    fn restarting_anywhere_finds_the_same() {
        let line = "t=2026-11-25 rc=-714 (0xFFFFFF9A) BS_SDK_SUCCESS 4294966582 -1 x-5";
        let whole: Vec<Match<'_>> = Scanner::whole(line.as_bytes()).collect();
        assert_eq!(whole.len(), 5);
        for split in 0..=line.len() {
            let parts: Vec<Match<'_>> = Scanner::new(line.as_bytes(), 0, split)
                .chain(Scanner::new(line.as_bytes(), split, line.len()))
                .collect();
            assert_eq!(parts, whole, "split at {split}");
        }
    }

    #[test]
    fn a_token_cut_by_the_end_of_the_bytes_is_decided_there() {
        // At the end of the available bytes, the line ends: "-714" is whole.
        assert_eq!(codes("rc=-714"), [-714]);
        let long_name = format!("BS_SDK_{}", "X".repeat(MAX_NAME));
        assert_eq!(Scanner::whole(long_name.as_bytes()).count(), 0);
    }

    #[test]
    fn any_range_is_accepted() {
        let bytes = b"rc=-714";
        assert_eq!(Scanner::new(bytes, 5, 2).count(), 0);
        assert_eq!(Scanner::new(bytes, 100, 200).count(), 0);
        assert_eq!(Scanner::new(bytes, 3, 100).count(), 1);
        assert_eq!(Scanner::new(b"", 0, 0).count(), 0);
    }
}
