//! The JSON form, written by hand (the objects are flat and few): answers as one array with one object per
//! line; for `--annotate`, one object per annotated line (JSON Lines), nothing for the input itself.

use std::fmt::Write as _;
use std::io::{self, Write};

use bs_errno::SdkRelease;

use super::{Found, Printer};
use crate::answer::Answer;
use crate::table::CategoryCount;

pub struct Json {
    /// With `--sdk`: the release whose table answered, named in every answer.
    release: Option<SdkRelease>,
    /// Objects of the answer array written so far.
    answers: usize,
    /// The input being annotated, as a JSON string.
    file: String,
    /// `\n` bytes of the input so far.
    newlines: u64,
    /// Bytes of the input since its last `\n`.
    column: u64,
    /// Codes written for the open line.
    line_codes: usize,
}

impl Json {
    pub fn new(release: Option<SdkRelease>) -> Json {
        Json {
            release,
            answers: 0,
            file: string("-"),
            newlines: 0,
            column: 0,
            line_codes: 0,
        }
    }

    /// Starts the next object of the answer array.
    fn next_object(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.answers += 1;
        out.write_all(if self.answers == 1 { b"[\n  " } else { b",\n  " })
    }
}

/// `s` as a JSON string literal, quotes included (RFC 8259: `"` and `\` escaped, control characters as
/// `\n`-style or `\u00XX` escapes, everything else as UTF-8).
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0C}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn optional(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_owned(), string)
}

/// One answer: `code`, `name`, `category`, `description` (an alias's own, old meaning where it has one),
/// `known`, `deprecated` and `deprecated_since` (of the name itself), `alias_of` (null for a canonical
/// name, else `{name, description}` of the code it now stands for) and `aliases` (every alias of the code,
/// as `{name, deprecated, deprecated_since, description}`), `first_seen` (the first SDK release that defines
/// the name; null for an unknown code) and, with `--sdk`, `sdk_release` (the release whose table answered).
pub fn answer_object(answer: Answer, release: Option<SdkRelease>) -> String {
    let alias_of = answer.alias_of().map_or_else(
        || "null".to_owned(),
        |canonical| {
            format!(
                "{{\"name\":{},\"description\":{}}}",
                string(canonical.name()),
                string(canonical.description())
            )
        },
    );
    let aliases: Vec<String> = answer
        .aliases()
        .into_iter()
        .map(|alias| {
            format!(
                "{{\"name\":{},\"deprecated\":{},\"deprecated_since\":{},\"description\":{}}}",
                string(alias.name()),
                alias.is_deprecated(),
                optional(alias.deprecated_since()),
                optional(alias.own_description()),
            )
        })
        .collect();
    format!(
        "{{\"code\":{},\"name\":{},\"category\":{},\"description\":{},\"known\":{},\"deprecated\":{},\
         \"deprecated_since\":{},\"alias_of\":{alias_of},\"aliases\":[{}],\"first_seen\":{}{}}}",
        answer.code(),
        string(answer.name()),
        string(answer.category().name()),
        string(answer.description()),
        answer.is_known(),
        answer.is_deprecated(),
        optional(answer.deprecated_since()),
        aliases.join(","),
        optional(answer.first_seen().map(SdkRelease::as_str)),
        release.map_or_else(String::new, |r| format!(",\"sdk_release\":{}", string(r.as_str()))),
    )
}

/// One code found in a log: `offset` (bytes from the start of its line), `text` (as written), `code`,
/// `name`, `category`, `description`, and `alias_of` (the canonical name when the text is an alias, else
/// null).
pub fn code_object(offset: u64, found: Found<'_>) -> String {
    let answer = found.answer;
    format!(
        "{{\"offset\":{offset},\"text\":{},\"code\":{},\"name\":{},\"category\":{},\"description\":{},\"alias_of\":{}}}",
        string(&String::from_utf8_lossy(found.text)),
        answer.code(),
        string(answer.name()),
        string(answer.category().name()),
        string(answer.description()),
        optional(answer.alias_of().map(|canonical| canonical.name())),
    )
}

