//! Build script: generates the parser from `grammar/python.lalrpop` and sets how the
//! `gilpy` executable is linked on Linux (start-up layout, packed relocations).
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/python.lalrpop must generate a parser");
    link_executable();
}

/// Linker arguments for the `gilpy` binary (not the library or tests), on Linux with glibc.
///
/// - `link/startup.ld` places the functions that start-up runs side by side, so starting
///   the interpreter touches a few blocks of the executable instead of most of them
///   (`link/startup_order.py` regenerates it and explains why).
/// - `-z pack-relative-relocs` stores the ~7,000 relocations of the position-independent
///   executable in a few KiB (DT_RELR, glibc 2.36+) instead of 170 KiB read at every start.
fn link_executable() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os != "linux" || env != "gnu" {
        return;
    }
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let script = std::path::Path::new(&manifest_dir).join("link/startup.ld");
    println!("cargo:rerun-if-changed=link/startup.ld");
    println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
    println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
}
