//! The lookup structures, all computed at compile time from the generated rows in `codes.rs`.
//!
//! Every string lives in one NUL-separated blob addressed by 16-bit offsets (as glibc and zstd do for
//! their message tables), so the shared library carries no pointer tables and no relocations for them, and
//! a C caller gets a pointer straight into static memory. A code is found in O(1) through a two-level
//! page index over the range of known codes; a name by binary search over a name-sorted index. Nothing
//! here allocates or initialises lazily: all of it is `static` data baked in by const evaluation.

use core::ffi::c_char;

use crate::category::Category;
use crate::codes::{ALIAS_DEFS, CODE_DEFS};

/// A canonical code as the generated table spells it.
pub(crate) struct CodeDef {
    code: i32,
    name: &'static str,
    description: &'static str,
}

impl CodeDef {
    pub(crate) const fn new(code: i32, name: &'static str, description: &'static str) -> Self {
        CodeDef {
            code,
            name,
            description,
        }
    }
}

/// An alias as the generated table spells it: `canonical_code` is the value of the canonical constant.
pub(crate) struct AliasDef {
    canonical_code: i32,
    name: &'static str,
    deprecated: bool,
    deprecated_since: &'static str,
    description: &'static str,
}

impl AliasDef {
    pub(crate) const fn new(
        canonical_code: i32,
        name: &'static str,
        deprecated: bool,
        deprecated_since: &'static str,
        description: &'static str,
    ) -> Self {
        AliasDef {
            canonical_code,
            name,
            deprecated,
            deprecated_since,
            description,
        }
    }
}

/// A string inside [`TEXT`]: `len` bytes from `start`, followed by a NUL.
#[derive(Clone, Copy)]
pub(crate) struct Span {
    start: u16,
    len: u8,
}

impl Span {
    pub(crate) fn as_str(self) -> &'static str {
        let start = self.start as usize;
        TEXT.get(start..start + self.len as usize).unwrap_or("")
    }

    /// A pointer to the NUL-terminated copy of the string, for C.
    pub(crate) fn as_c_ptr(self) -> *const c_char {
        TEXT.as_ptr().wrapping_add(self.start as usize).cast()
    }

    pub(crate) fn is_empty(self) -> bool {
        self.len == 0
    }
}

/// A canonical code in its compiled form.
pub(crate) struct Entry {
    pub(crate) code: i32,
    pub(crate) name: Span,
    pub(crate) description: Span,
    pub(crate) category: Category,
}

/// An alias in its compiled form.
pub(crate) struct AliasEntry {
    pub(crate) name: Span,
    /// Index of the canonical code in [`ENTRIES`].
    pub(crate) canonical: u16,
    pub(crate) deprecated: bool,
    /// Empty when the vendor states no version.
    pub(crate) deprecated_since: Span,
    /// The alias's own (historical) description; empty when it has none.
    pub(crate) description: Span,
}

pub(crate) const CODE_COUNT: usize = CODE_DEFS.len();
pub(crate) const ALIAS_COUNT: usize = ALIAS_DEFS.len();
pub(crate) const NAME_COUNT: usize = CODE_COUNT + ALIAS_COUNT;

const fn text_len() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < CODE_COUNT {
        n += CODE_DEFS[i].name.len() + 1 + CODE_DEFS[i].description.len() + 1;
        i += 1;
    }
    let mut i = 0;
    while i < ALIAS_COUNT {
        let a = &ALIAS_DEFS[i];
        n += a.name.len() + 1 + a.deprecated_since.len() + 1 + a.description.len() + 1;
        i += 1;
    }
    n
}

const TEXT_LEN: usize = text_len();

struct Compiled {
    text: [u8; TEXT_LEN],
    entries: [Entry; CODE_COUNT],
    aliases: [AliasEntry; ALIAS_COUNT],
}

const EMPTY_SPAN: Span = Span { start: 0, len: 0 };

