//! What the fuzz targets compare with: answers computed from the data files (`bs-errno-data`, a plain
//! reader of `data/`) by rules written here from the documentation, never by the library under test.

use std::collections::HashMap;
use std::ffi::{CStr, CString, c_char};
use std::path::Path;
use std::sync::OnceLock;

use bs_errno_data::{Data, History};

/// The data files, read once per process.
pub struct Reference {
    pub data: Data,
    pub history: History,
    /// Every name a name lookup accepts (canonical names, alias macros, the C# spellings) and its value.
    pub names: HashMap<String, i32>,
}

pub fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        // The checkout this crate is in (fuzz/..): cargo-fuzz runs the targets from fuzz/, a workspace of its
        // own, where bs_errno_data::project_root() would stop; and fuzz/target is always inside the checkout.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("fuzz/ has a parent")
            .to_path_buf();
        let data = bs_errno_data::load(&root).expect("data/ reads");
        let history = bs_errno_data::load_history(&root, &data.rows).expect("data/ history reads");
        let names = data.rows.iter().map(|row| (row.name.clone(), row.code)).collect();
        Reference { data, history, names }
    })
}

/// The value of a name, by exact match over every name of the data; `None` for anything else.
pub fn value_of_name(bytes: &[u8]) -> Option<i32> {
    let text = std::str::from_utf8(bytes).ok()?;
    reference().names.get(text).copied()
}

/// The one-line form of `code` as `release` (an index; `None`: today's table) named it:
/// `NAME (code): description`, or `UNKNOWN (code): Unknown error code (category: NAME).` where that table
/// does not define the code.
pub fn line(release: Option<usize>, code: i32) -> String {
    let reference = reference();
    let named = match release {
        None => reference
            .data
            .codes()
            .find(|row| row.code == code)
            .map(|row| (row.name.as_str(), row.description.as_str())),
        Some(index) => reference
            .history
            .answer(index, code)
            .expect("the release rule gives one name")
            .map(|name| (name, reference.history.description_of(name))),
    };
    match named {
        Some((name, description)) => format!("{name} ({code}): {description}"),
        None => unknown_line(code),
    }
}

/// The one-line form of a code a table does not define, with the category its range gives.
pub fn unknown_line(code: i32) -> String {
    format!(
        "UNKNOWN ({code}): Unknown error code (category: {}).",
        reference().data.category_of(code).name
    )
}

/// `bytes` up to the first NUL, as the C string a C caller would pass.
pub fn c_string(bytes: &[u8]) -> CString {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).expect("no NUL before the end")
}

/// A static string an export returned.
///
/// # Safety
/// `pointer` is NULL (which fails the assertion) or a static NUL-terminated string, as every export that
/// returns a string promises.
pub unsafe fn text(pointer: *const c_char) -> &'static str {
    assert!(!pointer.is_null(), "an export returned NULL where a string is promised");
    // SAFETY: the caller's contract.
    unsafe { CStr::from_ptr(pointer) }
        .to_str()
        .expect("an export returned non-UTF-8")
}
