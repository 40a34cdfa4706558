//! Code generation: turns the AST of each scope into a [`CodeObject`].
//!
//! The compiler keeps a stack of [`Unit`]s, one per scope being compiled
//! (module, class body, function, lambda, comprehension); nested scopes
//! are compiled to completion and become constants of their parent.

mod call;
mod comprehension;
mod exceptions;
mod expr;
mod fblock;
mod function;
mod names;
mod stmt;
mod target;
mod unit;

use super::code::{CodeKind, CodeObject, ConstValue};
use super::error::ErrorContext;
use super::opcode::Instr;
use super::symtable::{NameScope, SymbolTable};
use crate::parser::SyntaxError;
use crate::parser::ast::{Constant, Expr, ExprKind, Loc, Module, Stmt, StmtKind};
use std::rc::Rc;
use unit::{Label, Unit};

/// Result of compiling one construct.
pub(crate) type CResult = Result<(), SyntaxError>;

/// The compiler's state while compiling one module or expression.
pub(crate) struct Compiler<'a> {
    ctx: ErrorContext<'a>,
    filename: Rc<str>,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    interactive: bool,
}

/// How a module's top-level statements are compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TopLevel {
    /// Expression statements are discarded.
    Exec,
    /// Expression statements are echoed with `PrintExpr`.
    Interactive,
}

impl<'a> Compiler<'a> {
    fn new(ctx: ErrorContext<'a>, table: SymbolTable) -> Self {
        let filename = Rc::from(ctx.filename);
        Compiler {
            ctx,
            filename,
            table,
            units: Vec::new(),
            interactive: false,
        }
    }

    /// Compiles a module's statements into its code object.
    pub(crate) fn module(
        module: &'a Module,
        ctx: ErrorContext<'a>,
        top: TopLevel,
    ) -> Result<Rc<CodeObject>, SyntaxError> {
        let table = SymbolTable::build(module, ctx)?;
        let mut c = Compiler::new(ctx, table);
        c.interactive = top == TopLevel::Interactive;
        let first = Loc {
            line: 1,
            col: 0,
            end_line: 1,
            end_col: 0,
        };
        c.enter_unit(0, CodeKind::Module, "<module>", "<module>", first);
        c.body_prologue(&module.body);
        let body = if c.interactive {
            &module.body[..]
        } else {
            c.docstring_prologue(&module.body)
        };
        c.stmts(body)?;
        c.return_none();
        c.exit_unit()
    }

    /// Compiles one expression whose value the code object returns.
    pub(crate) fn expression(
        expr: &'a Expr,
        ctx: ErrorContext<'a>,
    ) -> Result<Rc<CodeObject>, SyntaxError> {
        let table = SymbolTable::build_expr(expr, ctx)?;
        let mut c = Compiler::new(ctx, table);
        let first = Loc {
            line: expr.loc.line,
            ..expr.loc
        };
        c.enter_unit(0, CodeKind::Module, "<module>", "<module>", first);
        c.expr(expr)?;
        c.emit(Instr::ReturnValue);
        c.exit_unit()
    }

    /// Stores a leading docstring as `__doc__`; returns the statements after it.
    fn docstring_prologue<'b>(&mut self, body: &'b [Stmt]) -> &'b [Stmt] {
        let Some(doc) = docstring(body) else {
            return body;
        };
        self.u().loc = body[0].loc;
        self.u().docstring = Some(doc.into());
        self.load_const(ConstValue::Str(doc.into()));
        self.store_name_op("__doc__");
        &body[1..]
    }

    /// Creates `__annotations__` when a module or class body has annotations.
    fn body_prologue(&mut self, body: &[Stmt]) {
        if find_annotations(body) {
            self.emit(Instr::BuildMap(0));
            self.store_name_op("__annotations__");
        }
    }

    /// Starts compiling the scope `scope` as a new innermost unit.
    fn enter_unit(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: &str, loc: Loc) {
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut unit = Unit::new(scope, kind, name, qualname, loc);
        unit.private = private;
        let s = &self.table.scopes[scope];
        unit.cellvars = s
            .sorted_names(|sym| sym.scope == NameScope::Cell)
            .into_iter()
            .map(Rc::from)
            .collect();
        if s.needs_class_closure {
            unit.cellvars.insert(0, "__class__".into());
        }
        let free = |sym: &super::symtable::Symbol| {
            sym.scope == NameScope::Free || sym.flags & super::symtable::DEF_FREE_CLASS != 0
        };
        unit.freevars = s.sorted_names(free).into_iter().map(Rc::from).collect();
        unit.varnames = s.params.iter().map(|p| Rc::from(p.as_str())).collect();
        unit.flags.optimized = s.is_function();
        unit.flags.generator = s.generator && s.is_function();
        unit.flags.nested = s.nested;
        self.units.push(unit);
    }

    /// Finishes the innermost unit and returns its code object.
    fn exit_unit(&mut self) -> Result<Rc<CodeObject>, SyntaxError> {
        let unit = self.units.pop().expect("exit_unit without a unit");
        match unit.assemble(self.filename.clone()) {
            Ok(code) => Ok(Rc::new(code)),
            Err((fault, loc)) => Err(self.error(format!("internal compiler error: {fault}"), loc)),
        }
    }

    /// The innermost unit.
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no compilation unit")
    }

    fn emit(&mut self, instr: Instr) {
        self.u().emit(instr);
    }

    fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.u().emit_jump(make, label);
    }

    fn new_label(&mut self) -> Label {
        self.u().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.u().bind(label);
    }

    pub(crate) fn load_const(&mut self, value: ConstValue) {
        let i = self.u().add_const(value);
        self.emit(Instr::LoadConst(i));
    }

    fn load_none(&mut self) {
        self.load_const(ConstValue::None);
    }

    /// Emits the implicit `return None` unless the code already ends in an exit.
    fn return_none(&mut self) {
        if !self.u().ends_in_exit() {
            self.load_none();
            self.emit(Instr::ReturnValue);
        }
    }

    /// The index of `name` in `names`, mangled when inside a class.
    fn mangled_name(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.u().add_name(&mangled)
    }

    pub(crate) fn mangle(&mut self, name: &str) -> String {
        super::symtable::mangle(self.u().private.as_deref(), name)
    }

    /// A `SyntaxError` at `loc`.
    fn error(&self, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        self.ctx.error(msg, loc)
    }

    /// Runs `f` with the unit's location set to `loc`, restoring it after.
    fn at<T>(&mut self, loc: Loc, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.u().loc, loc);
        let result = f(self);
        self.u().loc = saved;
        result
    }

    /// The symbol-table scope of the innermost unit.
    fn scope(&self) -> &super::symtable::Scope {
        let id = self.units.last().map_or(0, |u| u.scope);
        &self.table.scopes[id]
    }
}

/// The docstring of a body: its first statement when that is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// Whether a body has an annotated assignment outside nested functions and classes.
fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_annotations(body) || find_annotations(orelse),
        StmtKind::With { body, .. } => find_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_annotations(body)
                || handlers.iter().any(|h| find_annotations(&h.body))
                || find_annotations(orelse)
                || find_annotations(finalbody)
        }
        _ => false,
    })
}
