//! The `bs-errno` binary, run as a user runs it. One test binary with a module per subject (one link,
//! not one per file).

mod util;

mod annotate;
mod doc_escapes;
mod lookup;
mod robustness;
mod sdk;
