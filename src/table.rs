//! Every lookup structure, built at compile time from the generated rows (`rows.rs`, a Rust copy of
//! `data/`), the same way for codes, names, categories and releases: const functions over the rows, checked
//! by compile-time assertions, baked into `static` data. Nothing here allocates or initialises lazily.
//!
//! Every string lives in one NUL-separated blob addressed by 16-bit offsets (as glibc and zstd do for
//! their message tables), so the shared library carries no pointer tables and no relocations for them, and
//! a C caller gets a pointer straight into static memory. A code is found in O(1) through a two-level page
//! index; a name by binary search over a name-sorted index; a category through a table by hundreds; a
//! value's name in an older release through the first release that gives it its current name, and a short
//! list of older names before that.

use core::ffi::CStr;

use crate::rows::{ALIASES, CATEGORY_NAMES, CATEGORY_RANGES, CODES, Category, HISTORY, RELEASES};

// ---- the string blob ----------------------------------------------------------------------------------

/// A string inside [`TEXT`]: `len` bytes from `start`, followed by a NUL.
#[derive(Clone, Copy)]
pub(crate) struct Span {
    start: u16,
    len: u8,
}

impl Span {
    /// The empty string: the NUL that ends the blob.
    const EMPTY: Span = Span {
        start: (TEXT_LEN - 1) as u16,
        len: 0,
    };

    /// The span's bytes and the NUL after them.
    #[inline]
    fn bytes_with_nul(self) -> &'static [u8] {
        let start = self.start as usize;
        // SAFETY: spans are only made by `push` while the blob is built at compile time (and EMPTY is the
        // blob's last byte); the build asserts that each lies inside the blob, followed by a NUL.
        unsafe { TEXT.as_bytes().get_unchecked(start..=start + self.len as usize) }
    }

    #[inline]
    pub(crate) fn as_str(self) -> &'static str {
        let (_, text) = self.bytes_with_nul().split_last().unwrap_or((&0, &[]));
        // SAFETY: the blob is ASCII (asserted when it is built), so any run of its bytes is UTF-8.
        unsafe { core::str::from_utf8_unchecked(text) }
    }

    #[inline]
    pub(crate) fn as_c_str(self) -> &'static CStr {
        // SAFETY: a span holds no NUL and is followed by one (asserted when the blob is built).
        unsafe { CStr::from_bytes_with_nul_unchecked(self.bytes_with_nul()) }
    }
}

// ---- names ----------------------------------------------------------------------------------------------

/// How a name relates to its value, as bits of [`NameEntry::flags`].
pub(crate) const ALIAS: u8 = 1;
pub(crate) const DEPRECATED: u8 = 2;
/// A macro of the C header (every name but the vendor's C# spellings).
pub(crate) const C_MACRO: u8 = 4;
/// The data gives the name a description of its own (every canonical name; some aliases).
pub(crate) const OWN_DESCRIPTION: u8 = 8;

/// One name: the canonical name of a code (the first [`CODE_COUNT`] entries, ascending by code), then the
/// aliases and other spellings in the order of the data.
pub(crate) struct NameEntry {
    /// Today's value.
    pub(crate) code: i32,
    pub(crate) name: Span,
    /// What the code means under this name: its own description ([`OWN_DESCRIPTION`]), or for an alias
    /// without one, its canonical code's (resolved when the table is built).
    pub(crate) meaning: Span,
    /// Empty when the vendor states no version.
    pub(crate) deprecated_since: Span,
    /// Index of the canonical name of `code`.
    pub(crate) canonical: u16,
    pub(crate) flags: u8,
    /// The first release (an index of [`RELEASES`]) that defines the name, with any value.
    pub(crate) first_seen: u8,
}

pub(crate) const CODE_COUNT: usize = CODES.len();
pub(crate) const NAME_COUNT: usize = CODE_COUNT + ALIASES.len();
pub(crate) const RELEASE_COUNT: usize = RELEASES.len();

/// The longest name; a longer input cannot match, so C strings are read at most this far (+1).
pub(crate) const MAX_NAME_LEN: usize = {
    let (mut max, mut i) = (0, 0);
    while i < NAME_COUNT {
        if def_name(i).len() > max {
            max = def_name(i).len();
        }
        i += 1;
    }
    max
};

/// The name at `i` of the name index, straight from the rows.
const fn def_name(i: usize) -> &'static str {
    if i < CODE_COUNT {
        CODES[i].1
    } else {
        ALIASES[i - CODE_COUNT].0
    }
}