/// Appends `s` and a NUL to the blob; compile-time checks keep every string addressable and NUL-free.
const fn push(text: &mut [u8; TEXT_LEN], at: &mut usize, s: &str) -> Span {
    let bytes = s.as_bytes();
    assert!(
        *at <= u16::MAX as usize && bytes.len() <= u8::MAX as usize,
        "string table too large"
    );
    let mut j = 0;
    while j < bytes.len() {
        assert!(bytes[j] != 0, "interior NUL in a table string");
        text[*at + j] = bytes[j];
        j += 1;
    }
    text[*at + j] = 0;
    let span = Span {
        start: *at as u16,
        len: bytes.len() as u8,
    };
    *at += bytes.len() + 1;
    span
}

const fn compile() -> Compiled {
    let mut c = Compiled {
        text: [0; TEXT_LEN],
        entries: [const {
            Entry {
                code: 0,
                name: EMPTY_SPAN,
                description: EMPTY_SPAN,
                category: Category::Unknown,
            }
        }; CODE_COUNT],
        aliases: [const {
            AliasEntry {
                name: EMPTY_SPAN,
                canonical: 0,
                deprecated: false,
                deprecated_since: EMPTY_SPAN,
                description: EMPTY_SPAN,
            }
        }; ALIAS_COUNT],
    };
    let mut at = 0;
    let mut i = 0;
    while i < CODE_COUNT {
        let d = &CODE_DEFS[i];
        assert!(
            i == 0 || CODE_DEFS[i - 1].code < d.code,
            "codes must be sorted and unique"
        );
        assert!(!d.description.is_empty(), "every code needs a description");
        c.entries[i] = Entry {
            code: d.code,
            name: push(&mut c.text, &mut at, d.name),
            description: push(&mut c.text, &mut at, d.description),
            category: Category::of(d.code),
        };
        i += 1;
    }
    let mut i = 0;
    while i < ALIAS_COUNT {
        let d = &ALIAS_DEFS[i];
        let canonical = match binary_search_code(&c.entries, d.canonical_code) {
            Some(index) => index,
            None => panic!("an alias points at a code that is not in the table"),
        };
        c.aliases[i] = AliasEntry {
            name: push(&mut c.text, &mut at, d.name),
            canonical: canonical as u16,
            deprecated: d.deprecated,
            deprecated_since: push(&mut c.text, &mut at, d.deprecated_since),
            description: push(&mut c.text, &mut at, d.description),
        };
        i += 1;
    }
    assert!(at == TEXT_LEN);
    c
}

const fn binary_search_code(entries: &[Entry], code: i32) -> Option<usize> {
    let (mut lo, mut hi) = (0, entries.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if entries[mid].code < code {
            lo = mid + 1;
        } else if entries[mid].code > code {
            hi = mid;
        } else {
            return Some(mid);
        }
    }
    None
}

const COMPILED: Compiled = compile();

const TEXT_BYTES: &[u8; TEXT_LEN] = &COMPILED.text;

/// Every name and description, NUL-separated.
static TEXT: &str = match core::str::from_utf8(TEXT_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("table text must be UTF-8"),
};

/// The canonical codes, sorted by code.
pub(crate) static ENTRIES: [Entry; CODE_COUNT] = COMPILED.entries;

/// The aliases, sorted by code.
pub(crate) static ALIASES: [AliasEntry; ALIAS_COUNT] = COMPILED.aliases;

// ---- O(1) lookup by code: a page table over [MIN_CODE, MAX_CODE], with storage only for pages in use.

const MIN_CODE: i32 = CODE_DEFS[0].code;
const MAX_CODE: i32 = CODE_DEFS[CODE_COUNT - 1].code;
const PAGE_BITS: u32 = 5;
const PAGE_SIZE: usize = 1 << PAGE_BITS;
const PAGE_COUNT: usize = ((MAX_CODE as i64 - MIN_CODE as i64) as usize + 1).div_ceil(PAGE_SIZE);
const NO_PAGE: u8 = u8::MAX;
const NO_ENTRY: u16 = u16::MAX;

const fn page_of(code: i32) -> usize {
    (code as i64 - MIN_CODE as i64) as usize >> PAGE_BITS
}

