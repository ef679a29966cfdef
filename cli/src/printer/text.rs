//! The text form: one line per answer, `NAME CODE CATEGORY DESCRIPTION` and its remarks; and for
//! `--annotate`, the input itself with ` [NAME (CODE): DESCRIPTION]` appended to each line that holds codes,
//! once per meaning, before the line's ending.

use std::io::{self, Write};

use super::{Found, Printer};
use crate::answer::{Answer, SecondName};
use crate::table::CategoryCount;

#[derive(Default)]
pub struct Text {
    /// The meanings of the annotated line so far, each once, in order of first appearance.
    meanings: Vec<Answer>,
}

impl Text {
    pub fn new() -> Text {
        Text::default()
    }
}

/// The one-line form: `NAME CODE CATEGORY DESCRIPTION`, each field but the last free of spaces, then the
/// [`remarks`].
pub fn line(answer: Answer) -> String {
    format!(
        "{} {} {} {}{}",
        answer.name(),
        answer.code(),
        answer.category(),
        answer.description(),
        remarks(answer)
    )
}

/// The text appended to an annotated line for one meaning: ` [NAME (CODE): DESCRIPTION]`, with the remarks
/// of the one-line form before the `]`. Table text only, so it has no control characters.
pub fn annotation(answer: Answer) -> String {
    format!(
        " [{} ({}): {}{}]",
        answer.name(),
        answer.code(),
        answer.description(),
        remarks(answer)
    )
}

/// What follows the description, each part with a leading space and in parentheses: for a second name its
/// status (deprecated, alias, or the C# spelling) and its code's own name; for a code whose value an old, deprecated name meant differently, that old meaning; for
/// a value under an older release's name, today's name and meaning. Empty for most codes.
pub fn remarks(answer: Answer) -> String {
    let mut out = String::new();
    if let (Some(kind), Some(canonical)) = (answer.second_name(), answer.alias_of()) {
        let status = match kind {
            SecondName::Deprecated(Some(version)) => format!("deprecated since SDK {version}; now"),
            SecondName::Deprecated(None) => "deprecated; now".to_owned(),
            SecondName::Synonym => "alias of".to_owned(),
            SecondName::CsharpSpelling => "C# spelling of".to_owned(),
        };
        out += &format!(" ({status} {}", canonical.name());
        if canonical.description() != answer.description() {
            out += &format!(": {}", canonical.description());
        }
        out.push(')');
    }
    for old in answer.former_meanings() {
        let since = old
            .deprecated_since()
            .map(|v| format!(", deprecated since SDK {v}"))
            .unwrap_or_default();
        out += &format!(" (formerly {}{since}: {})", old.name(), old.description());
    }
    if let Some((release, today)) = answer.renamed_since() {
        let description = if today.is_known() { today.description() } else { "" };
        out += &format!(" (in SDK {release}; today {}: {description})", today.name());
    }
    out
}

impl Printer for Text {
    fn answer(&mut self, out: &mut dyn Write, answer: Answer) -> io::Result<()> {
        writeln!(out, "{}", line(answer))
    }

    fn category(&mut self, out: &mut dyn Write, count: CategoryCount) -> io::Result<()> {
        writeln!(out, "{} {}", count.category.name(), count.codes)
    }

    fn end_answers(&mut self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn begin_input(&mut self, _: &str) {
        self.meanings.clear();
    }

    fn input(&mut self, out: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        out.write_all(bytes)
    }

    fn code(&mut self, _: &mut dyn Write, found: Found<'_>) -> io::Result<()> {
        if !self.meanings.iter().any(|m| m.same_as(found.answer)) {
            self.meanings.push(found.answer);
        }
        Ok(())
    }

    fn end_line(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let mut text = String::new();
        for meaning in self.meanings.drain(..) {
            text += &annotation(meaning);
        }
        out.write_all(text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::Table;

    #[test]
    fn annotations_are_table_text_without_controls() {
        for answer in Table::TODAY.every_name() {
            let text = annotation(answer);
            assert!(text.starts_with(" [BS_SDK_") && text.ends_with(']'), "{text}");
            assert!(!text.chars().any(char::is_control), "{text:?}");
        }
        assert_eq!(
            annotation(Answer::of_code(-714)),
            " [BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.]"
        );
    }

    #[test]
    fn a_line_names_each_meaning_once_before_its_ending() {
        let mut text = Text::new();
        let mut out = Vec::new();
        let answer = Answer::of_code(-714);
        text.begin_input("-");
        text.input(&mut out, b"rc=").unwrap();
        for _ in 0..2 {
            text.code(&mut out, Found { text: b"-714", answer }).unwrap();
            text.input(&mut out, b"-714 ").unwrap();
        }
        text.end_line(&mut out).unwrap();
        text.input(&mut out, b"\r\n").unwrap();
        let expected = format!("rc=-714 -714 {}\r\n", annotation(answer));
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }
}
