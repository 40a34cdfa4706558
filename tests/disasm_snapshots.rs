//! Disassembly snapshots of small programs (`tests/disasm_cases/*.py`).
//!
//! Regenerate with `INSTA_UPDATE=always cargo test --test disasm_snapshots`.

use gilpy::compiler::{Mode, compile, disassemble};
use gilpy::parser::parse_module;

#[test]
fn disassembly_snapshots() {
    insta::glob!("disasm_cases/*.py", |path| {
        let source = std::fs::read_to_string(path).expect("readable case");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("case.py");
        let module = parse_module(&source, name).expect("case parses");
        let code = compile(&module, &source, name, Mode::Exec).expect("case compiles");
        insta::assert_snapshot!(disassemble(&code));
    });
}