// ---- releases -------------------------------------------------------------------------------------------

/// One SDK release.
pub(crate) struct ReleaseEntry {
    pub(crate) parts: [u32; 4],
    pub(crate) version: Span,
    pub(crate) date: Span,
}

/// A value's name in the releases before the one that gives it its current name: in releases
/// `first..=last`, `code` was the name at index `name`.
#[derive(Clone, Copy)]
pub(crate) struct OldName {
    pub(crate) code: i32,
    pub(crate) first: u8,
    pub(crate) last: u8,
    pub(crate) name: u16,
}

const NO_RELEASE: u8 = u8::MAX;

// ---- building it all --------------------------------------------------------------------------------------

const fn text_len() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < CODE_COUNT {
        n += CODES[i].1.len() + 1 + CODES[i].2.len() + 1;
        i += 1;
    }
    let mut i = 0;
    while i < ALIASES.len() {
        let a = &ALIASES[i];
        n += a.0.len() + 1 + a.3.len() + 1 + a.4.len() + 1;
        i += 1;
    }
    let mut i = 0;
    while i < RELEASE_COUNT {
        n += RELEASES[i].0.len() + 1 + RELEASES[i].1.len() + 1;
        i += 1;
    }
    n + 1 // the empty string at the end, for empty spans
}

const TEXT_LEN: usize = text_len();

/// How many older names the history gives values (a count the build needs before it can fill them in).
const OLD_NAME_COUNT: usize = {
    let mut n = 0;
    let mut h = 0;
    while h < HISTORY.len() {
        if old_span(h).is_some() {
            n += 1;
        }
        h += 1;
    }
    n
};

/// Per canonical code: the first release whose table gives the value its current name, and the position
/// in [`OLD_NAMES`] of its first older name ([`NO_OLD_NAME`] when it has none).
#[derive(Clone, Copy)]
pub(crate) struct ReleaseSpan {
    pub(crate) answer_since: u8,
    pub(crate) first_old_name: u8,
}

pub(crate) const NO_OLD_NAME: u8 = u8::MAX;

struct Built {
    text: [u8; TEXT_LEN],
    names: [NameEntry; NAME_COUNT],
    releases: [ReleaseEntry; RELEASE_COUNT],
    spans: [ReleaseSpan; CODE_COUNT],
    old_names: [OldName; OLD_NAME_COUNT],
}

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

const fn bytes_equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
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

const fn code_position(code: i32) -> Option<usize> {
    let (mut lo, mut hi) = (0, CODE_COUNT);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if CODES[mid].0 < code {
            lo = mid + 1;
        } else if CODES[mid].0 > code {
            hi = mid;
        } else {
            return Some(mid);
        }
    }
    None
}

const fn name_position(name: &str) -> usize {
    let mut i = 0;
    while i < NAME_COUNT {
        if bytes_equal(def_name(i).as_bytes(), name.as_bytes()) {
            return i;
        }
        i += 1;
    }
    panic!("a name of the history is not a name of the table");
}

/// Four numbers separated by dots, as the release rows spell them.
const fn release_parts(version: &str) -> [u32; 4] {
    let bytes = version.as_bytes();
    let mut parts = [0u32; 4];
    let (mut part, mut i, mut digits) = (0, 0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'.' {
            assert!(digits > 0 && part < 3, "a release version is four numbers");
            part += 1;
            digits = 0;
        } else {
            assert!(b.is_ascii_digit() && digits < 9, "a release version is four numbers");
            parts[part] = parts[part] * 10 + (b - b'0') as u32;
            digits += 1;
        }
        i += 1;
    }
    assert!(part == 3 && digits > 0, "a release version is four numbers");
    parts
}

/// The index of a release named in the history; [`NO_RELEASE`] for "".
const fn release_position(version: &str) -> u8 {
    if version.is_empty() {
        return NO_RELEASE;
    }
    let mut r = 0;
    while r < RELEASE_COUNT {
        if bytes_equal(RELEASES[r].0.as_bytes(), version.as_bytes()) {
            return r as u8;
        }
        r += 1;
    }
    panic!("the history names a release that is not in the release list");
}

