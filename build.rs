//! Build script: generates the parser from `grammar/python.lalrpop`.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/python.lalrpop must generate a parser");
}
