//! Is an interactive input complete? The REPL's question, answered by the real lexer and parser.
//!
//! The REPL collects lines until they form something to run. It parses what
//! it has: a parse that fails only because input ended (inside a bracket, a
//! triple-quoted string, after a backslash, or where a block must follow)
//! asks for more; a compound statement waits for an empty line, as CPython's
//! interactive loop does; anything else runs (or reports its syntax error).

use super::ast::{Stmt, StmtKind};
use super::nodes::Top;
use crate::lexer::Mode;

/// What the REPL should do with the lines read so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputStatus {
    /// Run it (a syntax error in it is reported by the compiler).
    Complete,
    /// Read another line; says what is open.
    Incomplete(OpenConstruct),
}

/// What an incomplete input leaves open (the REPL indents a continuation line after a block
/// header and leaves text inside brackets and strings alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenConstruct {
    /// A block: a header waits for its body, or a compound statement for its closing empty line.
    Block,
    /// An open bracket.
    Bracket,
    /// A triple-quoted string.
    String,
    /// A line that ends with a backslash.
    Backslash,
}

/// Classifies interactive `source` (the lines read so far, each ending with a newline).
pub fn interactive_status(source: &str) -> InputStatus {
    let last_line_blank = source
        .strip_suffix('\n')
        .unwrap_or(source)
        .rsplit('\n')
        .next()
        .is_none_or(|l| l.trim().is_empty());
    match super::parse(source, Mode::Module) {
        Ok(Top::Module(body)) if !last_line_blank && body.iter().any(is_compound) => {
            InputStatus::Incomplete(OpenConstruct::Block)
        }
        Ok(_) => InputStatus::Complete,
        Err(e) if e.incomplete || e.at_end_of_input => {
            let open = open_construct(&e.msg);
            if open == OpenConstruct::Block && last_line_blank {
                InputStatus::Complete
            } else {
                InputStatus::Incomplete(open)
            }
        }
        Err(_) => InputStatus::Complete,
    }
}

/// True for statements that own a block (they end only at an empty line in the REPL).
fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
    )
}

/// Which construct an end-of-input error leaves open, from the lexer's or parser's report.
fn open_construct(msg: &str) -> OpenConstruct {
    if msg.ends_with("was never closed") {
        OpenConstruct::Bracket
    } else if msg.starts_with("unterminated triple-quoted string literal") {
        OpenConstruct::String
    } else if msg == "unexpected EOF while parsing" {
        OpenConstruct::Backslash
    } else {
        OpenConstruct::Block
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(src: &str) -> InputStatus {
        interactive_status(src)
    }

    fn open(kind: OpenConstruct) -> InputStatus {
        InputStatus::Incomplete(kind)
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(status("x = 1\n"), InputStatus::Complete);
        assert_eq!(status("print(1)\n"), InputStatus::Complete);
        assert_eq!(status("x = (1,\n 2)\n"), InputStatus::Complete);
    }

    #[test]
    fn blocks_wait_for_an_empty_line() {
        assert_eq!(status("def f():\n"), open(OpenConstruct::Block));
        assert_eq!(
            status("def f():\n    return 1\n"),
            open(OpenConstruct::Block)
        );
        assert_eq!(status("def f():\n    return 1\n\n"), InputStatus::Complete);
        assert_eq!(status("for i in x: pass\n"), open(OpenConstruct::Block));
        assert_eq!(status("try:\n    pass\n"), open(OpenConstruct::Block));
        assert_eq!(status("@dec\n"), open(OpenConstruct::Block));
        assert_eq!(status("if x:\n    # note\n"), open(OpenConstruct::Block));
    }

    #[test]
    fn an_empty_line_after_a_header_is_an_error_to_report() {
        assert_eq!(status("def f():\n\n"), InputStatus::Complete);
        assert_eq!(status("try:\n    pass\n\n"), InputStatus::Complete);
    }

    #[test]
    fn brackets_strings_and_backslashes_continue() {
        assert_eq!(status("x = [1,\n"), open(OpenConstruct::Bracket));
        assert_eq!(status("x = [1,\n\n"), open(OpenConstruct::Bracket));
        assert_eq!(status("s = '''abc\n"), open(OpenConstruct::String));
        assert_eq!(status("s = '''abc\n\n"), open(OpenConstruct::String));
        assert_eq!(status("x = 1 + \\\n"), open(OpenConstruct::Backslash));
    }

    #[test]
    fn errors_before_the_end_are_reported_at_once() {
        assert_eq!(status("x = )\n"), InputStatus::Complete);
        assert_eq!(status("x = 1 +\n"), InputStatus::Complete);
        assert_eq!(status("s = 'abc\n"), InputStatus::Complete);
        assert_eq!(status("def f():\nreturn 1\n"), InputStatus::Complete);
    }
}