/// The first release that gives the canonical code at `i` its current name: the first release of the
/// history row pairing that name with that value (from then on the rule answers with it).
const fn answer_since(i: usize) -> u8 {
    let mut h = 0;
    while h < HISTORY.len() {
        let row = &HISTORY[h];
        if row.1 == CODES[i].0 && bytes_equal(row.0.as_bytes(), CODES[i].1.as_bytes()) {
            assert!(
                row.3.is_empty(),
                "a canonical code keeps its name to the newest release"
            );
            return release_position(row.2);
        }
        h += 1;
    }
    panic!("a canonical code has no history row");
}

/// The releases in which history row `h` is its value's name though not its current one: from its first
/// release to the last one before it ends, is deprecated, or the value gets its current name.
const fn old_span(h: usize) -> Option<(u8, u8)> {
    let row = &HISTORY[h];
    let Some(code) = code_position(row.1) else {
        panic!("every value of a release is a code today");
    };
    if bytes_equal(row.0.as_bytes(), CODES[code].1.as_bytes()) {
        return None; // the current name itself
    }
    let first = release_position(row.2);
    let mut end = answer_since(code); // exclusive
    let last = release_position(row.3);
    if last != NO_RELEASE && last + 1 < end {
        end = last + 1;
    }
    let deprecated = release_position(row.4);
    if deprecated != NO_RELEASE && deprecated < end {
        end = deprecated;
    }
    if first < end { Some((first, end - 1)) } else { None }
}

const fn build() -> Built {
    let mut b = Built {
        text: [0; TEXT_LEN],
        names: [const {
            NameEntry {
                code: 0,
                name: Span::EMPTY,
                meaning: Span::EMPTY,
                deprecated_since: Span::EMPTY,
                canonical: 0,
                flags: 0,
                first_seen: NO_RELEASE,
            }
        }; NAME_COUNT],
        releases: [const {
            ReleaseEntry {
                parts: [0; 4],
                version: Span::EMPTY,
                date: Span::EMPTY,
            }
        }; RELEASE_COUNT],
        spans: [ReleaseSpan {
            answer_since: 0,
            first_old_name: NO_OLD_NAME,
        }; CODE_COUNT],
        old_names: [const {
            OldName {
                code: 0,
                first: 0,
                last: 0,
                name: 0,
            }
        }; OLD_NAME_COUNT],
    };
    let mut at = 0;
    let mut i = 0;
    while i < CODE_COUNT {
        let (code, name, description) = CODES[i];
        assert!(i == 0 || CODES[i - 1].0 < code, "codes must be sorted and unique");
        assert!(!description.is_empty(), "every code needs a description");
        assert!(i < u16::MAX as usize);
        b.names[i] = NameEntry {
            code,
            name: push(&mut b.text, &mut at, name),
            meaning: push(&mut b.text, &mut at, description),
            deprecated_since: Span::EMPTY,
            canonical: i as u16,
            flags: C_MACRO | OWN_DESCRIPTION,
            first_seen: NO_RELEASE,
        };
        b.spans[i].answer_since = answer_since(i);
        i += 1;
    }
    let mut a = 0;
    while a < ALIASES.len() {
        let (name, code, deprecated, since, description, c_macro) = ALIASES[a];
        let Some(canonical) = code_position(code) else {
            panic!("an alias stands for a code that is not in the table");
        };
        let mut flags = ALIAS;
        if deprecated {
            flags |= DEPRECATED;
        }
        if c_macro {
            flags |= C_MACRO;
        }
        let name = push(&mut b.text, &mut at, name);
        let own = push(&mut b.text, &mut at, description);
        let meaning = if description.is_empty() {
            b.names[canonical].meaning
        } else {
            flags |= OWN_DESCRIPTION;
            own
        };
        b.names[CODE_COUNT + a] = NameEntry {
            code,
            name,
            meaning,
            deprecated_since: push(&mut b.text, &mut at, since),
            canonical: canonical as u16,
            flags,
            first_seen: NO_RELEASE,
        };
        a += 1;
    }
    let mut r = 0;
    while r < RELEASE_COUNT {
        let (version, date) = RELEASES[r];
        let parts = release_parts(version);
        if r > 0 {
            let previous = b.releases[r - 1].parts;
            let mut k = 0;
            while k < 4 && previous[k] == parts[k] {
                k += 1;
            }
            assert!(k < 4 && previous[k] < parts[k], "releases must be oldest first");
        }
        b.releases[r] = ReleaseEntry {
            parts,
            version: push(&mut b.text, &mut at, version),
            date: push(&mut b.text, &mut at, date),
        };
        r += 1;
    }
    assert!(RELEASE_COUNT > 0 && RELEASE_COUNT < NO_RELEASE as usize);
    assert!(
        at + 1 == TEXT_LEN && b.text[TEXT_LEN - 1] == 0,
        "the blob ends with the empty string"
    );
    let mut i = 0;
    while i < TEXT_LEN {
        assert!(b.text[i] < 0x80, "the table text is ASCII");
        i += 1;
    }
    // First releases of the names, and the older names of values.
    let mut n = 0;
    let mut h = 0;
    while h < HISTORY.len() {
        let row = &HISTORY[h];
        let name = name_position(row.0);
        let first = release_position(row.2);
        assert!(first != NO_RELEASE, "every history row has a first release");
        if first < b.names[name].first_seen {
            b.names[name].first_seen = first;
        }
        if let Some((first, last)) = old_span(h) {
            b.old_names[n] = OldName {
                code: row.1,
                first,
                last,
                name: name as u16,
            };
            n += 1;
        }
        h += 1;
    }
    let mut i = 0;
    while i < NAME_COUNT {
        // The other spellings are no release's macros: they are as old as the name they spell.
        if b.names[i].first_seen == NO_RELEASE && b.names[i].flags & C_MACRO == 0 {
            b.names[i].first_seen = b.names[b.names[i].canonical as usize].first_seen;
        }
        assert!(
            b.names[i].first_seen != NO_RELEASE,
            "every name is defined by some release"
        );
        i += 1;
    }
    // Older names sorted by code (insertion sort: a handful of rows), and at most one per value and release.
    let mut i = 1;
    while i < OLD_NAME_COUNT {
        let mut j = i;
        while j > 0 && b.old_names[j - 1].code > b.old_names[j].code {
            let (x, y) = (OldName { ..b.old_names[j - 1] }, OldName { ..b.old_names[j] });
            b.old_names[j - 1] = y;
            b.old_names[j] = x;
            j -= 1;
        }
        i += 1;
    }
    let mut i = 1;
    while i < OLD_NAME_COUNT {
        let (p, q) = (&b.old_names[i - 1], &b.old_names[i]);
        assert!(
            p.code != q.code || p.last < q.first || q.last < p.first,
            "one name per value and release"
        );
        i += 1;
    }
    assert!(OLD_NAME_COUNT < NO_OLD_NAME as usize);
    let mut i = OLD_NAME_COUNT;
    while i > 0 {
        i -= 1;
        let Some(code) = code_position(b.old_names[i].code) else {
            panic!("an older name's value is a code today");
        };
        b.spans[code].first_old_name = i as u8;
    }
    b
}

