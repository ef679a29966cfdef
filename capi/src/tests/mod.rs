//! The C ABI tested from Rust, through the very functions C links to: every export on edge inputs, the
//! SDK-release handles, 2^32 sweeps, threads, and no allocation. Expectations come from the Rust library
//! (the exports must agree with it) and from the data (`bs-errno-data`).

mod exhaustive;
mod exports;
mod no_alloc;
mod releases;
mod threads;
