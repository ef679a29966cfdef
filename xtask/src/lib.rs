//! The project's tasks: [`generate`] renders every generated file from the data; [`workflow`] is the
//! quick start's `build` and `test`. The data itself is read by the `bs-errno-data` crate, re-exported as
//! [`data`].

pub use bs_errno_data as data;

pub mod dist;
pub mod doc_examples;
pub mod generate;
pub mod measure;
pub mod process;
pub mod targets;
pub mod workflow;

pub use data::{Data, Row, project_root};