impl Printer for Json {
    fn answer(&mut self, out: &mut dyn Write, answer: Answer) -> io::Result<()> {
        self.next_object(out)?;
        out.write_all(answer_object(answer, self.release).as_bytes())
    }

    /// `name`, `id` (the C enum's value), `codes` and `aliases` (how many of each it holds).
    fn category(&mut self, out: &mut dyn Write, count: CategoryCount) -> io::Result<()> {
        self.next_object(out)?;
        write!(
            out,
            "{{\"name\":{},\"id\":{},\"codes\":{},\"aliases\":{}}}",
            string(count.category.name()),
            count.category as i32,
            count.codes,
            count.aliases
        )
    }

    fn end_answers(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.answers == 0 { b"[]\n" } else { b"\n]\n" })
    }

    fn begin_input(&mut self, name: &str) {
        self.file = string(name);
        self.newlines = 0;
        self.column = 0;
        self.line_codes = 0;
    }

    fn input(&mut self, _: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
        if newlines == 0 {
            self.column += bytes.len() as u64;
        } else {
            self.newlines += newlines as u64;
            let last = bytes.iter().rposition(|&b| b == b'\n').unwrap_or(0);
            self.column = (bytes.len() - last - 1) as u64;
        }
        Ok(())
    }

    fn code(&mut self, out: &mut dyn Write, found: Found<'_>) -> io::Result<()> {
        if self.line_codes == 0 {
            write!(
                out,
                "{{\"file\":{},\"line\":{},\"codes\":[",
                self.file,
                self.newlines + 1
            )?;
        } else {
            out.write_all(b",")?;
        }
        self.line_codes += 1;
        out.write_all(code_object(self.column, found).as_bytes())
    }

    fn end_line(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.line_codes = 0;
        out.write_all(b"]}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(string("plain"), r#""plain""#);
        assert_eq!(string(r#"a "quoted" \ path"#), r#""a \"quoted\" \\ path""#);
        assert_eq!(string("tab\tnl\ncr\rbs\u{8}ff\u{c}"), r#""tab\tnl\ncr\rbs\bff\f""#);
        assert_eq!(string("\u{0}\u{1f}\u{7f}"), "\"\\u0000\\u001f\u{7f}\"");
        assert_eq!(string("picture's ü €"), "\"picture's ü €\"");
    }

    #[test]
    fn answers_are_one_array_with_an_object_per_line() {
        let mut json = Json::new(None);
        let mut out = Vec::new();
        json.end_answers(&mut out).unwrap();
        assert_eq!(out, b"[]\n");
        let mut json = Json::new(None);
        let mut out = Vec::new();
        for code in [-714, -102] {
            json.answer(&mut out, Answer::of_code(code)).unwrap();
        }
        json.end_answers(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!((lines[0], lines[3]), ("[", "]"));
        assert!(
            lines[1].starts_with("  {\"code\":-714,") && lines[1].ends_with("},"),
            "{text}"
        );
        assert!(
            lines[2].starts_with("  {\"code\":-102,") && lines[2].ends_with('}'),
            "{text}"
        );
    }

    #[test]
    fn offsets_and_line_numbers_follow_the_input_however_it_is_cut() {
        let answer = Answer::of_code(-714);
        let mut json = Json::new(None);
        let mut out = Vec::new();
        json.begin_input("a \"log\"");
        for piece in [&b"first\nsec"[..], b"ond\n", b"", b"\r\nrc="] {
            json.input(&mut out, piece).unwrap();
        }
        json.code(&mut out, Found { text: b"-714", answer }).unwrap();
        json.input(&mut out, b"-714").unwrap();
        json.end_line(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("{\"file\":\"a \\\"log\\\"\",\"line\":4,\"codes\":[{\"offset\":3,\"text\":\"-714\","),
            "{text}"
        );
        assert!(text.ends_with("]}\n"), "{text}");
    }
}
