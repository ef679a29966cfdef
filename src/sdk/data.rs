// generated — do not edit. Rendered by `cargo xtask generate` from data/releases.tsv and data/history.tsv
// (with data/codes.tsv); edit the data files and regenerate (a test fails when this file is stale).

//! The 14 SDK releases and what each defined, compressed: a value has its current name from one
//! release on, and before that possibly older names, each over a span of releases.

use super::{OldName, ReleaseDef};

/// The releases, oldest first.
pub(super) const RELEASE_DEFS: [ReleaseDef; 14] = [
    ReleaseDef::new([2, 6, 2, 5], "2.6.2.5", c"2.6.2.5", "2019-02-27"),
    ReleaseDef::new([2, 6, 3, 5], "2.6.3.5", c"2.6.3.5", "2019-07-30"),
    ReleaseDef::new([2, 7, 0, 0], "2.7.0.0", c"2.7.0.0", "2020-07-31"),
    ReleaseDef::new([2, 7, 1, 0], "2.7.1.0", c"2.7.1.0", "2020-09-03"),
    ReleaseDef::new([2, 7, 1, 1], "2.7.1.1", c"2.7.1.1", "2020-09-28"),
    ReleaseDef::new([2, 7, 2, 4], "2.7.2.4", c"2.7.2.4", "2020-11-12"),
    ReleaseDef::new([2, 7, 2, 12], "2.7.2.12", c"2.7.2.12", "2020-12-15"),
    ReleaseDef::new([2, 7, 2, 17], "2.7.2.17", c"2.7.2.17", "2021-04-13"),
    ReleaseDef::new([2, 8, 0, 6], "2.8.0.6", c"2.8.0.6", "2021-06-17"),
    ReleaseDef::new([2, 8, 2, 9], "2.8.2.9", c"2.8.2.9", "2022-04-25"),
    ReleaseDef::new([2, 9, 1, 0], "2.9.1.0", c"2.9.1.0", "2023-03-07"),
    ReleaseDef::new([2, 9, 6, 0], "2.9.6.0", c"2.9.6.0", "2024-02-27"),
    ReleaseDef::new([2, 9, 9, 1], "2.9.9.1", c"2.9.9.1", "2025-08-02"),
    ReleaseDef::new([2, 9, 12, 0], "2.9.12.0", c"2.9.12.0", "2026-01-07"),
];

/// Per canonical code, in the order of `CODE_DEFS`: the first release (an index of `RELEASE_DEFS`) whose
/// table gives the value its current name; every later release does too.
pub(super) const ANSWER_SINCE: [u8; 339] = [
    6, 5, 2, 2, 2, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 13, 13, 13, 13, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
    10, 2, 0, 0, 5, 5, 0, 5, 5, 0, 7, 0, 0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 1, 1,
    1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 2, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 11, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 13, 13, 12, 12, 13, 13, 13, 12, 3, 3, 3, 3, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 5, 5, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 13,
];

/// Per name, the codes of `CODE_DEFS` then the aliases of `ALIAS_DEFS`: the first release that defines it.
pub(super) const FIRST_SEEN: [u8; 349] = [
    6, 5, 2, 2, 2, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 13, 13, 13, 13, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
    10, 2, 0, 0, 5, 5, 0, 5, 5, 0, 7, 0, 0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 1, 1,
    1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 2, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 11, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 13, 13, 12, 12, 13, 13, 13, 12, 3, 3, 3, 3, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 5, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 13, 0, 0, 0, 0, 0, 0, 0, 3, 3, 5,
];

/// The older names of values, ascending by code: in releases `first..=last` the value was this name.
pub(super) const OLD_NAMES: [OldName; 19] = [
    OldName::new(-3005, 0, 4, "BS_SDK_ERROR_SSL_VERIFY_CA"), // 2.6.2.5 .. 2.7.1.1
    OldName::new(-3004, 0, 4, "BS_SDK_ERROR_SSL_INVALID_CA"), // 2.6.2.5 .. 2.7.1.1
    OldName::new(-3002, 0, 4, "BS_SDK_ERROR_SSL_IS_NOT_CONNECTED"), // 2.6.2.5 .. 2.7.1.1
    OldName::new(-3001, 0, 4, "BS_SDK_ERROR_SSL_EXIST"), // 2.6.2.5 .. 2.7.1.1
    OldName::new(-1208, 0, 4, "BS_SDK_ERROR_SET_FIRE_ALARM"), // 2.6.2.5 .. 2.7.1.1
    OldName::new(-1207, 0, 1, "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION"), // 2.6.2.5 .. 2.6.3.5
    OldName::new(-763, 3, 11, "BS_SDK_ERROR_USER_IMAGE_EX_FULL"), // 2.7.1.0 .. 2.9.6.0
    OldName::new(-330, 3, 4, "BS_SDK_ERROR_MATCH_FAIL"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-329, 3, 4, "BS_SDK_ERROR_OCCLUDED_MOUTH"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-328, 3, 4, "BS_SDK_ERROR_NOT_LOOKING_FRONT"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-327, 3, 4, "BS_SDK_ERROR_UNOPENED_EYES"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-326, 3, 4, "BS_SDK_ERROR_OVERLAPPED_FACE"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-325, 3, 4, "BS_SDK_ERROR_ROTATED_FACE"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-324, 3, 4, "BS_SDK_ERROR_BIASED_DETECTION"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-323, 3, 4, "BS_SDK_ERROR_LARGE_DETECTION"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-322, 3, 4, "BS_SDK_ERROR_SMALL_DETECTION"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-321, 3, 4, "BS_SDK_ERROR_NORMALIZE_FACE"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-320, 3, 4, "BS_SDK_ERROR_CANNOT_ESTIMATE"), // 2.7.1.0 .. 2.7.1.1
    OldName::new(-319, 3, 4, "BS_SDK_ERROR_FAKE_FACE_DETECTED"), // 2.7.1.0 .. 2.7.1.1
];
