//! The exit statuses.

/// Everything was found (or annotated); `--help`, `--version`.
pub const FOUND: u8 = 0;
/// Some lookup, list or search found nothing.
pub const NOT_FOUND: u8 = 1;
/// The command line was refused, an input could not be read, or the output could not be written.
pub const FAILURE: u8 = 2;
