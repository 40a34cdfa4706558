//! Walks the AST once to collect every scope's names and their flags.

use super::*;
use crate::parser::ast::{Alias, Arguments, Expr, ExprKind, Stmt, StmtKind, WithItem};

/// The walker's state: the table being built and the stack of open scopes.
pub(super) struct Builder<'a> {
    pub(super) table: SymbolTable,
    pub(super) stack: Vec<ScopeId>,
    pub(super) private: Option<String>,
    pub(super) ctx: ErrorContext<'a>,
}

pub(super) type Res = Result<(), SyntaxError>;

/// Collects the scopes of a module.
pub(super) fn build_module(
    module: &Module,
    ctx: ErrorContext<'_>,
) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder::new(ctx);
    b.stmts(&module.body)?;
    Ok(b.table)
}

/// Collects the scopes of an expression compiled on its own.
pub(super) fn build_expression(
    expr: &Expr,
    ctx: ErrorContext<'_>,
) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder::new(ctx);
    b.expr(expr)?;
    Ok(b.table)
}

impl<'a> Builder<'a> {
    fn new(ctx: ErrorContext<'a>) -> Self {
        let module = Scope::new(BlockKind::Module, false);
        let table = SymbolTable {
            scopes: vec![module],
            by_node: FxHashMap::default(),
        };
        Builder {
            table,
            stack: vec![0],
            private: None,
            ctx,
        }
    }

    pub(super) fn cur_id(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    pub(super) fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.table.scopes[id]
    }

