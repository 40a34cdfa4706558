//! `s += t` on a local str without copying `s`, when nothing else refers to it.
//!
//! Building a string with `+=` in a loop would copy the whole text every time
//! (quadratic). When the instruction after the `+=` stores the result back
//! into the same local, the local's reference is dropped first; if the str is
//! then unshared it is extended in place (amortised linear, as in CPython).

use super::frame::Frame;
use crate::compiler::opcode::{BinaryOperator, Instr};
use crate::objects::Value;
use std::rc::Rc;

/// Appends `b` to the str `a` in place if `op` is `+=` on two strs, the next
/// instruction stores into the local holding `a`, and no other reference to
/// `a` exists. Returns the result, or gives `a` back for the general path.
pub fn append_in_place(
    frame: &mut Frame,
    instrs: &[Instr],
    op: BinaryOperator,
    a: Value,
    b: &Value,
) -> Result<Value, Value> {
    let (Value::Str(_), Value::Str(tail)) = (&a, b) else {
        return Err(a);
    };
    if op != BinaryOperator::InplaceAdd {
        return Err(a);
    }
    let Some(&Instr::StoreFast(slot)) = instrs.get(frame.ip) else {
        return Err(a);
    };
    let Value::Str(mut head) = a else {
        unreachable!("checked above")
    };
    let local = &mut frame.fast[slot as usize];
    if matches!(local, Value::Str(s) if Rc::ptr_eq(s, &head)) {
        // The next instruction overwrites this local with the result anyway.
        *local = Value::Null;
    }
    match Rc::get_mut(&mut head) {
        Some(text) => {
            text.push_str(tail);
            Ok(Value::Str(head))
        }
        None => Err(Value::Str(head)),
    }
}
