//! [`Error`]: a return code that is not a success, as a Rust error, and [`check`].

use core::fmt;

use crate::category::Category;
use crate::info::{self, ErrorInfo, Line};

/// A return code that is not a success, as a Rust error.
///
/// ```
/// use bs_errno::{Category, check};
/// assert_eq!(check(1), Ok(1));
/// assert_eq!(check(2), Ok(2)); // BS_SDK_DURESS_SUCCESS is a success too
/// let err = check(-714).unwrap_err();
/// assert_eq!(err.category(), Category::Database);
/// assert_eq!(err.to_string(), "BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Error {
    code: i32,
}

impl Error {
    /// The return code.
    pub fn code(self) -> i32 {
        self.code
    }

    /// The table's answer for it, if the code is known.
    pub fn info(self) -> Option<ErrorInfo> {
        info::lookup(self.code)
    }

    /// Its category (by range, so unknown codes still get their family).
    pub fn category(self) -> Category {
        Category::of(self.code)
    }

    /// Its description, or [`UNKNOWN_DESCRIPTION`](crate::UNKNOWN_DESCRIPTION).
    pub fn description(self) -> &'static str {
        info::description(self.code)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Line::new(self.code, self.info()).fmt(f)
    }
}

impl core::error::Error for Error {}

/// `Ok(code)` for every success code, `Err` for everything else (errors, 0 and unknown codes).
pub fn check(code: i32) -> Result<i32, Error> {
    if Category::of(code).is_success() {
        Ok(code)
    } else {
        Err(Error { code })
    }
}
