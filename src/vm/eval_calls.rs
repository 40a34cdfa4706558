//! Calls made by the eval loop's call instructions: arguments taken from the caller's value stack.
//!
//! A plain Python function gets its frame straight from the stack
//! (`simple_python_call`); anything else goes through `Vm::call_or_frame`,
//! which either returns a value or a frame for the driver to push.

use super::eval::Step;
use super::frame::Frame;
use super::{Kw, PyResult, Vm};
use crate::objects::Value;

/// Calls `stack[func_at]` with `stack[args_at..]` (the last `names.len()` are keywords).
/// Returns a step when a Python frame must be pushed; otherwise leaves the result on the stack.
pub(super) fn call_on_stack(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    args_at: usize,
    receiver: Option<usize>,
    names: &[Value],
) -> PyResult<Option<Step>> {
    if names.is_empty()
        && let Some(step) = simple_python_call(vm, frame, func_at, receiver.unwrap_or(args_at))
    {
        return Ok(Some(step));
    }
    let func = frame.stack[func_at].clone();
    if let Value::Builtin(b) = &func
        && names.is_empty()
        && receiver.is_none()
        && args_at == frame.stack.len()
        && super::scope::reads_caller_scope(b)
    {
        let v = vm.call_scope_reader(frame, b)?;
        frame.stack.truncate(func_at);
        frame.stack.push(v);
        return Ok(None);
    }
    let nkw = names.len();
    let end = frame.stack.len();
    let pos_end = end - nkw;
    let result = {
        let pos_start = receiver.unwrap_or(args_at);
        let args = &frame.stack[pos_start..pos_end];
        let kw = Kw {
            names,
            values: &frame.stack[pos_end..end],
        };
        vm.call_or_frame(&func, args, kw)?
    };
    frame.stack.truncate(func_at);
    Ok(push_result_or_call(frame, result))
}

/// Finishes a call started with [`Vm::call_or_frame`]: a native result goes on
/// the stack; a Python frame is returned for the driver to push (its return
/// value lands on the stack when it returns).
pub(super) fn push_result_or_call(
    frame: &mut Frame,
    started: super::call::CallResult,
) -> Option<Step> {
    match started {
        super::call::CallResult::Value(v) => {
            frame.stack.push(v);
            None
        }
        super::call::CallResult::Frame(f) => Some(Step::Call(f)),
    }
}

/// The common call: a plain Python function given its leading positional
/// parameters (the rest from its defaults). The arguments move from the
/// caller's stack into the new frame.
#[inline]
fn simple_python_call(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
) -> Option<Step> {
    let Value::Function(f) = &frame.stack[func_at] else {
        return None;
    };
    let code = &f.code.code;
    let n = frame.stack.len() - pos_start;
    let flags = code.flags;
    let argcount = code.argcount as usize;
    if flags.varargs || flags.varkeywords || flags.generator || code.kwonlyargcount != 0 {
        return None;
    }
    // Missing trailing parameters come from the defaults.
    let missing = argcount.checked_sub(n)?;
    if missing > 0 && f.defaults.borrow().len() < missing {
        return None;
    }
    let mut new = vm.alloc_frame_for_args(f.code.clone(), f.globals.clone());
    let callee: &mut Frame = &mut new;
    // The function stays on the caller's stack until the call is made.
    let f = f.clone();
    callee.move_args_from(&mut frame.stack, pos_start);
    if missing > 0 {
        let defaults = f.defaults.borrow();
        let from = defaults.len() - missing;
        callee.fast.extend(defaults[from..].iter().cloned());
    }
    callee.unbind_other_locals();
    callee.cells.extend(f.closure.iter().cloned());
    frame.stack.truncate(func_at);
    for &(cell, var) in &callee.code.code.cell_params {
        callee.cells[cell as usize].set(callee.fast[var as usize].clone());
    }
    Some(Step::Call(new))
}

/// `CallMethod`: `[m, self_or_null, args..]`.
pub(super) fn call_method_on_stack(
    vm: &mut Vm,
    frame: &mut Frame,
    args_at: usize,
    names: &[Value],
) -> PyResult<Option<Step>> {
    let self_at = args_at - 1;
    let func_at = args_at - 2;
    let receiver = if frame.stack[self_at].is_null() {
        None
    } else {
        Some(self_at)
    };
    call_on_stack(vm, frame, func_at, args_at, receiver, names)
}
