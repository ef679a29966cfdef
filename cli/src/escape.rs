//! User input as it may appear in a message: control characters escaped, long text shortened.
//!
//! Every message that echoes an argument, a file name or a search word goes through [`text`] (or
//! [`os_text`]), so that `bs-errno $'\e[31mRED'` cannot colour the terminal and a 100,000-character
//! argument does not fill it. clap's own errors are cleaned by [`clap_error`].

use std::ffi::OsStr;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue};

/// Longer input (in characters) is shortened to its head and tail.
const MAX_CHARS: usize = 64;
const HEAD_CHARS: usize = 40;
const TAIL_CHARS: usize = 16;

/// How one character is written in a message: itself, or an escape for a character that could act on a
/// terminal (C0 and C1 controls, DEL, and the Unicode direction overrides that reorder displayed text).
fn push_char(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\u{1b}' => out.push_str("\\e"),
        c if u32::from(c) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\x{:02X}", u32::from(c))),
        c if c.is_control() || is_direction_control(c) => out.push_str(&format!("\\u{{{:04X}}}", u32::from(c))),
        c => out.push(c),
    }
}

fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One unit of the input: a character, or a byte that is not valid UTF-8.
enum Unit {
    Char(char),
    Byte(u8),
}

fn render(units: &[Unit], total_bytes: usize) -> String {
    let mut out = String::new();
    let put = |out: &mut String, unit: &Unit| match unit {
        Unit::Char(c) => push_char(out, *c),
        Unit::Byte(b) => out.push_str(&format!("\\x{b:02X}")),
    };
    if units.len() <= MAX_CHARS {
        units.iter().for_each(|u| put(&mut out, u));
    } else {
        units[..HEAD_CHARS].iter().for_each(|u| put(&mut out, u));
        out.push_str("...");
        units[units.len() - TAIL_CHARS..].iter().for_each(|u| put(&mut out, u));
        out.push_str(&format!(" ({total_bytes} bytes)"));
    }
    out
}

/// `text` fit for a message: control characters escaped (`\e`, `\n`, `\x07`, `\u{202E}`), and if longer
/// than 64 characters, its first 40 and last 16 with `...` between and the length in bytes after.
pub fn text(text: &str) -> String {
    render(&text.chars().map(Unit::Char).collect::<Vec<_>>(), text.len())
}

/// [`text`] for text that may not be UTF-8 (a file name): each invalid byte as `\xFF`.
pub fn os_text(text: &OsStr) -> String {
    let bytes = text.as_encoded_bytes();
    let mut units = Vec::new();
    for chunk in bytes.utf8_chunks() {
        units.extend(chunk.valid().chars().map(Unit::Char));
        units.extend(chunk.invalid().iter().map(|b| Unit::Byte(*b)));
    }
    render(&units, bytes.len())
}

/// Escapes control characters without shortening (for text that embeds already shortened input).
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_char(&mut out, c));
    out
}

/// A clap error with every piece of user input in it passed through [`text`]; the message keeps clap's
/// layout. The usage line is ours and left alone.
pub fn clap_error(mut err: clap::Error) -> clap::Error {
    let context: Vec<(ContextKind, ContextValue)> = err.context().map(|(k, v)| (k, v.clone())).collect();
    // Raw input that clap quotes inside its sentences ("to pass '-q' as a value, use '-- -q'").
    let mut raw_inputs: Vec<String> = Vec::new();
    for (kind, value) in &context {
        match value {
            ContextValue::String(s) if *kind != ContextKind::Usage => raw_inputs.push(s.clone()),
            ContextValue::Strings(v) => raw_inputs.extend(v.iter().cloned()),
            _ => {}
        }
    }
    raw_inputs.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let clean_sentence = |sentence: String| {
        let mut text = sentence;
        for raw in raw_inputs.iter().filter(|r| !r.is_empty()) {
            text = text.replace(raw.as_str(), &self::text(raw));
        }
        escaped(&text)
    };
    for (kind, value) in context {
        if kind == ContextKind::Usage {
            continue;
        }
        let cleaned = match value {
            ContextValue::String(s) => ContextValue::String(self::text(&s)),
            ContextValue::Strings(v) => ContextValue::Strings(v.iter().map(|s| self::text(s)).collect()),
            ContextValue::StyledStr(s) => ContextValue::StyledStr(StyledStr::from(clean_sentence(s.to_string()))),
            ContextValue::StyledStrs(v) => ContextValue::StyledStrs(
                v.into_iter()
                    .map(|s| StyledStr::from(clean_sentence(s.to_string())))
                    .collect(),
            ),
            other => other,
        };
        err.insert(kind, cleaned);
    }
    err
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(text("cannot_find_user"), "cannot_find_user");
        assert_eq!(text("ünïcödé €"), "ünïcödé €");
        assert_eq!(text(""), "");
    }

    #[test]
    fn controls_are_escaped() {
        assert_eq!(text("\u{1b}[31mRED"), "\\e[31mRED");
        assert_eq!(text("a\tb\nc\rd\u{7}\u{0}\u{7f}"), "a\\tb\\nc\\rd\\x07\\x00\\x7F");
        assert_eq!(text("\u{9b}31m"), "\\u{009B}31m");
        assert_eq!(text("abc\u{202e}def"), "abc\\u{202E}def");
    }

    #[test]
    fn long_text_is_shortened_with_its_length() {
        let exact = "x".repeat(MAX_CHARS);
        assert_eq!(text(&exact), exact);
        let long = format!("{}{}{}", "h".repeat(50), "m".repeat(99_900), "t".repeat(50));
        let out = text(&long);
        assert_eq!(out, format!("{}...{} (100000 bytes)", "h".repeat(40), "t".repeat(16)));
        // Characters, not bytes, are counted and cut: no split inside a character.
        let wide = "é".repeat(100);
        assert_eq!(
            text(&wide),
            format!("{}...{} (200 bytes)", "é".repeat(40), "é".repeat(16))
        );
    }

    #[test]
    fn invalid_utf8_bytes_are_escaped() {
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            assert_eq!(os_text(OsStr::from_bytes(b"a\xffb\x1b")), "a\\xFFb\\e");
        }
        assert_eq!(os_text(OsStr::new("log\n.txt")), "log\\n.txt");
    }
}