const fn used_page_count() -> usize {
    let (mut count, mut last, mut i) = (0, usize::MAX, 0);
    while i < CODE_COUNT {
        let page = page_of(CODE_DEFS[i].code);
        if page != last {
            count += 1;
            last = page;
        }
        i += 1;
    }
    count
}

const USED_PAGES: usize = used_page_count();
const _: () = assert!(USED_PAGES < NO_PAGE as usize && CODE_COUNT < NO_ENTRY as usize);

struct CodeIndex {
    page_slot: [u8; PAGE_COUNT],
    pages: [[u16; PAGE_SIZE]; USED_PAGES],
}

const fn build_code_index() -> CodeIndex {
    let mut index = CodeIndex {
        page_slot: [NO_PAGE; PAGE_COUNT],
        pages: [[NO_ENTRY; PAGE_SIZE]; USED_PAGES],
    };
    let (mut next_slot, mut i) = (0, 0);
    while i < CODE_COUNT {
        let offset = (CODE_DEFS[i].code as i64 - MIN_CODE as i64) as usize;
        let page = offset >> PAGE_BITS;
        if index.page_slot[page] == NO_PAGE {
            index.page_slot[page] = next_slot as u8;
            next_slot += 1;
        }
        index.pages[index.page_slot[page] as usize][offset & (PAGE_SIZE - 1)] = i as u16;
        i += 1;
    }
    index
}

static CODE_INDEX: CodeIndex = build_code_index();

/// The position of `code` in [`ENTRIES`], for any `i32`.
#[inline]
pub(crate) fn index_of(code: i32) -> Option<usize> {
    // Codes below MIN_CODE or far above it wrap to huge offsets and miss the page table.
    let offset = code.wrapping_sub(MIN_CODE) as u32 as usize;
    let slot = *CODE_INDEX.page_slot.get(offset >> PAGE_BITS)?;
    let page = CODE_INDEX.pages.get(slot as usize)?;
    let entry = page[offset & (PAGE_SIZE - 1)];
    if entry == NO_ENTRY { None } else { Some(entry as usize) }
}

/// The compiled entry of a known code.
#[inline]
pub(crate) fn entry(code: i32) -> Option<&'static Entry> {
    ENTRIES.get(index_of(code)?)
}

// ---- Lookup by name: indices of all names (codes first, then aliases) sorted by name.

/// The name at `i` of the combined index: the codes of `CODE_DEFS`, then the aliases of `ALIAS_DEFS`.
pub(crate) const fn def_name(i: usize) -> &'static str {
    if i < CODE_COUNT {
        CODE_DEFS[i].name
    } else {
        ALIAS_DEFS[i - CODE_COUNT].name
    }
}

