//! Snapshot tests for the lexer and parser: the token stream and the syntax tree of each
//! program in `tests/parse_cases/`.

use std::fmt::Write;

use gilpy::lexer::{Spanned, Tok, tokenize};
use gilpy::parser::parse_module;

/// One token per line: `line:col-line:col Token`; strings show their source text.
fn render_tokens(src: &str, tokens: &[Spanned]) -> String {
    let mut out = String::new();
    for (start, tok, end) in tokens {
        let shown = match tok {
            Tok::Str(lit) => format!("Str({:?}, {:?})", lit.kind, &src[lit.start..lit.end]),
            other => format!("{other:?}"),
        };
        let _ = writeln!(
            out,
            "{}:{}-{}:{} {}",
            start.line, start.col, end.line, end.col, shown
        );
    }
    out
}

#[test]
fn parse_cases() {
    insta::glob!("parse_cases/*.py", |path| {
        let src = std::fs::read_to_string(path).expect("readable test case");
        let tokens = tokenize(&src).expect("test cases tokenize");
        insta::assert_snapshot!("tokens", render_tokens(&src, &tokens));
        let module = parse_module(&src, "case.py").expect("test cases parse");
        insta::assert_snapshot!("ast", format!("{module:#?}"));
    });
}
