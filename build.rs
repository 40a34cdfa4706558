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
/// - `-z pack-relative-relocs` stores the ~7,000 relocations of the position-independent
///   executable in a few KiB (DT_RELR, glibc 2.36+) instead of 170 KiB read at every start.
/// - Release builds only: `link/startup.ld` places the functions that start-up runs side by
///   side, so starting the interpreter touches a few blocks of the executable instead of
///   most of them (`link/startup_order.py` regenerates it and explains why). Matching its
///   patterns costs the linker about a second, which debug builds need not pay.
fn link_executable() {
    let var = |name| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") != "linux" || var("CARGO_CFG_TARGET_ENV") != "gnu" {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    println!("cargo:rerun-if-changed=link/startup.ld");
    if var("PROFILE") == "release" {
        let script = std::path::Path::new(&var("CARGO_MANIFEST_DIR")).join("link/startup.ld");
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
    }
}
