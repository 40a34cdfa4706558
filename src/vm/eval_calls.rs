//! Calls made by the eval loop's call instructions: arguments taken from the caller's value stack.
//!
//! A plain Python function gets its frame straight from the stack
//! (`simple_python_call`); anything else goes through `Vm::call_or_frame`,
//! which either returns a value or a frame for the driver to push.

use super::call::CALLING;
use super::eval::Step;
use super::frame::Frame;
use super::{Kw, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::{Class, ClassCall};
use crate::objects::function::Function;
use std::rc::Rc;

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
    // The eval loop tried `simple_python_call` already for positional calls.
    if receiver.is_none()
        && args_at == func_at + 1
        && let Some(done) = builtin_type_call(vm, frame, func_at, names)
    {
        return done.map(|()| None);
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
        frame.push(v);
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

/// A call of a built-in type (`range(n)`, `str(x)` ...): its `__new__` runs
/// on the stack's `[type, args..]` as they lie. `None` for other callees.
fn builtin_type_call(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    names: &[Value],
) -> Option<PyResult<()>> {
    let Value::Class(cls) = &frame.stack[func_at] else {
        return None;
    };
    if !cls.builtin {
        return None;
    }
    let cls = cls.clone();
    let ClassCall::BuiltinNew(new) = vm.class_call(&cls) else {
        return None;
    };
    let end = frame.stack.len();
    let pos_end = end - names.len();
    let kw = Kw {
        names,
        values: &frame.stack[pos_end..end],
    };
    let result = vm.call_native(&new, &frame.stack[func_at..pos_end], kw);
    Some(result.map(|v| {
        Value::truncate_values(&mut frame.stack, func_at);
        frame.push(v);
    }))
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
            frame.push(v);
            None
        }
        super::call::CallResult::Frame(f) => Some(Step::Call(f)),
    }
}

/// The common call: a plain Python function (or a bound method of one, or a
/// plain class with a Python `__init__`) given its leading positional
/// parameters (the rest from its defaults). The arguments move from the
/// caller's stack into the new frame.
#[inline]
fn simple_python_call(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
) -> Option<Step> {
    let nargs = frame.stack.len() - pos_start;
    let (f, receiver) = match &frame.stack[func_at] {
        Value::Function(f) => (f.clone(), None),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => (f.clone(), Some(m.receiver.clone())),
            _ => return None,
        },
        Value::Class(cls) => {
            let cls = cls.clone();
            return simple_class_call(vm, frame, func_at, pos_start, &cls);
        }
        _ => return None,
    };
    let fill = simple_fill(&f, receiver.is_some(), nargs)?;
    let new = frame_from_stack(vm, frame, func_at, pos_start, &f, receiver, fill);
    Some(Step::Call(new))
}

/// The fast paths of a call with positional arguments only: a plain Python
/// function gets its frame (returned as a step to push), a built-in runs in
/// place. `None` when neither applies and the general call must run.
#[inline(always)]
pub(super) fn positional_fast_call(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
) -> Option<PyResult<Option<Step>>> {
    if matches!(frame.stack[func_at], Value::Builtin(_)) {
        return native_call(vm, frame, func_at, pos_start).map(|done| done.map(|()| None));
    }
    simple_python_call(vm, frame, func_at, pos_start).map(|step| Ok(Some(step)))
}

/// A call with positional arguments only, laid out on the stack as
/// `[callee, args..]`: the fast paths of [`positional_fast_call`], else the
/// general call. A Python callee comes back as a step to push.
#[inline(always)]
pub(super) fn positional_call(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
) -> PyResult<Option<Step>> {
    match positional_fast_call(vm, frame, func_at, pos_start) {
        Some(done) => done,
        None => call_on_stack(vm, frame, func_at, pos_start, None, &[]),
    }
}

/// A call of a built-in function or method with positional arguments only:
/// `stack[func_at]` is the callee, `stack[pos_start..]` its arguments (the
/// receiver first for a method). The arguments are passed where they lie and
/// the result replaces them. `None` when the callee is not built in, or is a
/// scope reader that needs the calling frame (see `super::scope`).
#[inline]
fn native_call(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
) -> Option<PyResult<()>> {
    let Value::Builtin(b) = &frame.stack[func_at] else {
        return None;
    };
    if pos_start == frame.stack.len() && super::scope::reads_caller_scope(b) {
        return None;
    }
    let args = &frame.stack[pos_start..];
    let result = vm.nested(CALLING, |vm| vm.call_native(b, args, Kw::EMPTY));
    Some(result.map(|v| {
        Value::truncate_values(&mut frame.stack, func_at);
        frame.push(v);
    }))
}

/// `CallMethod` of a bound built-in method found as a plain value (an
/// attribute holding `lock.release`, say): `[bound, Null, args..]` becomes
/// `[function, receiver, args..]`, a method call on the receiver. True when
/// the stack was rewritten. The caller has seen `Null` at `self_at`.
#[inline]
pub(super) fn unpack_bound_native(frame: &mut Frame, self_at: usize) -> bool {
    debug_assert!(frame.stack[self_at].is_null());
    let func_at = self_at - 1;
    let (func, receiver) = match &frame.stack[func_at] {
        Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => {
            (m.func.clone(), m.receiver.clone())
        }
        _ => return false,
    };
    frame.stack[self_at] = receiver;
    frame.stack[func_at] = func;
    true
}

