//! Link settings for the C shared library, per target.

use std::process::{Command, Stdio};

/// The `[lib] name` of Cargo.toml, which cargo names the library files after.
const LIB_NAME: &str = "bs_errno";

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_default()
}

/// Cargo's file name of the shared library on the target being built (`libbs_errno.so`, `bs_errno.dll`, ...),
/// as the compiler cargo runs prints it.
fn shared_library_name() -> String {
    let output = Command::new(var("RUSTC"))
        .args(["--print", "file-names", "--crate-type", "cdylib"])
        .args(["--crate-name", LIB_NAME, "--target", &var("TARGET"), "-"])
        .stdin(Stdio::null())
        .output()
        .expect("build.rs: cannot run $RUSTC --print file-names");
    assert!(output.status.success(), "build.rs: $RUSTC --print file-names failed");
    let names = String::from_utf8(output.stdout).expect("build.rs: rustc printed non-UTF-8");
    names
        .lines()
        .next()
        .expect("build.rs: rustc printed no file name")
        .to_string()
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let elf =
        var("CARGO_CFG_TARGET_FAMILY").split(',').any(|f| f == "unix") && var("CARGO_CFG_TARGET_VENDOR") != "apple";
    if elf {
        // A versioned SONAME (libbs_errno.so.MAJOR), so that programs record the major version and a future
        // incompatible release can be installed beside this one.
        let major = var("CARGO_PKG_VERSION_MAJOR");
        println!(
            "cargo:rustc-cdylib-link-arg=-Wl,-soname,{}.{major}",
            shared_library_name()
        );
        // Every symbol must resolve at link time: this is what turns a surviving panic path (see
        // src/lib.rs) into a build error. libc is named because a no_std build links nothing else.
        // (Build scripts cannot see the profile's panic strategy; optimised profiles are the abort ones.)
        // A DLL needs no such flag: PE linkers refuse unresolved symbols anyway.
        if var("PROFILE") != "debug" {
            println!("cargo:rustc-cdylib-link-arg=-Wl,--no-undefined");
            println!("cargo:rustc-cdylib-link-arg=-lc");
        }
    }
}
