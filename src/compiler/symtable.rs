//! Scope analysis: which names are local, global, free or cells in each scope.
//!
//! The tree of scopes is built by walking the AST (`symtable/builder.rs`),
//! then analysed top-down so that each name of each scope gets one
//! [`NameScope`], following CPython's rules: class scopes are invisible to
//! the functions inside them, free names pass through intermediate scopes,
//! and locals captured by inner scopes become cells.

mod builder;
mod comprehension;

use super::error::ErrorContext;
use crate::parser::SyntaxError;
use crate::parser::ast::{Loc, Module};
use rustc_hash::{FxHashMap, FxHashSet};

/// Index of a scope in [`SymbolTable::scopes`].
pub(crate) type ScopeId = usize;

/// Assigned in this scope (including `del` and loop targets).
pub(crate) const DEF_LOCAL: u32 = 1;
/// Declared `global`.
pub(crate) const DEF_GLOBAL: u32 = 2;
/// Declared `nonlocal`.
pub(crate) const DEF_NONLOCAL: u32 = 4;
/// A parameter.
pub(crate) const DEF_PARAM: u32 = 8;
/// Read in this scope.
pub(crate) const USE: u32 = 16;
/// A class-scope name that a method also uses as a free variable.
pub(crate) const DEF_FREE_CLASS: u32 = 32;
/// Bound by an import.
pub(crate) const DEF_IMPORT: u32 = 64;
/// Has an annotation.
pub(crate) const DEF_ANNOT: u32 = 128;
/// A comprehension's iteration variable.
pub(crate) const DEF_COMP_ITER: u32 = 256;
/// Unbound by `del` or at the end of an `except ... as` handler: a parameter
/// without this flag is bound for the whole call.
pub(crate) const DEF_DEL: u32 = 512;
/// Any kind of binding.
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

type NameSet = FxHashSet<String>;

/// The three kinds of block CPython distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// The module.
    Module,
    /// A class body.
    Class,
    /// A function, lambda or comprehension.
    Function,
}

/// Which comprehension a comprehension scope implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompKind {
    /// `[...]`.
    List,
    /// `{...}`.
    Set,
    /// `{k: v ...}`.
    Dict,
    /// `(...)`.
    Generator,
}

/// Where a name lives, as decided by the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameScope {
    /// A local of this scope.
    Local,
    /// Declared `global` (here or by a walrus in a comprehension).
    GlobalExplicit,
    /// Not bound anywhere visible: a global or builtin.
    GlobalImplicit,
    /// Captured from an enclosing function.
    Free,
    /// A local captured by an inner scope.
    Cell,
}

/// One name of one scope.
#[derive(Debug, Clone)]
pub(crate) struct Symbol {
    /// The (mangled) name.
    pub name: String,
    /// `DEF_*` / `USE` flags.
    pub flags: u32,
    /// The analysed scope.
    pub scope: NameScope,
}

/// One scope: module, class body, function, lambda or comprehension.
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    /// Which kind of block.
    pub kind: BlockKind,
    /// Set for comprehension scopes.
    pub comprehension: Option<CompKind>,
    /// The symbols in order of first appearance.
    pub symbols: Vec<Symbol>,
    index: FxHashMap<String, usize>,
    /// Parameter names in order (mangled).
    pub params: Vec<String>,
    /// Child scopes in source order.
    pub children: Vec<ScopeId>,
    /// Contains `yield` (or is a generator expression).
    pub generator: bool,
    /// Has an enclosing function scope.
    pub nested: bool,
    /// A class body whose methods use `__class__` or `super`.
    pub needs_class_closure: bool,
    directives: FxHashMap<String, Loc>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

/// All scopes of a module, and which AST node opened each.
#[derive(Debug, Clone)]
pub(crate) struct SymbolTable {
    /// Scope 0 is the module.
    pub scopes: Vec<Scope>,
    by_node: FxHashMap<usize, ScopeId>,
}

impl Scope {
    fn new(kind: BlockKind, nested: bool) -> Self {
        Scope {
            kind,
            comprehension: None,
            symbols: Vec::new(),
            index: FxHashMap::default(),
            params: Vec::new(),
            children: Vec::new(),
            generator: false,
            nested,
            needs_class_closure: false,
            directives: FxHashMap::default(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The symbol named `name` (already mangled), if the scope has one.
    pub(crate) fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The flags of `name`, 0 when absent.
    fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// Adds `flag` to `name`, creating the symbol when needed.
    fn set_flags(&mut self, name: &str, flag: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flag,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                let scope = NameScope::GlobalImplicit;
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: flag,
                    scope,
                });
            }
        }
    }

    /// Names whose analysed scope satisfies `pred`, sorted.
    pub(crate) fn sorted_names(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| pred(s))
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }

    /// Whether the scope compiles to fast locals.
    pub(crate) fn is_function(&self) -> bool {
        self.kind == BlockKind::Function
    }
}

/// Python's private-name mangling: `__x` inside class `C` becomes `_C__x`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

impl SymbolTable {
    /// Builds and analyses the scopes of `module`.
    pub(crate) fn build(module: &Module, ctx: ErrorContext<'_>) -> Result<Self, SyntaxError> {
        let mut table = builder::build_module(module, ctx)?;
        table.analyze(ctx)?;
        Ok(table)
    }

