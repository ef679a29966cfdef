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

/// A version resource for the DLL (what Explorer's Properties and installers read), compiled by the target's
/// windres: `$BS_ERRNO_WINDRES` (CMake passes its resource compiler), else MinGW-w64's for the target.
fn windows_version_resource() {
    let version = var("CARGO_PKG_VERSION");
    let numbers = [
        var("CARGO_PKG_VERSION_MAJOR"),
        var("CARGO_PKG_VERSION_MINOR"),
        var("CARGO_PKG_VERSION_PATCH"),
    ]
    .join(",");
    let dll = shared_library_name();
    let strings = [
        ("CompanyName", "bs-errno contributors"),
        (
            "FileDescription",
            "bs-errno: the Suprema BioStar 2 Device SDK return codes",
        ),
        ("FileVersion", &version),
        ("InternalName", LIB_NAME),
        ("LegalCopyright", &format!("Licensed {}", var("CARGO_PKG_LICENSE"))),
        ("OriginalFilename", &dll),
        ("ProductName", "bs-errno"),
        ("ProductVersion", &version),
    ];
    let values: String = strings
        .iter()
        .map(|(key, value)| format!("      VALUE \"{key}\", \"{}\"\n", value.replace('"', "\"\"")))
        .collect();
    // 0x40004: VOS_NT_WINDOWS32; 0x2: VFT_DLL; 040904B0 and 0x409, 1200: US English, Unicode.
    let rc = format!(
        "1 VERSIONINFO\nFILEVERSION {numbers},0\nPRODUCTVERSION {numbers},0\nFILEOS 0x40004\nFILETYPE 0x2\n\
         BEGIN\n  BLOCK \"StringFileInfo\"\n  BEGIN\n    BLOCK \"040904B0\"\n    BEGIN\n{values}    END\n  END\n\
         \x20 BLOCK \"VarFileInfo\"\n  BEGIN\n    VALUE \"Translation\", 0x409, 1200\n  END\nEND\n"
    );
    let out_dir = std::path::PathBuf::from(var("OUT_DIR"));
    let rc_path = out_dir.join("version.rc");
    let object = out_dir.join("version.o");
    std::fs::write(&rc_path, rc).expect("build.rs: cannot write version.rc");
    println!("cargo:rerun-if-env-changed=BS_ERRNO_WINDRES");
    let windres = std::env::var("BS_ERRNO_WINDRES").unwrap_or_else(|_| {
        let arch = match var("CARGO_CFG_TARGET_ARCH").as_str() {
            "x86" => "i686".to_string(),
            other => other.to_string(),
        };
        format!("{arch}-w64-mingw32-windres")
    });
    let status = Command::new(&windres)
        .arg("-i")
        .arg(&rc_path)
        .arg("-o")
        .arg(&object)
        .status()
        .unwrap_or_else(|e| panic!("build.rs: cannot run {windres} (set BS_ERRNO_WINDRES): {e}"));
    assert!(status.success(), "build.rs: {windres} failed on {}", rc_path.display());
    println!("cargo:rustc-cdylib-link-arg={}", object.display());
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if var("CARGO_CFG_TARGET_OS") == "windows" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        windows_version_resource();
        // Without std, nothing needs MinGW's DLL startup code (C runtime and TLS set-up, atexit): the DLL
        // gets no entry point, like a resource-only DLL.
        if var("PROFILE") != "debug" {
            println!("cargo:rustc-cdylib-link-arg=-nostartfiles");
            println!("cargo:rustc-cdylib-link-arg=-Wl,--entry,0");
        }
    }
    let elf =
        var("CARGO_CFG_TARGET_FAMILY").split(',').any(|f| f == "unix") && var("CARGO_CFG_TARGET_VENDOR") != "apple";
    if elf {
        // A versioned SONAME, so that programs record the ABI they were linked with and a later incompatible
        // release can be installed beside this one. The ABI version is cargo-c's: major.minor while the major
        // version is 0 (libbs_errno.so.0.2), the major version from 1.0 on (CMakeLists.txt says the same).
        let major = var("CARGO_PKG_VERSION_MAJOR");
        let abi = if major == "0" {
            format!("0.{}", var("CARGO_PKG_VERSION_MINOR"))
        } else {
            major
        };
        println!(
            "cargo:rustc-cdylib-link-arg=-Wl,-soname,{}.{abi}",
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