/// A call of a plain class (see `Vm::plain_init`): a new instance and its
/// `__init__` frame, which gives the instance back as the call's value.
fn simple_class_call(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
    cls: &Rc<Class>,
) -> Option<Step> {
    // Built-in types are `builtin_type_call`'s.
    if cls.builtin {
        return None;
    }
    let init = vm.plain_init(cls)?;
    let fill = simple_fill(&init, true, frame.stack.len() - pos_start)?;
    let obj = vm.new_instance(cls);
    let mut new = frame_from_stack(
        vm,
        frame,
        func_at,
        pos_start,
        &init,
        Some(obj.clone()),
        fill,
    );
    new.init_instance = Some(obj);
    Some(Step::Call(new))
}

/// How `n` positional arguments fill the parameters of `f`.
#[derive(Clone, Copy)]
pub(super) struct Fill {
    /// Trailing parameters that take their defaults.
    pub missing: usize,
    /// For a function with `*args`: how many trailing arguments it collects.
    pub rest: Option<usize>,
}

/// How a receiver (when `bound`) and `nargs` positional arguments fill `f`'s
/// parameters; `None` when the call needs the general binding (`**kwargs`,
/// keyword-only parameters, a generator, too many or too few arguments, a
/// receiver that would land in `*args`).
#[inline(always)]
pub(super) fn simple_fill(f: &Function, bound: bool, nargs: usize) -> Option<Fill> {
    let n = nargs + bound as usize;
    let code = &f.code.code;
    let flags = code.flags;
    if flags.varkeywords || flags.generator || code.kwonlyargcount != 0 {
        return None;
    }
    if flags.varargs {
        return varargs_fill(f, n, nargs);
    }
    let missing = (code.argcount as usize).checked_sub(n)?;
    has_defaults(f, missing).then_some(Fill {
        missing,
        rest: None,
    })
}

/// True when `f` has defaults for its last `missing` positional parameters.
#[inline(always)]
fn has_defaults(f: &Function, missing: usize) -> bool {
    missing == 0 || f.defaults.borrow().len() >= missing
}

/// [`simple_fill`] for a function with `*args`, given `n` positional values
/// of which the last `nargs` are call arguments.
#[inline(never)]
fn varargs_fill(f: &Function, n: usize, nargs: usize) -> Option<Fill> {
    let argcount = f.code.code.argcount as usize;
    let rest = n.saturating_sub(argcount);
    if rest > nargs {
        return None;
    }
    let missing = argcount.saturating_sub(n);
    has_defaults(f, missing).then_some(Fill {
        missing,
        rest: Some(rest),
    })
}

/// The frame of a call of `f`: `receiver` (if any), then `stack[pos_start..]`
/// moved off the caller's stack, then the missing defaults, then the `*args`
/// tuple. The caller's stack is cut back to `func_at`.
#[inline(always)]
fn frame_from_stack(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
    f: &Rc<Function>,
    receiver: Option<Value>,
    fill: Fill,
) -> Box<Frame> {
    match fill.rest {
        None => stack_frame(
            vm,
            frame,
            func_at,
            pos_start,
            f,
            receiver,
            fill.missing,
            None,
        ),
        Some(n) => varargs_frame(vm, frame, func_at, pos_start, f, receiver, fill.missing, n),
    }
}

/// [`frame_from_stack`] for a function with `*args`, which collects the top
/// `n` values of the caller's stack.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn varargs_frame(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
    f: &Rc<Function>,
    receiver: Option<Value>,
    missing: usize,
    n: usize,
) -> Box<Frame> {
    let rest = rest_tuple(&mut frame.stack, n);
    stack_frame(
        vm,
        frame,
        func_at,
        pos_start,
        f,
        receiver,
        missing,
        Some(rest),
    )
}

/// The body of [`frame_from_stack`], given the `*args` tuple (if any).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn stack_frame(
    vm: &mut Vm,
    frame: &mut Frame,
    func_at: usize,
    pos_start: usize,
    f: &Rc<Function>,
    receiver: Option<Value>,
    missing: usize,
    rest: Option<Value>,
) -> Box<Frame> {
    let mut new = vm.alloc_frame_for_args(&f.code, &f.globals);
    let callee: &mut Frame = &mut new;
    if let Some(r) = receiver {
        callee.fast.push(r);
    }
    callee.move_args_from(&mut frame.stack, pos_start);
    Value::truncate_values(&mut frame.stack, func_at);
    finish_frame(callee, f, missing, rest);
    new
}

/// The `*args` tuple of the top `n` values of `stack`, which it pops.
fn rest_tuple(stack: &mut Vec<Value>, n: usize) -> Value {
    let split = stack.len() - n;
    Value::tuple(stack.drain(split..).collect())
}

/// Completes a frame whose leading positional parameters are set: the
/// `missing` trailing defaults, the `*args` tuple, unbound other locals,
/// the closure's cells and the cells of parameters that closures capture.
#[inline(always)]
pub(super) fn finish_frame(callee: &mut Frame, f: &Function, missing: usize, rest: Option<Value>) {
    if missing > 0 {
        let defaults = f.defaults.borrow();
        let from = defaults.len() - missing;
        callee.fast.extend(defaults[from..].iter().cloned());
    }
    if let Some(rest) = rest {
        callee.fast.push(rest);
    }
    callee.unbind_other_locals();
    if !f.closure.is_empty() {
        callee.cells.extend(f.closure.iter().cloned());
    }
    for &(cell, var) in &callee.code.code.cell_params {
        callee.cells[cell as usize].set(callee.fast[var as usize].clone());
    }
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
