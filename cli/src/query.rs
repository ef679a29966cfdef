//! What one command-line argument asks for: a code in any of the forms a log prints, or a macro name.

/// One parsed argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Query {
    /// A code, already folded into the signed 32-bit value the SDK returns.
    Code(i32),
    /// A macro name as typed (trimmed); matched case-insensitively, with or without its prefix.
    Name(String),
}

/// Why an argument is neither a code nor a name.
pub const FORMS: &str = "expected a code (-714, 4294966582, 0xFFFFFD36, -0x2CA) or a name (BS_SDK_ERROR_CANNOT_FIND_USER, \
                         cannot_find_user)";

/// Parses one argument.
///
/// Numbers: decimal or `0x` hexadecimal, with an optional sign. Non-negative values up to `u32::MAX` are
/// read as the 32 bits the SDK returned (so `4294966582` and `0xFFFFFD36` are -714, as a log that prints
/// the code unsigned shows it); negative values go down to `i32::MIN`. Anything else that starts like a
/// number is an error, as is an empty argument or one with characters no macro name has.
pub fn parse(raw: &str) -> Result<Query, String> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(format!("empty: {FORMS}"));
    }
    if text.contains(char::is_whitespace) {
        return Err(format!(
            "neither a code nor a name, but several words: give each code or name as an argument of its own \
             (bs-errno -714 -102); {FORMS}"
        ));
    }
    let (negative, unsigned) = match text.as_bytes()[0] {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let hex = unsigned.strip_prefix("0x").or_else(|| unsigned.strip_prefix("0X"));
    let (digits, radix) = match hex {
        Some(digits) => (digits, 16),
        None if unsigned.starts_with(|c: char| c.is_ascii_digit()) => (unsigned, 10),
        None if unsigned.len() != text.len() => return Err(format!("not a number: {FORMS}")),
        None => {
            return if text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                Ok(Query::Name(text.to_owned()))
            } else {
                Err(format!("neither a code nor a name: {FORMS}"))
            };
        }
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        let what = if radix == 16 { "hexadecimal" } else { "decimal" };
        return Err(format!("not a {what} number: {FORMS}"));
    }
    let out_of_range = || {
        "out of range: a code has 32 bits, from -2147483648 (-0x80000000) to 4294967295 (0xFFFFFFFF); \
         values above 2147483647 are read as unsigned"
            .to_owned()
    };
    // Leading zeros never overflow; after them at most 10 decimal or 8 hex digits can fit.
    let significant = digits.trim_start_matches('0');
    if significant.len() > if radix == 16 { 8 } else { 10 } {
        return Err(out_of_range());
    }
    let magnitude = u64::from_str_radix(if significant.is_empty() { "0" } else { significant }, radix)
        .map_err(|_| out_of_range())?;
    let code = if negative {
        i32::try_from(-i64::try_from(magnitude).map_err(|_| out_of_range())?).map_err(|_| out_of_range())?
    } else {
        // The same 32 bits, as the SDK's `int`.
        u32::try_from(magnitude).map_err(|_| out_of_range())? as i32
    };
    Ok(Query::Code(code))
}

/// True for an argument that starts like a negative number (`-714`, `-0x2CA`, `-0x`, `-714 -102`): it is
/// meant as a code, never as options, even when it turns out not to be a valid one.
pub fn is_number_like(arg: &[u8]) -> bool {
    matches!(arg, [b'-', digit, ..] if digit.is_ascii_digit())
}

/// The names tried for a typed name, in order: as typed (upper-cased), then with `BS_SDK_ERROR_`, then
/// with `BS_SDK_` in front.
pub fn candidates(name: &str) -> Vec<String> {
    let upper = name.to_ascii_uppercase();
    let mut out = vec![upper.clone()];
    if !upper.starts_with("BS_SDK_") {
        out.push(format!("BS_SDK_ERROR_{upper}"));
        out.push(format!("BS_SDK_{upper}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(raw: &str) -> i32 {
        match parse(raw) {
            Ok(Query::Code(code)) => code,
            other => panic!("{raw}: {other:?}"),
        }
    }

    #[test]
    fn every_form_of_a_code() {
        for raw in [
            "-714",
            "0xFFFFFD36",
            "0xfffffd36",
            "0XFFFFFD36",
            "4294966582",
            "-0x2CA",
            "-0x2ca",
            " -714 ",
            "-000714",
        ] {
            assert_eq!(code(raw), -714, "{raw}");
        }
        assert_eq!(code("1"), 1);
        assert_eq!(code("+1"), 1);
        assert_eq!(code("0"), 0);
        assert_eq!(code("0x0"), 0);
        assert_eq!(code("-0"), 0);
        assert_eq!(code("0x00000000FFFFFD36"), -714);
    }

    #[test]
    fn edges_of_the_range() {
        assert_eq!(code("-2147483648"), i32::MIN);
        assert_eq!(code("-0x80000000"), i32::MIN);
        assert_eq!(code("2147483647"), i32::MAX);
        assert_eq!(code("2147483648"), i32::MIN);
        assert_eq!(code("4294967295"), -1);
        assert_eq!(code("0xFFFFFFFF"), -1);
        for raw in [
            "-2147483649",
            "-0x80000001",
            "4294967296",
            "0x100000000",
            "99999999999999999999999",
            "-0xFFFFFD36",
        ] {
            let err = parse(raw).unwrap_err();
            assert!(err.contains("out of range"), "{raw}: {err}");
        }
    }

    #[test]
    fn malformed_arguments() {
        for raw in [
            "", "  ", "0x", "-0x", "12abc", "0xFFG", "-", "+", "-abc", "+abc", "BS SDK", "name!", "1.5", "é",
        ] {
            assert!(parse(raw).is_err(), "{raw:?} parsed");
        }
    }

    #[test]
    fn names() {
        assert_eq!(parse("cannot_find_user"), Ok(Query::Name("cannot_find_user".into())));
        assert_eq!(parse("BS_SDK_SUCCESS"), Ok(Query::Name("BS_SDK_SUCCESS".into())));
        assert_eq!(
            candidates("cannot_find_user"),
            [
                "CANNOT_FIND_USER",
                "BS_SDK_ERROR_CANNOT_FIND_USER",
                "BS_SDK_CANNOT_FIND_USER"
            ]
        );
        assert_eq!(candidates("bs_sdk_success"), ["BS_SDK_SUCCESS"]);
    }

    #[test]
    fn number_like_detection() {
        for arg in ["-0x2CA", "-0XFF", "-0x", "-714", "-714 -102", "-1.5", "-0xZZ", "-9"] {
            assert!(is_number_like(arg.as_bytes()), "{arg}");
        }
        for arg in ["0x2CA", "-", "--", "-a", "--json", "-x714", "714", "", "--714"] {
            assert!(!is_number_like(arg.as_bytes()), "{arg}");
        }
    }

    #[test]
    fn several_words_in_one_argument() {
        for raw in ["-714 -102", "BS SDK", "-714\t1"] {
            let err = parse(raw).unwrap_err();
            assert!(err.contains("several words"), "{raw}: {err}");
        }
    }
}
