//! Link settings for the C shared library.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        // A versioned SONAME, so that programs record libbs_errno.so.MAJOR and a future incompatible
        // release can be installed beside this one.
        let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_else(|_| "0".into());
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libbs_errno.so.{major}");
        // Every symbol must resolve at link time: this is what turns a surviving panic path (see
        // src/lib.rs) into a build error. libc is named because a no_std build links nothing else.
        // (Build scripts cannot see the profile's panic strategy; optimised profiles are the abort ones.)
        if std::env::var("PROFILE").as_deref() != Ok("debug") {
            println!("cargo:rustc-cdylib-link-arg=-Wl,--no-undefined");
            println!("cargo:rustc-cdylib-link-arg=-lc");
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}