    /// Builds and analyses the scopes of a lone expression (for `eval`).
    pub(crate) fn build_expr(
        expr: &crate::parser::ast::Expr,
        ctx: ErrorContext<'_>,
    ) -> Result<Self, SyntaxError> {
        let mut table = builder::build_expression(expr, ctx)?;
        table.analyze(ctx)?;
        Ok(table)
    }

    /// The scope opened by the AST node at address `node`.
    pub(crate) fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    fn analyze(&mut self, ctx: ErrorContext<'_>) -> Result<(), SyntaxError> {
        let mut free = NameSet::default();
        self.analyze_block(0, None, &mut free, NameSet::default(), ctx)
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<NameSet>,
        free: &mut NameSet,
        mut global: NameSet,
        ctx: ErrorContext<'_>,
    ) -> Result<(), SyntaxError> {
        let kind = self.scopes[id].kind;
        let mut local = NameSet::default();
        let mut new_bound = NameSet::default();
        let mut new_global = NameSet::default();
        if kind == BlockKind::Class {
            new_global.extend(global.iter().cloned());
            if let Some(b) = &bound {
                new_bound.extend(b.iter().cloned());
            }
        }
        let mut sets = AnalysisSets {
            bound: &mut bound,
            local: &mut local,
            free,
            global: &mut global,
        };
        for i in 0..self.scopes[id].symbols.len() {
            let scope = self.analyze_name(id, i, &mut sets, ctx)?;
            self.scopes[id].symbols[i].scope = scope;
        }
        if kind == BlockKind::Class {
            new_bound.insert("__class__".to_string());
        } else {
            if kind == BlockKind::Function {
                new_bound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                new_bound.extend(b.iter().cloned());
            }
            new_global.extend(global.iter().cloned());
        }
        let mut new_free = NameSet::default();
        for child in self.scopes[id].children.clone() {
            let mut child_free = NameSet::default();
            let child_bound = Some(new_bound.clone());
            self.analyze_block(child, child_bound, &mut child_free, new_global.clone(), ctx)?;
            new_free.extend(child_free);
        }
        match kind {
            BlockKind::Function => self.analyze_cells(id, &mut new_free),
            BlockKind::Class => {
                if new_free.remove("__class__") {
                    self.scopes[id].needs_class_closure = true;
                }
            }
            BlockKind::Module => {}
        }
        self.update_symbols(id, bound.as_ref(), &new_free);
        free.extend(new_free);
        Ok(())
    }

    /// Decides the scope of symbol `i` of scope `id` (CPython's `analyze_name`).
    fn analyze_name(
        &self,
        id: ScopeId,
        i: usize,
        sets: &mut AnalysisSets<'_>,
        ctx: ErrorContext<'_>,
    ) -> Result<NameScope, SyntaxError> {
        let scope = &self.scopes[id];
        let sym = &scope.symbols[i];
        let name = sym.name.as_str();
        let at = || scope.directives.get(name).copied().unwrap_or_default();
        if sym.flags & DEF_GLOBAL != 0 {
            if sym.flags & DEF_NONLOCAL != 0 {
                return Err(ctx.error(format!("name '{name}' is nonlocal and global"), at()));
            }
            sets.global.insert(name.to_string());
            if let Some(b) = sets.bound.as_mut() {
                b.remove(name);
            }
            return Ok(NameScope::GlobalExplicit);
        }
        if sym.flags & DEF_NONLOCAL != 0 {
            let Some(b) = sets.bound.as_ref() else {
                let msg = "nonlocal declaration not allowed at module level";
                return Err(ctx.error(msg, at()));
            };
            if !b.contains(name) {
                return Err(ctx.error(format!("no binding for nonlocal '{name}' found"), at()));
            }
            sets.free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        if sym.flags & DEF_BOUND != 0 {
            sets.local.insert(name.to_string());
            sets.global.remove(name);
            return Ok(NameScope::Local);
        }
        if sets.bound.as_ref().is_some_and(|b| b.contains(name)) {
            sets.free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        Ok(NameScope::GlobalImplicit)
    }

    /// Turns locals that inner scopes capture into cells.
    fn analyze_cells(&mut self, id: ScopeId, free: &mut NameSet) {
        for sym in &mut self.scopes[id].symbols {
            if sym.scope == NameScope::Local && free.remove(&sym.name) {
                sym.scope = NameScope::Cell;
            }
        }
    }

    /// Records free names of children that pass through this scope.
    fn update_symbols(&mut self, id: ScopeId, bound: Option<&NameSet>, free: &NameSet) {
        let scope = &mut self.scopes[id];
        let is_class = scope.kind == BlockKind::Class;
        let mut names: Vec<&String> = free.iter().collect();
        names.sort();
        for name in names {
            if let Some(&i) = scope.index.get(name.as_str()) {
                let sym = &mut scope.symbols[i];
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name.as_str())) {
                continue;
            }
            scope.set_flags(name, 0);
            let last = scope.symbols.len() - 1;
            scope.symbols[last].scope = NameScope::Free;
        }
    }
}

/// The sets `analyze_name` reads and updates.
struct AnalysisSets<'s> {
    bound: &'s mut Option<NameSet>,
    local: &'s mut NameSet,
    free: &'s mut NameSet,
    global: &'s mut NameSet,
}