const BUILT: Built = build();
const TEXT_BYTES: &[u8; TEXT_LEN] = &BUILT.text;

/// Every string of the table, NUL-separated.
static TEXT: &str = match core::str::from_utf8(TEXT_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("table text must be UTF-8"),
};

/// Every name: the canonical codes ascending, then the aliases and spellings.
pub(crate) static NAMES: [NameEntry; NAME_COUNT] = BUILT.names;

/// The releases, oldest first.
pub(crate) static RELEASE_TABLE: [ReleaseEntry; RELEASE_COUNT] = BUILT.releases;

/// Per canonical code (in the order of [`NAMES`]): where its names in older releases are.
pub(crate) static RELEASE_SPANS: [ReleaseSpan; CODE_COUNT] = BUILT.spans;

/// The older names of values, ascending by code.
pub(crate) static OLD_NAMES: [OldName; OLD_NAME_COUNT] = BUILT.old_names;

/// The name (a position in [`NAMES`]) that release `release` gave the canonical code at `index`, or `None`
/// when that release did not define it.
#[inline]
pub(crate) fn name_in_release(index: usize, release: u8) -> Option<usize> {
    let span = *RELEASE_SPANS.get(index)?;
    if release >= span.answer_since {
        return Some(index);
    }
    // Older names, ascending by code: a handful at most, contiguous for one code.
    let code = NAMES.get(index)?.code;
    let mut at = span.first_old_name as usize;
    while let Some(old) = OLD_NAMES.get(at) {
        if old.code != code {
            break;
        }
        if old.first <= release && release <= old.last {
            return Some(old.name as usize);
        }
        at += 1;
    }
    None
}

// ---- O(1) lookup by code: a page table over [MIN_CODE, MAX_CODE], with storage only for pages in use ----

