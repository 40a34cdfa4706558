//! Code objects: the compiler's output, one per module, class body, function, lambda and comprehension.

use super::opcode::Instr;
use super::stack_depth::StackBound;
use crate::parser::ast::Loc;
use num_bigint::BigInt;
use std::rc::Rc;

/// A compile-time constant. The VM turns these into runtime values once per code object.
#[derive(Debug, Clone, PartialEq)]
pub enum ConstValue {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An integer of any size.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// An imaginary literal (`2j`): a complex number with this imaginary part.
    Imaginary(f64),
    /// A str.
    Str(Rc<str>),
    /// A bytes object.
    Bytes(Rc<[u8]>),
    /// `...`.
    Ellipsis,
    /// A tuple of constants (keyword-name tuples of `CallKw`, `fromlist` of imports).
    Tuple(Rc<[ConstValue]>),
    /// A nested code object (for `MakeFunction`).
    Code(Rc<CodeObject>),
}

/// Flags describing a code object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags {
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// Contains `yield`: calling it makes a generator.
    pub generator: bool,
    /// Uses fast locals (functions, lambdas, comprehensions); false for module and class bodies.
    pub optimized: bool,
    /// Is a nested function (has an enclosing function scope).
    pub nested: bool,
}

/// What kind of scope a code object was compiled from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// A module (or `-c` string, REPL input).
    Module,
    /// A class body.
    Class,
    /// A `def` function.
    Function,
    /// A lambda.
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

/// A compiled block of bytecode with everything needed to run it.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    /// `co_name`: function name, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name ...
    pub name: Rc<str>,
    /// `co_qualname`: dotted path such as `A.method.<locals>.inner`.
    pub qualname: Rc<str>,
    /// The file name shown in tracebacks.
    pub filename: Rc<str>,
    /// The line of the `def`/`class`/first statement.
    pub first_line: u32,
    /// What it was compiled from.
    pub kind: CodeKind,
    /// Flags.
    pub flags: CodeFlags,
    /// Number of positional parameters, including positional-only ones (not `*args`).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Local variable names: parameters first (positional, keyword-only, then `*args`, then `**kwargs`), then other locals.
    pub varnames: Vec<Rc<str>>,
    /// Names of locals captured by inner scopes (they live in cells).
    pub cellvars: Vec<Rc<str>>,
    /// Names of variables captured from enclosing scopes (the closure tuple, in this order).
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: `(cell index, varnames index)` to copy at frame start.
    pub cell_params: Vec<(u32, u32)>,
    /// Global/attribute/import names used by name operands.
    pub names: Vec<Rc<str>>,
    /// Constants used by `LoadConst` and friends.
    pub consts: Vec<ConstValue>,
    /// The instructions.
    pub instructions: Vec<Instr>,
    /// Source location of each instruction (same length as `instructions`).
    pub locations: Vec<Loc>,
    /// The deepest value stack the instructions need (proof that they were checked).
    pub stack_bound: StackBound,
    /// The docstring, when the body starts with a string literal (functions, classes, modules).
    pub docstring: Option<Rc<str>>,
}

impl CodeObject {
    /// The source line of the instruction at `index`.
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations
            .get(index)
            .map_or(self.first_line, |loc| loc.line)
    }
}
