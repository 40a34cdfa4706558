//! Functions, lambdas and classes: their code objects, defaults,
//! closures, decorators and qualified names.

use super::names::NameCtx;
use super::{CResult, Compiler, docstring};
use crate::compiler::code::{CodeKind, CodeObject, ConstValue};
use crate::compiler::opcode::Instr;
use crate::compiler::symtable::NameScope;
use crate::parser::ast::{Arguments, ClassDef, Expr, FunctionDef, Loc, Stmt};
use std::rc::Rc;

/// `MakeFunction` flag: a defaults tuple is on the stack.
const HAS_DEFAULTS: u32 = 1;
/// `MakeFunction` flag: a keyword-only defaults dict is on the stack.
const HAS_KWDEFAULTS: u32 = 2;
/// `MakeFunction` flag: an annotations tuple (name, value, name, value ...) is on the stack.
const HAS_ANNOTATIONS: u32 = 4;
/// `MakeFunction` flag: a closure tuple is on the stack.
const HAS_CLOSURE: u32 = 8;

impl<'a> Compiler<'a> {
    /// `def name(args): body`, decorated and bound to `name`.
    pub(crate) fn function_def(&mut self, s: &'a Stmt, def: &'a FunctionDef) -> CResult {
        for d in &def.decorators {
            self.expr(d)?;
        }
        let flags =
            self.defaults(&def.args)? | self.annotations(&def.args, def.returns.as_ref())?;
        let scope = self.child_scope(def, s.loc)?;
        let qualname = self.qualname(&def.name);
        let first = first_line(s.loc, &def.decorators);
        self.enter_unit(scope, CodeKind::Function, &def.name, &qualname, first);
        self.u().loc = s.loc;
        self.set_arg_counts(&def.args);
        let body = match docstring(&def.body) {
            Some(doc) => {
                self.u().docstring = Some(doc.into());
                &def.body[1..]
            }
            None => &def.body[..],
        };
        self.stmts(body)?;
        self.return_none();
        let code = self.exit_unit()?;
        self.make_closure(code, flags, &qualname);
        self.apply_decorators(&def.decorators);
        self.name_op(&def.name, NameCtx::Store);
        Ok(())
    }

    /// `lambda args: body`.
    pub(crate) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let flags = self.defaults(args)?;
        let scope = self.child_scope(e, e.loc)?;
        let qualname = self.qualname("<lambda>");
        self.enter_unit(scope, CodeKind::Lambda, "<lambda>", &qualname, e.loc);
        self.set_arg_counts(args);
        self.expr(body)?;
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, flags, &qualname);
        Ok(())
    }

    /// `class name(bases, keywords): body`.
    pub(crate) fn class_def(&mut self, s: &'a Stmt, def: &'a ClassDef) -> CResult {
        for d in &def.decorators {
            self.expr(d)?;
        }
        self.check_keywords(&def.keywords)?;
        self.emit(Instr::LoadBuildClass);
        let scope = self.child_scope(def, s.loc)?;
        let qualname = self.qualname(&def.name);
        let first = first_line(s.loc, &def.decorators);
        self.enter_unit(scope, CodeKind::Class, &def.name, &qualname, first);
        self.u().loc = s.loc;
        self.u().private = Some(def.name.clone());
        self.class_body(def, &qualname)?;
        let code = self.exit_unit()?;
        self.make_closure(code, 0, &qualname);
        self.load_const(ConstValue::Str(Rc::from(def.name.as_str())));
        self.call_with_pushed(2, &def.bases, &def.keywords)?;
        self.apply_decorators(&def.decorators);
        self.name_op(&def.name, NameCtx::Store);
        Ok(())
    }

    fn class_body(&mut self, def: &'a ClassDef, qualname: &str) -> CResult {
        self.load_name_op("__name__");
        self.store_name_op("__module__");
        self.load_const(ConstValue::Str(Rc::from(qualname)));
        self.store_name_op("__qualname__");
        self.body_prologue(&def.body);
        let body = self.docstring_prologue(&def.body);
        self.stmts(body)?;
        if self.scope().needs_class_closure {
            self.emit(Instr::LoadClosure(0));
            self.store_name_op("__classcell__");
        }
        self.load_none();
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Pushes the parameter and return annotations as a flat tuple; returns `HAS_ANNOTATIONS` if any.
    fn annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<u32, crate::parser::SyntaxError> {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut n = 0;
        for arg in params {
            if let Some(ann) = &arg.annotation {
                let name = self.mangle(&arg.name);
                self.load_const(ConstValue::Str(name.as_str().into()));
                self.expr(ann)?;
                n += 2;
            }
        }
        if let Some(ret) = returns {
            self.load_const(ConstValue::Str("return".into()));
            self.expr(ret)?;
            n += 2;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Instr::BuildTuple(n));
        Ok(HAS_ANNOTATIONS)
    }

    /// Pushes the defaults tuple and keyword-only defaults dict; returns the `MakeFunction` flags.
    fn defaults(&mut self, args: &'a Arguments) -> Result<u32, crate::parser::SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= HAS_DEFAULTS;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            let Some(default) = default else { continue };
            let name = self.mangle(&arg.name);
            self.load_const(ConstValue::Str(name.into()));
            self.expr(default)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= HAS_KWDEFAULTS;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        u.flags.varargs = args.vararg.is_some();
        u.flags.varkeywords = args.kwarg.is_some();
    }

    /// Pushes the new function: closure tuple, code object and qualified name, then `MakeFunction`.
    pub(crate) fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32, qualname: &str) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                if !self.load_closure(name) {
                    self.name_op(name, NameCtx::Load);
                }
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= HAS_CLOSURE;
        }
        self.load_const(ConstValue::Code(code));
        self.load_const(ConstValue::Str(Rc::from(qualname)));
        self.emit(Instr::MakeFunction(flags));
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            self.at(d.loc, |c| c.emit(Instr::Call(1)));
        }
    }

    /// The symbol-table scope opened by `node`.
    pub(crate) fn child_scope<T>(
        &self,
        node: &T,
        loc: Loc,
    ) -> Result<usize, crate::parser::SyntaxError> {
        self.table
            .scope_of(node)
            .ok_or_else(|| self.error("internal error: unknown scope", loc))
    }

    /// The qualified name of a new scope called `name` inside the current unit.
    pub(crate) fn qualname(&mut self, name: &str) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let mangled = self.mangle(name);
        if self
            .scope()
            .lookup(&mangled)
            .is_some_and(|s| s.scope == NameScope::GlobalExplicit)
        {
            return name.to_string();
        }
        let parent = self.u();
        match parent.kind {
            CodeKind::Function | CodeKind::Lambda => format!("{}.<locals>.{name}", parent.qualname),
            _ => format!("{}.{name}", parent.qualname),
        }
    }
}

/// The first line of a definition: its first decorator's line, if decorated.
fn first_line(loc: Loc, decorators: &[Expr]) -> Loc {
    match decorators.first() {
        Some(d) => Loc {
            line: d.loc.line,
            ..loc
        },
        None => loc,
    }
}