const MIN_CODE: i32 = CODES[0].0;
const MAX_CODE: i32 = CODES[CODE_COUNT - 1].0;
const PAGE_BITS: u32 = 5;
const PAGE_SIZE: usize = 1 << PAGE_BITS;
const PAGE_COUNT: usize = ((MAX_CODE as i64 - MIN_CODE as i64) as usize + 1).div_ceil(PAGE_SIZE);
const NO_PAGE: u8 = u8::MAX;
const NO_ENTRY: u16 = u16::MAX;

const fn page_of(code: i32) -> usize {
    (code as i64 - MIN_CODE as i64) as usize >> PAGE_BITS
}

const USED_PAGES: usize = {
    let (mut count, mut last, mut i) = (0, usize::MAX, 0);
    while i < CODE_COUNT {
        let page = page_of(CODES[i].0);
        if page != last {
            count += 1;
            last = page;
        }
        i += 1;
    }
    count
};
const _: () = assert!(USED_PAGES < NO_PAGE as usize && CODE_COUNT < NO_ENTRY as usize);

struct CodeIndex {
    page_slot: [u8; PAGE_COUNT],
    pages: [[u16; PAGE_SIZE]; USED_PAGES],
}

static CODE_INDEX: CodeIndex = {
    let mut index = CodeIndex {
        page_slot: [NO_PAGE; PAGE_COUNT],
        pages: [[NO_ENTRY; PAGE_SIZE]; USED_PAGES],
    };
    let (mut next_slot, mut i) = (0, 0);
    while i < CODE_COUNT {
        let offset = (CODES[i].0 as i64 - MIN_CODE as i64) as usize;
        let page = offset >> PAGE_BITS;
        if index.page_slot[page] == NO_PAGE {
            index.page_slot[page] = next_slot as u8;
            next_slot += 1;
        }
        index.pages[index.page_slot[page] as usize][offset & (PAGE_SIZE - 1)] = i as u16;
        i += 1;
    }
    index
};

/// The position of `code` among the canonical codes (and in [`NAMES`]), for any `i32`.
#[inline]
pub(crate) fn index_of(code: i32) -> Option<usize> {
    // Codes below MIN_CODE or far above it wrap to huge offsets and miss the page table.
    let offset = code.wrapping_sub(MIN_CODE) as u32 as usize;
    let slot = *CODE_INDEX.page_slot.get(offset >> PAGE_BITS)?;
    let page = CODE_INDEX.pages.get(slot as usize)?;
    let entry = page[offset & (PAGE_SIZE - 1)];
    if entry == NO_ENTRY { None } else { Some(entry as usize) }
}

// ---- lookup by name: the name index sorted by name -----------------------------------------------------------

/// A bottom-up merge sort, since const evaluation cannot call `sort`.
static NAME_ORDER: [u16; NAME_COUNT] = {
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
};

/// The position of a name in [`NAMES`], exactly (case-sensitive), for any bytes.
pub(crate) fn find_name(name: &[u8]) -> Option<usize> {
    if name.len() > MAX_NAME_LEN {
        return None;
    }
    let (mut lo, mut hi) = (0, NAME_ORDER.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let index = *NAME_ORDER.get(mid)? as usize;
        match NAMES.get(index)?.name.as_str().as_bytes().cmp(name) {
            core::cmp::Ordering::Less => lo = mid + 1,
            core::cmp::Ordering::Greater => hi = mid,
            core::cmp::Ordering::Equal => return Some(index),
        }
    }
    None
}

// ---- categories: a table by hundreds --------------------------------------------------------------------

/// A hundred codes: all in one category, or shared by the ranges `SPLIT_RANGES[start..end]` (and unknown
/// between them).
#[derive(Clone, Copy)]
pub(crate) enum Bucket {
    Whole(Category),
    Split { start: u8, end: u8 },
}

const fn category_by_scan(code: i64) -> Category {
    let mut i = 0;
    while i < CATEGORY_RANGES.len() {
        let (low, high, category) = CATEGORY_RANGES[i];
        if low as i64 <= code && code <= high as i64 {
            return category;
        }
        i += 1;
    }
    Category::Unknown
}

