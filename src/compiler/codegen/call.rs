//! Calls (plain, keyword, method and star-argument forms) and the
//! list/set/tuple/dict displays that share their unpacking logic.

use super::expr::Seq;
use super::{CResult, Compiler};
use crate::compiler::code::ConstValue;
use crate::compiler::opcode::Instr;
use crate::parser::ast::{Expr, ExprKind, Keyword};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// `func(args, keywords)`.
    pub(crate) fn call(&mut self, func: &'a Expr, args: &'a [Expr], kws: &'a [Keyword]) -> CResult {
        self.check_keywords(kws)?;
        if let ExprKind::Attribute { value, attr } = &func.kind
            && !has_unpacking(args, kws)
        {
            let (receiver, name) = self.attribute_operands(value, attr)?;
            self.at(func.loc, |c| match receiver {
                Some(local) => c.emit(Instr::LoadFastMethod { local, name }),
                None => c.emit(Instr::LoadMethod(name)),
            });
            return self.call_args(0, args, kws, true);
        }
        self.expr(func)?;
        self.call_with_pushed(0, args, kws)
    }

    /// Arguments and the call instruction; `pushed` positional arguments are already on the stack.
    pub(crate) fn call_with_pushed(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        kws: &'a [Keyword],
    ) -> CResult {
        if has_unpacking(args, kws) {
            return self.call_ex(pushed, args, kws);
        }
        self.call_args(pushed, args, kws, false)
    }

    fn call_args(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        kws: &'a [Keyword],
        method: bool,
    ) -> CResult {
        for arg in args {
            self.expr(arg)?;
        }
        for kw in kws {
            self.expr(&kw.value)?;
        }
        let n = pushed + (args.len() + kws.len()) as u32;
        if kws.is_empty() {
            self.emit(if method {
                Instr::CallMethod(n)
            } else {
                Instr::Call(n)
            });
            return Ok(());
        }
        let names: Vec<ConstValue> = kws
            .iter()
            .map(|k| ConstValue::Str(Rc::from(k.arg.as_deref().unwrap_or(""))))
            .collect();
        self.load_const(ConstValue::Tuple(names.into()));
        self.emit(if method {
            Instr::CallMethodKw(n)
        } else {
            Instr::CallKw(n)
        });
        Ok(())
    }

    /// `f(*a, **k)`: builds the argument tuple and keyword dict, then `CallEx`.
    /// A lone `*a` is passed as is (`CallEx` checks it is iterable, as CPython does).
    fn call_ex(&mut self, pushed: u32, args: &'a [Expr], kws: &'a [Keyword]) -> CResult {
        match args {
            [
                Expr {
                    kind: ExprKind::Starred(only),
                    ..
                },
            ] if pushed == 0 => self.expr(only)?,
            _ => self.sequence_with_pushed(pushed, args, Seq::Tuple)?,
        }
        if kws.is_empty() {
            self.emit(Instr::CallEx(false));
            return Ok(());
        }
        let mut have_dict = false;
        let mut pending = 0u32;
        for kw in kws {
            if kw.arg.is_some() {
                let name = kw.arg.as_deref().unwrap_or("");
                self.load_const(ConstValue::Str(Rc::from(name)));
                self.expr(&kw.value)?;
                pending += 1;
                continue;
            }
            self.flush_keywords(&mut pending, &mut have_dict);
            if !have_dict {
                self.emit(Instr::BuildMap(0));
                have_dict = true;
            }
            self.expr(&kw.value)?;
            self.emit(Instr::DictMerge(2));
        }
        self.flush_keywords(&mut pending, &mut have_dict);
        self.emit(Instr::CallEx(true));
        Ok(())
    }

    /// Collects pending `name=value` pairs into the keyword dict.
    fn flush_keywords(&mut self, pending: &mut u32, have_dict: &mut bool) {
        if *pending == 0 {
            return;
        }
        self.emit(Instr::BuildMap(*pending));
        if *have_dict {
            self.emit(Instr::DictMerge(2));
        }
        *have_dict = true;
        *pending = 0;
    }

    /// `keyword argument repeated: x`.
    pub(crate) fn check_keywords(&self, kws: &[Keyword]) -> CResult {
        for (i, kw) in kws.iter().enumerate() {
            let Some(name) = &kw.arg else { continue };
            if kws[..i].iter().any(|k| k.arg.as_ref() == Some(name)) {
                return Err(self.error(format!("keyword argument repeated: {name}"), kw.loc));
            }
        }
        Ok(())
    }

    /// A list, set or tuple display, with `*x` unpacking.
    pub(crate) fn sequence(&mut self, elts: &'a [Expr], kind: Seq) -> CResult {
        self.sequence_with_pushed(0, elts, kind)
    }

    fn sequence_with_pushed(&mut self, pushed: u32, elts: &'a [Expr], kind: Seq) -> CResult {
        let plain = elts.iter().take_while(|e| !is_starred(e)).count();
        for e in &elts[..plain] {
            self.expr(e)?;
        }
        let n = pushed + plain as u32;
        if plain == elts.len() {
            self.emit(match kind {
                Seq::List => Instr::BuildList(n),
                Seq::Set => Instr::BuildSet(n),
                Seq::Tuple => Instr::BuildTuple(n),
            });
            return Ok(());
        }
        let set = kind == Seq::Set;
        self.emit(if set {
            Instr::BuildSet(n)
        } else {
            Instr::BuildList(n)
        });
        for e in &elts[plain..] {
            match &e.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if set {
                        Instr::SetUpdate(2)
                    } else {
                        Instr::ListExtend(2)
                    });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if set {
                        Instr::SetAdd(2)
                    } else {
                        Instr::ListAppend(2)
                    });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    /// `{k: v, **m}`.
    pub(crate) fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let mut have_dict = false;
        let mut pending = 0u32;
        for (key, value) in keys.iter().zip(values) {
            match key {
                Some(key) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    pending += 1;
                }
                None => {
                    self.flush_pairs(&mut pending, &mut have_dict);
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(value)?;
                    self.emit(Instr::DictUpdate(2));
                }
            }
        }
        self.flush_pairs(&mut pending, &mut have_dict);
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn flush_pairs(&mut self, pending: &mut u32, have_dict: &mut bool) {
        if *pending == 0 {
            return;
        }
        self.emit(Instr::BuildMap(*pending));
        if *have_dict {
            self.emit(Instr::DictUpdate(2));
        }
        *have_dict = true;
        *pending = 0;
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

/// Whether a call needs `CallEx`: a `*arg` or a `**kwargs`.
fn has_unpacking(args: &[Expr], kws: &[Keyword]) -> bool {
    args.iter().any(is_starred) || kws.iter().any(|k| k.arg.is_none())
}
