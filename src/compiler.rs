//! The compiler: AST to code objects.
//!
//! [`compile`] runs scope analysis (`symtable`) and then code generation
//! (`codegen`) over a parsed module; [`disassemble`] prints the result.

pub mod code;
mod codegen;
pub mod disasm;
mod error;
pub mod opcode;
pub mod stack_depth;
mod symtable;

use crate::parser::SyntaxError;
use crate::parser::ast;
use code::CodeObject;
use codegen::{Compiler, TopLevel};
use error::ErrorContext;
use std::rc::Rc;

pub use disasm::disassemble;

/// How a module is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A file or `-c` string: expression statements are discarded.
    Exec,
    /// A single expression statement whose value the code returns.
    Eval,
    /// REPL input: like `Exec`, but top-level expression statements are echoed (`PrintExpr`).
    Interactive,
}

/// Compiles a parsed module to its code object; `source` is quoted in error messages.
pub fn compile(
    module: &ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let ctx = ErrorContext { source, filename };
    match mode {
        Mode::Exec => Compiler::module(module, ctx, TopLevel::Exec),
        Mode::Interactive => Compiler::module(module, ctx, TopLevel::Interactive),
        Mode::Eval => match module.body.as_slice() {
            [
                ast::Stmt {
                    kind: ast::StmtKind::Expr(e),
                    ..
                },
            ] => Compiler::expression(e, ctx),
            _ => {
                let loc = module.body.first().map(|s| s.loc).unwrap_or_default();
                Err(ctx.error("invalid syntax", loc))
            }
        },
    }
}

/// Compiles one expression (for `eval()`): the code object returns its value.
pub fn compile_expression(
    expr: &ast::Expr,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    Compiler::expression(expr, ErrorContext { source, filename })
}

#[cfg(test)]
mod tests;
