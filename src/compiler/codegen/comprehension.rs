//! Comprehensions and generator expressions: each is a function of one
//! argument `.0` (the outermost iterator), called at once.

use super::unit::Label;
use super::{CResult, Compiler};
use crate::compiler::code::CodeKind;
use crate::compiler::opcode::Instr;
use crate::parser::ast::{Comprehension, Expr, ExprKind};

/// What the innermost loop does with each element.
#[derive(Clone, Copy)]
enum Element<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Generator(&'a Expr),
}

impl<'a> Compiler<'a> {
    /// Any comprehension expression `e`.
    pub(crate) fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (name, element, generators) = match &e.kind {
            ExprKind::ListComp { elt, generators } => {
                ("<listcomp>", Element::List(elt), generators)
            }
            ExprKind::SetComp { elt, generators } => ("<setcomp>", Element::Set(elt), generators),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => ("<dictcomp>", Element::Dict(key, value), generators),
            ExprKind::GeneratorExp { elt, generators } => {
                ("<genexpr>", Element::Generator(elt), generators)
            }
            _ => return Ok(()),
        };
        let Some(outermost) = generators.first() else {
            return Err(self.error("comprehension without a for clause", e.loc));
        };
        let scope = self.child_scope(e, e.loc)?;
        let qualname = self.qualname(name);
        self.enter_unit(scope, CodeKind::Comprehension, name, &qualname, e.loc);
        self.u().argcount = 1;
        self.comprehension_body(element, generators)?;
        let code = self.exit_unit()?;
        self.make_closure(code, 0, &qualname);
        self.expr(&outermost.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        element: Element<'a>,
        generators: &'a [Comprehension],
    ) -> CResult {
        match element {
            Element::List(_) => self.emit(Instr::BuildList(0)),
            Element::Set(_) => self.emit(Instr::BuildSet(0)),
            Element::Dict(..) => self.emit(Instr::BuildMap(0)),
            Element::Generator(_) => {}
        }
        self.comprehension_loop(element, generators, 0)?;
        if matches!(element, Element::Generator(_)) {
            self.load_none();
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// The loop of generator `index`, with the loops after it nested inside.
    fn comprehension_loop(
        &mut self,
        element: Element<'a>,
        generators: &'a [Comprehension],
        index: usize,
    ) -> CResult {
        let Some(generator) = generators.get(index) else {
            return self.comprehension_element(element, generators.len() as u32);
        };
        let (start, skip, anchor) = (self.new_label(), self.new_label(), self.new_label());
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&generator.iter)?;
            self.emit(Instr::GetIter);
        }
        self.bind(start);
        self.emit_jump(Instr::ForIter, anchor);
        self.store(&generator.target)?;
        for cond in &generator.ifs {
            self.jump_if(cond, false, skip)?;
        }
        self.comprehension_loop(element, generators, index + 1)?;
        self.loop_back(skip, start);
        self.bind(anchor);
        Ok(())
    }

    /// Binds `skip` and closes the loop with the tick-counting backward jump.
    fn loop_back(&mut self, skip: Label, start: Label) {
        self.bind(skip);
        self.emit_jump(Instr::JumpBackward, start);
    }

    /// Adds one element to the result (or yields it); `depth` loops' iterators sit above the result,
    /// so the result is item `depth + 2` counting the element as 1.
    fn comprehension_element(&mut self, element: Element<'a>, depth: u32) -> CResult {
        match element {
            Element::List(elt) => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth + 2));
            }
            Element::Set(elt) => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth + 2));
            }
            Element::Dict(key, value) => {
                self.expr(key)?;
                self.expr(value)?;
                self.emit(Instr::MapAdd(depth + 2));
            }
            Element::Generator(elt) => {
                self.expr(elt)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }
}
