//! The checked-in generated files must be exactly what the generator makes now, and say that they are
//! generated.

use xtask::generate::{Inputs, render_all, stale_files};

#[test]
fn generated_files_are_current() {
    let stale = stale_files(&xtask::project_root()).expect("generator runs");
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}: run `cargo xtask generate`"
    );
}

#[test]
fn every_generated_file_says_so() {
    let inputs = Inputs::load(&xtask::project_root()).expect("the data files are valid");
    for (file, text) in render_all(&inputs).expect("renders") {
        let head: String = text.lines().take(3).collect();
        assert!(head.contains("generated — do not edit"), "{file}: {head}");
    }
}
