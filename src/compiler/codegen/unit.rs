//! One code object under construction: instructions, labels, constants and names.

use super::super::code::{CodeFlags, CodeKind, CodeObject, ConstValue};
use super::super::opcode::Instr;
use super::super::stack_depth::{self, BytecodeFault, Slots};
use super::fblock::FBlock;
use crate::parser::ast::Loc;
use std::rc::Rc;

/// A jump target inside one unit, bound to an instruction index later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// The code object being compiled for one scope.
pub(crate) struct Unit<'a> {
    /// The symbol-table scope this unit compiles.
    pub scope: usize,
    /// What it is compiled from.
    pub kind: CodeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub first_line: u32,
    pub flags: CodeFlags,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub docstring: Option<Rc<str>>,
    /// The class name used for private-name mangling, if inside a class.
    pub private: Option<String>,
    /// The location given to emitted instructions.
    pub loc: Loc,
    /// The enclosing blocks that `break`/`continue`/`return` must unwind.
    pub fblocks: Vec<FBlock<'a>>,
    names: Vec<Rc<str>>,
    consts: Vec<ConstValue>,
    instructions: Vec<Instr>,
    locations: Vec<Loc>,
    labels: Vec<Option<u32>>,
    jumps: Vec<usize>,
}

impl<'a> Unit<'a> {
    /// An empty unit for `scope`.
    pub(crate) fn new(scope: usize, kind: CodeKind, name: &str, qualname: &str, loc: Loc) -> Self {
        Unit {
            scope,
            kind,
            name: name.into(),
            qualname: qualname.into(),
            first_line: loc.line,
            flags: CodeFlags::default(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            docstring: None,
            private: None,
            loc,
            fblocks: Vec::new(),
            names: Vec::new(),
            consts: Vec::new(),
            instructions: Vec::new(),
            locations: Vec::new(),
            labels: Vec::new(),
            jumps: Vec::new(),
        }
    }

    /// Appends an instruction at the current location.
    pub(crate) fn emit(&mut self, instr: Instr) {
        self.instructions.push(instr);
        self.locations.push(self.loc);
    }

    /// Appends a jump to `label` built by `make` (e.g. `Instr::Jump`).
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.jumps.push(self.instructions.len());
        self.emit(make(label.0));
    }

    /// A fresh, unbound label.
    pub(crate) fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction.
    pub(crate) fn bind(&mut self, label: Label) {
        let here = self.instructions.len() as u32;
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            *slot = Some(here);
        }
    }

    /// Whether the last instruction never falls through and no jump lands after it.
    pub(crate) fn ends_in_exit(&self) -> bool {
        let here = Some(self.instructions.len() as u32);
        let targeted = self.labels.contains(&here);
        let exits = matches!(
            self.instructions.last(),
            Some(Instr::ReturnValue | Instr::Reraise | Instr::RaiseVarargs(_))
        );
        exits && !targeted
    }

    /// The index of constant `value`, adding it when new.
    pub(crate) fn add_const(&mut self, value: ConstValue) -> u32 {
        if let Some(i) = self.consts.iter().position(|c| same_const(c, &value)) {
            return i as u32;
        }
        self.consts.push(value);
        self.consts.len() as u32 - 1
    }

    /// The index of name `name` in `names`, adding it when new.
    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        index_of(&mut self.names, name)
    }

    /// The index of local `name` in `varnames`, adding it when new.
    pub(crate) fn add_varname(&mut self, name: &str) -> u32 {
        index_of(&mut self.varnames, name)
    }

    /// The cell-or-free index of `name`, if it is a cell or free variable here.
    pub(crate) fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| &**c == name) {
            return Some(i as u32);
        }
        let i = self.freevars.iter().position(|c| &**c == name)?;
        Some((self.cellvars.len() + i) as u32)
    }

    /// Resolves labels, checks the stack discipline of every path and produces
    /// the finished code object. A fault comes with the location of the
    /// instruction at fault (a compiler bug, reported instead of run).
    pub(crate) fn assemble(
        mut self,
        filename: Rc<str>,
    ) -> Result<CodeObject, (BytecodeFault, Loc)> {
        let end = self.instructions.len() as u32;
        for &at in &self.jumps {
            let instr = self.instructions[at];
            let label = instr.jump_target().unwrap_or(0) as usize;
            let target = self.labels.get(label).copied().flatten().unwrap_or(end);
            self.instructions[at] = retarget(instr, target);
        }
        let slots = Slots {
            locals: self.varnames.len(),
            consts: self.consts.len(),
        };
        let stack_bound = stack_depth::analyse(&self.instructions, slots).map_err(|fault| {
            let loc = self.locations.get(fault.index()).copied();
            (fault, loc.unwrap_or(self.loc))
        })?;
        let cell_params = cell_params(&self.cellvars, &self.varnames, self.argcount_total());
        Ok(CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename,
            first_line: self.first_line,
            kind: self.kind,
            flags: self.flags,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell_params,
            names: self.names,
            consts: self.consts,
            instructions: self.instructions,
            locations: self.locations,
            stack_bound,
            docstring: self.docstring,
        })
    }

    /// The number of parameter slots, counting `*args` and `**kwargs`.
    fn argcount_total(&self) -> usize {
        let star = self.flags.varargs as u32 + self.flags.varkeywords as u32;
        (self.argcount + self.kwonlyargcount + star) as usize
    }
}

fn index_of(list: &mut Vec<Rc<str>>, name: &str) -> u32 {
    if let Some(i) = list.iter().position(|n| &**n == name) {
        return i as u32;
    }
    list.push(name.into());
    list.len() as u32 - 1
}

/// `(cell index, varnames index)` for every parameter that lives in a cell.
fn cell_params(cellvars: &[Rc<str>], varnames: &[Rc<str>], nparams: usize) -> Vec<(u32, u32)> {
    let params = &varnames[..nparams.min(varnames.len())];
    let find = |c: &Rc<str>| params.iter().position(|p| p == c);
    let pairs = cellvars
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i as u32, find(c)? as u32)));
    pairs.collect()
}

/// `instr` with its jump target replaced by `target`.
fn retarget(instr: Instr, target: u32) -> Instr {
    match instr {
        Instr::ForIter(_) => Instr::ForIter(target),
        Instr::Jump(_) => Instr::Jump(target),
        Instr::JumpBackward(_) => Instr::JumpBackward(target),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
        Instr::SetupFinally(_) => Instr::SetupFinally(target),
        other => other,
    }
}

/// Constant identity for de-duplication: `0`, `0.0`, `-0.0` and `False` stay distinct.
fn same_const(a: &ConstValue, b: &ConstValue) -> bool {
    match (a, b) {
        (ConstValue::Float(x), ConstValue::Float(y))
        | (ConstValue::Imaginary(x), ConstValue::Imaginary(y)) => x.to_bits() == y.to_bits(),
        (ConstValue::Tuple(x), ConstValue::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_const(p, q))
        }
        (ConstValue::Code(x), ConstValue::Code(y)) => Rc::ptr_eq(x, y),
        _ => a == b,
    }
}