    pub(super) fn enter<T>(&mut self, kind: BlockKind, node: &T) {
        let parent = self.cur_id();
        let p = &self.table.scopes[parent];
        let nested = p.nested || p.kind == BlockKind::Function;
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, nested));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
    }

    pub(super) fn exit(&mut self) {
        self.stack.pop();
    }

    pub(super) fn mangle(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }

    /// Adds `flag` to `name` in the current scope (CPython's `symtable_add_def`).
    pub(super) fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> Res {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, loc)
    }

    pub(super) fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, loc: Loc) -> Res {
        let mangled = self.mangle(name);
        let scope = &mut self.table.scopes[id];
        let mut val = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(self.ctx.error(msg, loc));
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(self.ctx.error(msg, loc));
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            self.table.scopes[0].set_flags(&mangled, flag);
        }
        Ok(())
    }

    pub(super) fn record_directive(&mut self, name: &str, loc: Loc) {
        let mangled = self.mangle(name);
        self.cur().directives.entry(mangled).or_insert(loc);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Res {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(super) fn exprs(&mut self, exprs: &[Expr]) -> Res {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, s: &Stmt) -> Res {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.target(t))?;
                self.expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(s.loc, target, annotation, value.as_ref(), *simple),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.del_target(t)),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(value) => value.iter().try_for_each(|v| self.expr(v)),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::FunctionDef(def) => self.function_def(s.loc, def),
            StmtKind::ClassDef(def) => self.class_def(s.loc, def),
            StmtKind::Global(names) => self.declarations(s.loc, names, DEF_GLOBAL),
            StmtKind::Nonlocal(names) => self.declarations(s.loc, names, DEF_NONLOCAL),
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                aliases.iter().try_for_each(|a| self.alias(a))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL | DEF_DEL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)
            }
            StmtKind::Raise { exc, cause } => exc
                .iter()
                .chain(cause.iter())
                .try_for_each(|e| self.expr(e)),
            StmtKind::With { items, body } => {
                items.iter().try_for_each(|i| self.with_item(i))?;
                self.stmts(body)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|m| self.expr(m))
            }
        }
    }

    fn with_item(&mut self, item: &WithItem) -> Res {
        self.expr(&item.context_expr)?;
        item.optional_vars.iter().try_for_each(|t| self.target(t))
    }

    fn ann_assign(
        &mut self,
        loc: Loc,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Res {
        if let ExprKind::Name(name) = &target.kind {
            let cur = self.table.scopes[self.cur_id()].flags(&self.mangle(name));
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && simple {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(self
                    .ctx
                    .error(format!("annotated name '{name}' can't be {what}"), loc));
            }
            if simple {
                self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.loc)?;
            } else if value.is_some() {
                self.add_def(name, DEF_LOCAL, target.loc)?;
            }
        } else {
            self.target(target)?;
        }
        self.expr(annotation)?;
        value.iter().try_for_each(|v| self.expr(v))
    }

    fn declarations(&mut self, loc: Loc, names: &[String], flag: u32) -> Res {
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for name in names {
            let cur = self.table.scopes[self.cur_id()].flags(&self.mangle(name));
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(self.ctx.error(msg, loc));
            }
            self.add_def(name, flag, loc)?;
            self.record_directive(name, loc);
        }
        Ok(())
    }

    fn alias(&mut self, a: &Alias) -> Res {
        if a.name == "*" {
            if self.table.scopes[self.cur_id()].kind != BlockKind::Module {
                return Err(self
                    .ctx
                    .error("import * only allowed at module level", a.loc));
            }
            return Ok(());
        }
        let first = a.name.split('.').next().unwrap_or(&a.name);
        let store = a.asname.as_deref().unwrap_or(first);
        self.add_def(store, DEF_IMPORT, a.loc)
    }

    fn function_def(&mut self, loc: Loc, def: &crate::parser::ast::FunctionDef) -> Res {
        self.add_def(&def.name, DEF_LOCAL, loc)?;
        self.defaults(&def.args)?;
        self.annotations(&def.args)?;
        def.returns.iter().try_for_each(|r| self.expr(r))?;
        self.exprs(&def.decorators)?;
        self.enter(BlockKind::Function, def);
        self.params(&def.args)?;
        self.stmts(&def.body)?;
        self.exit();
        Ok(())
    }

    fn class_def(&mut self, loc: Loc, def: &crate::parser::ast::ClassDef) -> Res {
        self.add_def(&def.name, DEF_LOCAL, loc)?;
        self.exprs(&def.bases)?;
        def.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
        self.exprs(&def.decorators)?;
        self.enter(BlockKind::Class, def);
        let saved = self.private.replace(def.name.clone());
        let result = self.stmts(&def.body);
        self.private = saved;
        self.exit();
        result
    }

    fn defaults(&mut self, args: &Arguments) -> Res {
        self.exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.expr(d))
    }

    fn annotations(&mut self, args: &Arguments) -> Res {
        all_args(args)
            .filter_map(|a| a.annotation.as_ref())
            .try_for_each(|e| self.expr(e))
    }

    fn params(&mut self, args: &Arguments) -> Res {
        all_args(args).try_for_each(|a| self.add_def(&a.name, DEF_PARAM, a.loc))
    }

    /// Names stored or deleted by a target expression.
    /// A target of `del`: names are marked as unbound somewhere in the scope.
    fn del_target(&mut self, t: &Expr) -> Res {
        match &t.kind {
            ExprKind::Name(name) => self.add_def(name, DEF_LOCAL | DEF_DEL, t.loc),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|e| self.del_target(e))
            }
            _ => self.target(t),
        }
    }

    pub(super) fn target(&mut self, t: &Expr) -> Res {
        match &t.kind {
            ExprKind::Name(name) => self.add_def(name, DEF_LOCAL, t.loc),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|e| self.target(e))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    pub(super) fn expr(&mut self, e: &Expr) -> Res {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => self.named_expr(e, target, value),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(BlockKind::Function, e);
                self.params(args)?;
                self.expr(body)?;
                self.exit();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.expr(k))?;
                self.exprs(values)
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => self.exprs(elts),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)
            }
            ExprKind::Yield(value) => {
                value.iter().try_for_each(|v| self.expr(v))?;
                self.yield_seen(e.loc)
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value)?;
                self.yield_seen(e.loc)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                format_spec.iter().try_for_each(|s| self.expr(s))
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Starred(value) => self.expr(value),
            ExprKind::Name(name) => self.name_use(name, e.loc),
            ExprKind::Slice { lower, upper, step } => [lower, upper, step]
                .into_iter()
                .flatten()
                .try_for_each(|x| self.expr(x)),
        }
    }

    fn name_use(&mut self, name: &str, loc: Loc) -> Res {
        self.add_def(name, USE, loc)?;
        if name == "super" && self.cur().kind == BlockKind::Function {
            self.add_def("__class__", USE, loc)?;
        }
        Ok(())
    }
}

/// Every parameter in `varnames` order: positional, keyword-only, `*args`, `**kwargs`.
pub(crate) fn all_args(args: &Arguments) -> impl Iterator<Item = &crate::parser::ast::Arg> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .chain(args.vararg.as_ref())
        .chain(args.kwarg.as_ref())
}