/// The finite range ends, lowest and highest (success's open end, i32::MAX, is not one).
const RANGE_ENDS: (i64, i64) = {
    let (mut low, mut high, mut i) = (i64::MAX, i64::MIN, 0);
    while i < CATEGORY_RANGES.len() {
        let (l, h, _) = CATEGORY_RANGES[i];
        let mut k = 0;
        while k < 2 {
            let end = if k == 0 { l } else { h } as i64;
            if end != i32::MIN as i64 && end != i32::MAX as i64 {
                if end < low {
                    low = end;
                }
                if end > high {
                    high = end;
                }
            }
            k += 1;
        }
        i += 1;
    }
    assert!(low <= high, "no finite range ends");
    (low, high)
};

/// The first code of the first bucket: buckets start one above a multiple of 100, so that -799..-700 is one.
pub(crate) const TABLE_LOW: i32 = (RANGE_ENDS.0 - (RANGE_ENDS.0 - 1).rem_euclid(100)) as i32;
const BUCKET_COUNT: usize = ((RANGE_ENDS.1 - TABLE_LOW as i64) / 100 + 1) as usize;
/// The category of every code below [`TABLE_LOW`], and above the last bucket.
pub(crate) const BELOW: Category = category_by_scan(TABLE_LOW as i64 - 1);
pub(crate) const ABOVE: Category = category_by_scan(TABLE_LOW as i64 + 100 * BUCKET_COUNT as i64);

const fn split_count() -> usize {
    let (mut n, mut b) = (0, 0);
    while b < BUCKET_COUNT {
        let first = TABLE_LOW as i64 + 100 * b as i64;
        if !bucket_is_whole(first) {
            let mut i = 0;
            while i < CATEGORY_RANGES.len() {
                let (l, h, _) = CATEGORY_RANGES[i];
                if l as i64 <= first + 99 && first <= h as i64 {
                    n += 1;
                }
                i += 1;
            }
        }
        b += 1;
    }
    n
}

const fn bucket_is_whole(first: i64) -> bool {
    let whole = category_by_scan(first) as u8;
    let mut code = first;
    while code <= first + 99 {
        if category_by_scan(code) as u8 != whole {
            return false;
        }
        code += 1;
    }
    true
}

const SPLIT_COUNT: usize = split_count();

struct CategoryTable {
    buckets: [Bucket; BUCKET_COUNT],
    split: [(i32, i32, Category); SPLIT_COUNT],
}

static CATEGORY_TABLE: CategoryTable = {
    assert!(SPLIT_COUNT <= u8::MAX as usize, "too many ranges split the hundreds");
    let mut t = CategoryTable {
        buckets: [Bucket::Whole(Category::Unknown); BUCKET_COUNT],
        split: [(0, 0, Category::Unknown); SPLIT_COUNT],
    };
    let (mut n, mut b) = (0, 0);
    while b < BUCKET_COUNT {
        let first = TABLE_LOW as i64 + 100 * b as i64;
        if bucket_is_whole(first) {
            t.buckets[b] = Bucket::Whole(category_by_scan(first));
        } else {
            let start = n;
            let mut i = 0;
            while i < CATEGORY_RANGES.len() {
                let (l, h, c) = CATEGORY_RANGES[i];
                if l as i64 <= first + 99 && first <= h as i64 {
                    t.split[n] = (l, h, c);
                    n += 1;
                }
                i += 1;
            }
            t.buckets[b] = Bucket::Split {
                start: start as u8,
                end: n as u8,
            };
        }
        b += 1;
    }
    t
};

/// The category of any code, through the table by hundreds: a subtraction, a division by a constant and a
/// load; only the few hundreds that several ranges share are searched.
#[inline]
pub(crate) fn category_of(code: i32) -> Category {
    let offset = code as i64 - TABLE_LOW as i64;
    if offset < 0 {
        return BELOW;
    }
    match CATEGORY_TABLE.buckets.get((offset / 100) as usize) {
        None => ABOVE,
        Some(Bucket::Whole(category)) => *category,
        Some(&Bucket::Split { start, end }) => {
            let ranges = CATEGORY_TABLE.split.get(start as usize..end as usize).unwrap_or(&[]);
            for &(low, high, category) in ranges {
                if low <= code && code <= high {
                    return category;
                }
            }
            Category::Unknown
        }
    }
}

/// The lowercase name of a category, as a C string.
pub(crate) fn category_name(category: Category) -> &'static CStr {
    CATEGORY_NAME_TEXT.get(category as usize).copied().unwrap_or(c"unknown")
}

static CATEGORY_NAME_TEXT: [&CStr; CATEGORY_NAMES.len()] = CATEGORY_NAMES;
