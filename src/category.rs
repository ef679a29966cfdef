//! The families of return codes, decided by numeric range.
//!
//! The SDK groups its codes by range, mostly by hundreds, so a code that a newer SDK adds still lands in the
//! right family even though this table does not know its name. The categories and their ranges are data
//! (data/categories.tsv).
//!
//! ```
//! use bs_errno::Category;
//! assert_eq!(Category::of(-714), Category::Database);
//! assert_eq!(Category::of(-799), Category::Database); // unknown to the table, but in the -7xx range
//! assert_eq!(Category::Database.name(), "database");
//! assert_eq!(Category::of(0), Category::Unknown);
//! ```

use core::ffi::CStr;
use core::fmt;

use crate::table;

pub use crate::rows::Category;

impl Category {
    /// The category of any code, by the numeric ranges of data/categories.tsv; codes outside every range
    /// are [`Category::Unknown`].
    #[inline]
    pub fn of(code: i32) -> Category {
        table::category_of(code)
    }

    /// The category with this discriminant, or `None`; C callers can pass any `int`.
    pub const fn from_raw(raw: i32) -> Option<Category> {
        if raw >= 0 && (raw as usize) < Category::ALL.len() {
            Some(Category::ALL[raw as usize])
        } else {
            None
        }
    }

    /// The lowercase name used by the data file, the CLI and Python: `"wireless_lock"`, `"file_io"`, ...
    pub fn name(self) -> &'static str {
        self.name_c().to_str().unwrap_or("unknown")
    }

    /// [`Category::name`] as a C string.
    pub fn name_c(self) -> &'static CStr {
        table::category_name(self)
    }

    /// The category with this lowercase name (as [`Category::name`] gives it), ignoring ASCII case.
    ///
    /// ```
    /// use bs_errno::Category;
    /// assert_eq!(Category::from_name("wireless_lock"), Some(Category::WirelessLock));
    /// assert_eq!(Category::from_name("ZONE"), Some(Category::Zone));
    /// assert_eq!(Category::from_name("nope"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(name))
    }

    /// True for [`Category::Success`].
    pub const fn is_success(self) -> bool {
        matches!(self, Category::Success)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