const fn bytes_less(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// A bottom-up merge sort, since const evaluation cannot call `sort`.
const fn sorted_name_order() -> [u16; NAME_COUNT] {
    let mut order = [0u16; NAME_COUNT];
    let mut i = 0;
    while i < NAME_COUNT {
        order[i] = i as u16;
        i += 1;
    }
    let mut scratch = [0u16; NAME_COUNT];
    let mut width = 1;
    while width < NAME_COUNT {
        let mut lo = 0;
        while lo < NAME_COUNT {
            let mid = if lo + width < NAME_COUNT {
                lo + width
            } else {
                NAME_COUNT
            };
            let hi = if lo + 2 * width < NAME_COUNT {
                lo + 2 * width
            } else {
                NAME_COUNT
            };
            let (mut a, mut b, mut k) = (lo, mid, lo);
            while k < hi {
                let take_b = a >= mid
                    || (b < hi
                        && bytes_less(
                            def_name(order[b] as usize).as_bytes(),
                            def_name(order[a] as usize).as_bytes(),
                        ));
                if take_b {
                    scratch[k] = order[b];
                    b += 1;
                } else {
                    scratch[k] = order[a];
                    a += 1;
                }
                k += 1;
            }
            lo = hi;
        }
        order = scratch;
        width *= 2;
    }
    let mut i = 1;
    while i < NAME_COUNT {
        assert!(
            bytes_less(
                def_name(order[i - 1] as usize).as_bytes(),
                def_name(order[i] as usize).as_bytes()
            ),
            "names must be unique"
        );
        i += 1;
    }
    order
}

static NAME_ORDER: [u16; NAME_COUNT] = sorted_name_order();

const fn max_name_len() -> usize {
    let (mut max, mut i) = (0, 0);
    while i < NAME_COUNT {
        if def_name(i).len() > max {
            max = def_name(i).len();
        }
        i += 1;
    }
    max
}

/// The longest macro name; a longer input cannot match, so C strings are read at most this far (+1).
pub(crate) const MAX_NAME_LEN: usize = max_name_len();

/// What a name refers to.
#[derive(Clone, Copy)]
pub(crate) enum Named {
    Code(&'static Entry),
    Alias(&'static AliasEntry),
}

fn name_at(i: u16) -> Option<Named> {
    let i = i as usize;
    match i.checked_sub(CODE_COUNT) {
        None => ENTRIES.get(i).map(Named::Code),
        Some(a) => ALIASES.get(a).map(Named::Alias),
    }
}

impl Named {
    pub(crate) fn name(self) -> Span {
        match self {
            Named::Code(e) => e.name,
            Named::Alias(a) => a.name,
        }
    }

    /// The canonical entry a name stands for.
    pub(crate) fn entry(self) -> Option<&'static Entry> {
        match self {
            Named::Code(e) => Some(e),
            Named::Alias(a) => ENTRIES.get(a.canonical as usize),
        }
    }
}

/// Finds a canonical or alias name, exactly (case-sensitive), for any bytes.
pub(crate) fn find_name(name: &[u8]) -> Option<Named> {
    name_at(find_name_index(name)?)
}

/// The position of a name in the combined index (see [`def_name`]), exactly (case-sensitive), for any bytes.
pub(crate) fn find_name_index(name: &[u8]) -> Option<u16> {
    if name.len() > MAX_NAME_LEN {
        return None;
    }
    let (mut lo, mut hi) = (0, NAME_ORDER.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let index = *NAME_ORDER.get(mid)?;
        match name_at(index)?.name().as_str().as_bytes().cmp(name) {
            core::cmp::Ordering::Less => lo = mid + 1,
            core::cmp::Ordering::Greater => hi = mid,
            core::cmp::Ordering::Equal => return Some(index),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_found_by_code_and_name() {
        for (i, e) in ENTRIES.iter().enumerate() {
            assert_eq!(index_of(e.code), Some(i));
            let found = find_name(e.name.as_str().as_bytes())
                .and_then(Named::entry)
                .map(|f| f.code);
            assert_eq!(found, Some(e.code));
        }
        for a in &ALIASES {
            let canonical = &ENTRIES[a.canonical as usize];
            let found = find_name(a.name.as_str().as_bytes())
                .and_then(Named::entry)
                .map(|f| f.code);
            assert_eq!(found, Some(canonical.code));
        }
    }

    #[test]
    fn gaps_and_extremes_miss() {
        let known: std::collections::HashSet<i32> = ENTRIES.iter().map(|e| e.code).collect();
        for code in (MIN_CODE - 1000)..=(MAX_CODE + 1000) {
            assert_eq!(index_of(code).is_some(), known.contains(&code), "code {code}");
        }
        for code in [
            i32::MIN,
            i32::MIN + 1,
            i32::MAX,
            i32::MAX - 1,
            MIN_CODE - 1,
            MAX_CODE + 1,
            0,
        ] {
            assert_eq!(index_of(code), None);
        }
    }

    #[test]
    fn spans_are_nul_terminated_in_text() {
        for e in &ENTRIES {
            for span in [e.name, e.description] {
                let end = span.start as usize + span.len as usize;
                assert_eq!(TEXT.as_bytes()[end], 0);
                assert!(!span.as_str().contains('\0'));
            }
        }
    }
}
