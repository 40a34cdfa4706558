//! The eval loop: runs frames, switching between Python frames without Rust recursion.
//!
//! `run_frame` drives a base frame and every Python frame it calls from
//! bytecode (a `FrameStack`, not the Rust stack). `execute_until_error` runs
//! instructions, switching to a callee on a call and back on its return,
//! until the base frame returns or yields or an instruction fails; `drive`
//! then unwinds the error through the frames.

use super::attr_fast;
use super::eval_calls::{
    call_method_on_stack, call_on_stack, positional_call, positional_fast_call,
    push_result_or_call, unpack_bound_native,
};
use super::fast_ops;
use super::frame::{Block, Frame};
use super::frame_stack::FrameStack;
use super::{Kw, PyErr, PyResult, Vm};
use crate::compiler::opcode::Instr;
use crate::objects::Value;
use crate::objects::code::PyCode;
use crate::objects::global_cache;

/// How a base frame stopped.
pub enum Outcome {
    /// It returned this value.
    Return(Value),
    /// It yielded this value (generators only).
    Yield(Value),
}

/// What an instruction's helper asks the loop to do besides going on.
pub(crate) enum Step {
    /// Push this callee frame and run it.
    Call(Box<Frame>),
    /// The frame yielded this value (`yield from` passing a value out).
    Yield(Value),
}

/// Runs `base` until it returns or yields, running the Python frames it calls.
pub fn run_frame(vm: &mut Vm, base: &mut Frame) -> PyResult<Outcome> {
    let mut frames = FrameStack::new(base);
    let (base, callees) = frames.parts();
    vm.frame_chain.enter(base, callees);
    let outcome = drive(vm, &mut frames);
    vm.frame_chain.leave();
    outcome
}

/// The loop of [`run_frame`]: runs instructions, and hands each error to the
/// frames from the top down until one handles it.
fn drive(vm: &mut Vm, frames: &mut FrameStack<'_>) -> PyResult<Outcome> {
    loop {
        let (err, reraise) = match execute_until_error(vm, frames) {
            Ok(outcome) => return Ok(outcome),
            Err(e) => e,
        };
        if !reraise {
            vm.set_context(&err.exc);
        }
        let mut unhandled = unwind(vm, frames.top(), err, !reraise);
        while let Err(err) = unhandled {
            if !frames.pop_failed(vm) {
                return Err(err);
            }
            unhandled = unwind(vm, frames.top(), err, true);
        }
    }
}
/// Finds a handler for `err` in `frame`: on success the frame is ready to run the handler.
/// `add_tb` records this frame in the traceback (false for `Reraise`).
pub(crate) fn unwind(
    vm: &mut Vm,
    frame: &mut Frame,
    err: PyErr,
    add_tb: bool,
) -> Result<(), PyErr> {
    if add_tb {
        vm.add_traceback(&err.exc, frame);
    }
    if vm.unwinding_for_limit() {
        return Err(err);
    }
    while let Some(block) = frame.blocks.pop() {
        match block {
            Block::ExceptHandler { previous, depth } => {
                vm.handled = previous;
                frame.stack.truncate(depth as usize);
            }
            Block::Handler { handler, depth } => {
                frame.stack.truncate(depth as usize);
                let previous = std::mem::replace(&mut vm.handled, err.exc.clone());
                frame.blocks.push(Block::ExceptHandler { previous, depth });
                frame.stack.push(err.exc);
                frame.ip = handler as usize;
                return Ok(());
            }
        }
    }
    Err(err)
}

/// An error from an instruction: the exception and whether it is a re-raise.
type InstrError = (PyErr, bool);

fn fresh(e: PyErr) -> InstrError {
    (e, false)
}

/// The instruction loop proper: runs the top frame, switching frames on
/// Python calls and returns, until the base frame returns or yields or an
/// instruction fails.
fn execute_until_error(vm: &mut Vm, frames: &mut FrameStack<'_>) -> Result<Outcome, InstrError> {
    // One turn of the outer loop per switch of the running frame (a call or a
    // return), so that within the inner loop the frame and its code are fixed.
    'frames: loop {
        let frame = frames.top();
        let code = frame.code.clone();
        let instrs: &[Instr] = &code.code.instructions;
        // The index of the next instruction, kept out of memory; `frame.ip` is
        // brought up to date before anything that could look at it runs.
        let mut ip = frame.ip;
        // Follows a helper's request to push a callee or to yield.
        macro_rules! take_step {
            ($step:expr) => {{
                match $step {
                    Step::Call(callee) => {
                        frames.push_callee(vm, callee).map_err(fresh)?;
                        continue 'frames;
                    }
                    Step::Yield(v) => return yield_from(vm, frames, v),
                }
            }};
        }
        loop {
            debug_assert!(frame.stack.len() <= code.code.stack_bound.max());
            // SAFETY: the stack-depth analysis proved that no path of this code
            // falls or jumps past its last instruction, so `ip` is in bounds.
            let instr = unsafe { *instrs.get_unchecked(ip) };
            ip += 1;
            // The rule for every arm: store `ip` in `frame.ip` before anything
            // that can raise, call, yield or run code that reads frames
            // (tracebacks and `sys._getframe` use it). Only fast paths that do
            // none of these skip the store.
            match instr {
                Instr::Nop => continue,
                Instr::PopTop => {
                    frame.pop().release();
                    continue;
                }
                Instr::Copy(n) => {
                    let v = frame.stack[frame.stack.len() - n as usize].clone();
                    frame.push(v);
                    continue;
                }
                Instr::Swap(n) => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - n as usize);
                    continue;
                }
                Instr::LoadConst(i) => {
                    frame.push(code.constant(i).clone());
                    continue;
                }
                Instr::LoadFast(i) => {
                    let v = frame.local(i);
                    if !v.is_null() {
                        frame.push(v.clone());
                        continue;
                    }
                    frame.ip = ip;
                    return Err(fresh(vm.unbound_local(&code.code.varnames[i as usize])));
                }
                Instr::StoreFast(i) => {
                    let v = frame.pop();
                    std::mem::replace(frame.local_mut(i), v).release();
                    continue;
                }
                Instr::LoadGlobal(i) => {
                    if let Some(v) = global_cache::cached(&code, i, &frame.globals, vm.builtins()) {
                        frame.push(v);
                        continue;
                    }
                    frame.ip = ip;
                    let v = vm.load_global(frame, &code, i).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::LoadAttr(i) => {
                    // A native object's lookup may reach code that reads frames.
                    frame.ip = ip;
                    if let Some(top) = frame.stack.last_mut()
                        && let Some(v) = attr_fast::load_attr(vm, &code, i, top)
                    {
                        *top = v;
                        continue;
                    }
                    frame.ip = ip;
                    let obj = frame.pop();
                    let v = vm.getattr(&obj, code.name(i)).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::LoadMethod(i) => {
                    frame.ip = ip;
                    if let Some(top) = frame.stack.last_mut()
                        && let Some(found) = attr_fast::load_method(vm, &code, i, top)
                    {
                        let second = match found {
                            attr_fast::Method::Unbound(method) => std::mem::replace(top, method),
                            attr_fast::Method::Value(v) => {
                                *top = v;
                                Value::Null
                            }
                        };
                        frame.push(second);
                        continue;
                    }
                    frame.ip = ip;
                    let obj = frame.pop();
                    let (a, b) = vm.load_method(obj, code.name(i)).map_err(fresh)?;
                    frame.push(a);
                    frame.push(b);
                }
                Instr::LoadFastAttr { local, name } => {
                    frame.ip = ip;
                    let obj = frame.local(local.into());
                    if let Some(v) = attr_fast::load_attr(vm, &code, name, obj) {
                        frame.push(v);
                        continue;
                    }
                    let obj = fused_receiver(vm, frame, &code, local).map_err(fresh)?;
                    let v = vm.getattr(&obj, code.name(name)).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::LoadFastMethod { local, name } => {
                    frame.ip = ip;
                    let obj = frame.local(local.into());
                    if let Some(found) = attr_fast::load_method(vm, &code, name, obj) {
                        let (first, second) = match found {
                            attr_fast::Method::Unbound(method) => (method, obj.clone()),
                            attr_fast::Method::Value(v) => (v, Value::Null),
                        };
                        frame.push(first);
                        frame.push(second);
                        continue;
                    }
                    let obj = fused_receiver(vm, frame, &code, local).map_err(fresh)?;
                    let (a, b) = vm.load_method(obj, code.name(name)).map_err(fresh)?;
                    frame.push(a);
                    frame.push(b);
                }
                Instr::BinarySubscr => {
                    let (container, index) = frame.top_pair();
                    if let Some(v) = fast_ops::list_item(container, index) {
                        frame.replace_container_and_inline_index(v);
                        continue;
                    }
                    frame.ip = ip;
                    let index = frame.pop();
                    let container = frame.pop();
                    let v = vm.getitem(&container, &index).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::BinaryOp(op) => {
                    let (a, b) = frame.top_pair();
                    if let Some(v) = fast_ops::binary(a, b, op) {
                        frame.replace_inline_pair(v);
                        continue;
                    }
                    frame.ip = ip;
                    let b = frame.pop();
                    let a = frame.pop();
                    let a = match super::str_append::append_in_place(frame, instrs, op, a, &b) {
                        Ok(v) => {
                            frame.push(v);
                            continue;
                        }
                        Err(a) => a,
                    };
                    let v = vm.binary_op(&a, &b, op).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::CompareOp(op) => {
                    let (a, b) = frame.top_pair();
                    if let Some(r) = fast_ops::compare(a, b, op) {
                        frame.replace_inline_pair(Value::Bool(r));
                        continue;
                    }
                    frame.ip = ip;
                    let b = frame.pop();
                    let a = frame.pop();
                    let v = vm.compare(&a, &b, op).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::IsOp(invert) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::Bool(a.is(&b) != invert));
                    continue;
                }
                Instr::Jump(t) => {
                    ip = t as usize;
                    continue;
                }
                // Counts a tick; when the count runs out, the check point runs
                // with `frame.ip` at the loop's head.
                Instr::JumpBackward(t) => {
                    ip = t as usize;
                    vm.ticks -= 1;
                    if vm.ticks != 0 {
                        continue;
                    }
                    frame.ip = ip;
                    vm.check_point().map_err(fresh)?;
                }
                Instr::PopJumpIfFalse(t) => {
                    if let Some(truth) = fast_ops::truth(frame.top()) {
                        frame.pop().release();
                        if !truth {
                            ip = t as usize;
                        }
                        continue;
                    }
                    frame.ip = ip;
                    let v = frame.pop();
                    let truth = vm.truthy(&v).map_err(fresh)?;
                    v.release();
                    if !truth {
                        ip = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    if let Some(truth) = fast_ops::truth(frame.top()) {
                        frame.pop().release();
                        if truth {
                            ip = t as usize;
                        }
                        continue;
                    }
                    frame.ip = ip;
                    let v = frame.pop();
                    let truth = vm.truthy(&v).map_err(fresh)?;
                    v.release();
                    if truth {
                        ip = t as usize;
                    }
                }
                Instr::DeleteFast(i) => {
                    frame.ip = ip;
                    if frame.fast[i as usize].is_null() {
                        return Err(fresh(vm.unbound_local(&code.code.varnames[i as usize])));
                    }
                    frame.fast[i as usize] = Value::Null;
                }
                Instr::LoadDeref(i) => {
                    frame.ip = ip;
                    let v = frame.cells[i as usize].get();
                    if v.is_null() {
                        return Err(fresh(vm.unbound_deref(&code, i)));
                    }
                    frame.push(v);
                }
                Instr::StoreDeref(i) => {
                    frame.ip = ip;
                    let v = frame.pop();
                    frame.cells[i as usize].set(v);
                }
                Instr::DeleteDeref(i) => {
                    frame.ip = ip;
                    if frame.cells[i as usize].get().is_null() {
                        return Err(fresh(vm.unbound_deref(&code, i)));
                    }
                    frame.cells[i as usize].set(Value::Null);
                }
                Instr::LoadClosure(i) => {
                    frame.ip = ip;
                    frame
                        .stack
                        .push(Value::Cell(frame.cells[i as usize].clone()));
                }
                Instr::LoadClassDeref(i) => {
                    frame.ip = ip;
                    let v = vm.load_class_deref(frame, i).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::LoadName(i) => {
                    frame.ip = ip;
                    let v = vm.load_name(frame, &code, i).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::StoreName(i) => {
                    frame.ip = ip;
                    let v = frame.pop();
                    vm.store_name(frame, &code.names[i as usize], v)
                        .map_err(fresh)?;
                }
                Instr::DeleteName(i) => {
                    frame.ip = ip;
                    vm.delete_name(frame, code.name(i)).map_err(fresh)?;
                }
                Instr::StoreGlobal(i) => {
                    frame.ip = ip;
                    let v = frame.pop();
                    frame
                        .globals
                        .set_str_value(code.names[i as usize].clone(), v);
                }
                Instr::DeleteGlobal(i) => {
                    frame.ip = ip;
                    let name = code.name(i);
                    if frame.globals.remove_str(name.as_str()).is_none() {
                        return Err(fresh(vm.name_error(name.as_str())));
                    }
                }
                Instr::StoreAttr(i) => {
                    frame.ip = ip;
                    let obj = frame.pop();
                    let v = frame.pop();
                    if let Err(v) = attr_fast::store_attr(&code, i, &obj, v) {
                        vm.setattr(&obj, &code.names[i as usize], v)
                            .map_err(fresh)?;
                    }
                }
                Instr::StoreFastAttr { local, name } => {
                    frame.ip = ip;
                    let v = frame.pop();
                    if let Err(v) = attr_fast::store_attr(&code, name, frame.local(local.into()), v)
                    {
                        let obj = fused_receiver(vm, frame, &code, local).map_err(fresh)?;
                        vm.setattr(&obj, &code.names[name as usize], v)
                            .map_err(fresh)?;
                    }
                }
                Instr::DeleteAttr(i) => {
                    frame.ip = ip;
                    let obj = frame.pop();
                    vm.delattr(&obj, code.name(i)).map_err(fresh)?;
                }
                Instr::StoreSubscr => {
                    frame.ip = ip;
                    let index = frame.pop();
                    let container = frame.pop();
                    let v = frame.pop();
                    if let Err(v) = fast_ops::set_list_item(&container, &index, v) {
                        vm.setitem(&container, &index, v).map_err(fresh)?;
                    }
                }
                Instr::DeleteSubscr => {
                    frame.ip = ip;
                    let index = frame.pop();
                    let container = frame.pop();
                    vm.delitem(&container, &index).map_err(fresh)?;
                }
                Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryInvert => {
                    frame.ip = ip;
                    let a = frame.pop();
                    let v = unary(vm, instr, &a).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::UnaryNot => {
                    frame.ip = ip;
                    let a = frame.pop();
                    let t = vm.truthy(&a).map_err(fresh)?;
                    frame.push(Value::Bool(!t));
                }
                Instr::ContainsOp(invert) => {
                    frame.ip = ip;
                    let container = frame.pop();
                    let item = frame.pop();
                    let found = vm.contains(&container, &item).map_err(fresh)?;
                    frame.push(Value::Bool(found != invert));
                }
                Instr::BuildTuple(n) => {
                    frame.ip = ip;
                    let items = frame.pop_n(n as usize);
                    frame.push(Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    frame.ip = ip;
                    let items = frame.pop_n(n as usize);
                    frame.push(Value::list(items));
                }
                Instr::BuildSet(n) => {
                    frame.ip = ip;
                    let items = frame.pop_n(n as usize);
                    let set = vm.new_set(items).map_err(fresh)?;
                    frame.push(set);
                }
                Instr::BuildMap(n) => {
                    frame.ip = ip;
                    let items = frame.pop_n(2 * n as usize);
                    let d = vm.dict_from_flat(items).map_err(fresh)?;
                    frame.push(d);
                }
                Instr::BuildString(n) => {
                    frame.ip = ip;
                    let parts = frame.pop_n(n as usize);
                    frame.push(concat_strs(&parts));
                }
                Instr::BuildSlice(n) => {
                    frame.ip = ip;
                    let parts = frame.pop_n(n as usize);
                    frame.push(vm.new_slice(&parts));
                }
                Instr::ListAppend(i) => {
                    frame.ip = ip;
                    let v = frame.pop();
                    let target = &frame.stack[frame.stack.len() + 1 - i as usize];
                    if let Value::List(l) = target {
                        l.push(v);
                    }
                }
                Instr::SetAdd(i) => {
                    frame.ip = ip;
                    let v = frame.pop();
                    let target = frame.stack[frame.stack.len() + 1 - i as usize].clone();
                    vm.set_add(&target, v).map_err(fresh)?;
                }
                Instr::MapAdd(i) => {
                    frame.ip = ip;
                    let v = frame.pop();
                    let k = frame.pop();
                    let target = frame.stack[frame.stack.len() + 1 - i as usize].clone();
                    vm.setitem(&target, &k, v).map_err(fresh)?;
                }
                Instr::ListExtend(i) => {
                    frame.ip = ip;
                    let it = frame.pop();
                    let target = frame.stack[frame.stack.len() + 1 - i as usize].clone();
                    vm.list_extend_op(&target, &it).map_err(fresh)?;
                }
                Instr::SetUpdate(i) => {
                    frame.ip = ip;
                    let it = frame.pop();
                    let target = frame.stack[frame.stack.len() + 1 - i as usize].clone();
                    vm.set_update(&target, &it).map_err(fresh)?;
                }
                Instr::DictUpdate(i) => {
                    frame.ip = ip;
                    let m = frame.pop();
                    let target = frame.stack[frame.stack.len() + 1 - i as usize].clone();
                    vm.dict_update_op(&target, &m, None).map_err(fresh)?;
                }
                Instr::DictMerge(i) => {
                    frame.ip = ip;
                    let m = frame.pop();
                    let at = frame.stack.len() + 1 - i as usize;
                    let target = frame.stack[at].clone();
                    let func = at
                        .checked_sub(2)
                        .map_or(Value::None, |f| frame.stack[f].clone());
                    vm.dict_update_op(&target, &m, Some(&func)).map_err(fresh)?;
                }
                Instr::ListToTuple => {
                    frame.ip = ip;
                    let l = frame.pop();
                    let items = match &l {
                        Value::List(l) => l.to_vec(),
                        _ => Vec::new(),
                    };
                    frame.push(Value::tuple(items));
                }
                Instr::UnpackSequence(n) => {
                    frame.ip = ip;
                    let seq = frame.pop();
                    let items = vm.unpack(&seq, n as usize).map_err(fresh)?;
                    frame.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx { before, after } => {
                    frame.ip = ip;
                    let seq = frame.pop();
                    let items = vm
                        .unpack_ex(&seq, before as usize, after as usize)
                        .map_err(fresh)?;
                    frame.stack.extend(items.into_iter().rev());
                }
                Instr::FormatValue {
                    conversion,
                    has_spec,
                } => {
                    frame.ip = ip;
                    let spec = if has_spec { Some(frame.pop()) } else { None };
                    let v = frame.pop();
                    let s = vm
                        .format_value(&v, conversion, spec.as_ref())
                        .map_err(fresh)?;
                    frame.push(s);
                }
                Instr::GetIter => {
                    frame.ip = ip;
                    let v = frame.pop();
                    let it = vm.iter(&v).map_err(fresh)?;
                    frame.push(it);
                }
                Instr::ForIter(target) => {
                    frame.ip = ip;
                    // One virtual call for the built-in iterators (`vm.next` would
                    // make the same call, after a check for the generic protocol).
                    let next = match frame.top() {
                        Value::Native(it) => match it.iter_next(vm) {
                            Some(next) => next.map_err(fresh)?,
                            None => vm.next(frame.top()).map_err(fresh)?,
                        },
                        it => vm.next(it).map_err(fresh)?,
                    };
                    match next {
                        Some(v) => frame.push(v),
                        None => {
                            frame.pop().release();
                            ip = target as usize;
                        }
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    frame.ip = ip;
                    if !vm.truthy_fast(frame.top()).map_err(fresh)? {
                        ip = t as usize;
                    } else {
                        frame.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    frame.ip = ip;
                    if vm.truthy_fast(frame.top()).map_err(fresh)? {
                        ip = t as usize;
                    } else {
                        frame.stack.pop();
                    }
                }
                Instr::Call(argc) => {
                    frame.ip = ip;
                    vm.tick().map_err(fresh)?;
                    let start = frame.stack.len() - argc as usize;
                    if argc == 0 && is_super(vm, &frame.stack[start - 1]) {
                        let s = vm.zero_arg_super(frame).map_err(fresh)?;
                        frame.stack.pop();
                        frame.push(s);
                        continue;
                    }
                    // The fast paths inline here (the hottest call site), not
                    // through `positional_call`, whose result wrapping costs.
                    if let Some(done) = positional_fast_call(vm, frame, start - 1, start) {
                        if let Some(step) = done.map_err(fresh)? {
                            take_step!(step)
                        }
                        continue;
                    }
                    if let Some(step) =
                        call_on_stack(vm, frame, start - 1, start, None, &[]).map_err(fresh)?
                    {
                        take_step!(step)
                    }
                }
                Instr::CallKw(argc) => {
                    frame.ip = ip;
                    vm.tick().map_err(fresh)?;
                    let names = frame.pop();
                    let start = frame.stack.len() - argc as usize;
                    let names = tuple_items(&names);
                    if let Some(step) =
                        call_on_stack(vm, frame, start - 1, start, None, &names).map_err(fresh)?
                    {
                        take_step!(step)
                    }
                }
                Instr::CallMethod(argc) => {
                    frame.ip = ip;
                    vm.tick().map_err(fresh)?;
                    let start = frame.stack.len() - argc as usize;
                    let pos_start = if frame.stack[start - 1].is_null()
                        && !unpack_bound_native(frame, start - 1)
                    {
                        start
                    } else {
                        start - 1
                    };
                    if let Some(done) = positional_fast_call(vm, frame, start - 2, pos_start) {
                        if let Some(step) = done.map_err(fresh)? {
                            take_step!(step)
                        }
                        continue;
                    }
                    if let Some(step) =
                        call_method_on_stack(vm, frame, start, &[]).map_err(fresh)?
                    {
                        take_step!(step)
                    }
                }
                Instr::CallMethodKw(argc) => {
                    frame.ip = ip;
                    vm.tick().map_err(fresh)?;
                    let names = frame.pop();
                    let start = frame.stack.len() - argc as usize;
                    let names = tuple_items(&names);
                    if let Some(step) =
                        call_method_on_stack(vm, frame, start, &names).map_err(fresh)?
                    {
                        take_step!(step)
                    }
                }
                Instr::CallEx(has_kw) => {
                    frame.ip = ip;
                    vm.tick().map_err(fresh)?;
                    let kwargs = if has_kw { Some(frame.pop()) } else { None };
                    let args = frame.pop();
                    let func = frame.pop();
                    if let Some(step) = vm.call_ex_step(frame, func, args, kwargs).map_err(fresh)? {
                        take_step!(step)
                    }
                }
                Instr::ReturnValue => {
                    frame.ip = ip;
                    let v = frame.pop();
                    if frames.at_base() {
                        return Ok(Outcome::Return(v));
                    }
                    frames.return_to_caller(vm, v).map_err(fresh)?;
                    continue 'frames;
                }
                Instr::MakeFunction(flags) => {
                    frame.ip = ip;
                    let f = vm.make_function(frame, flags).map_err(fresh)?;
                    frame.push(f);
                }
                Instr::LoadBuildClass => {
                    frame.ip = ip;
                    let v = vm
                        .builtins()
                        .get_str("__build_class__")
                        .unwrap_or(Value::None);
                    frame.push(v);
                }
                Instr::ImportName(i) => {
                    frame.ip = ip;
                    let fromlist = frame.pop();
                    let level = frame.pop();
                    let m = vm
                        .import_name(frame, code.name(i).as_str(), &fromlist, &level)
                        .map_err(fresh)?;
                    frame.push(m);
                }
                Instr::ImportFrom(i) => {
                    frame.ip = ip;
                    let m = frame.top().clone();
                    let v = vm.import_from(&m, code.name(i).as_str()).map_err(fresh)?;
                    frame.push(v);
                }
                Instr::ImportStar => {
                    frame.ip = ip;
                    let m = frame.pop();
                    vm.import_star(frame, &m).map_err(fresh)?;
                }
                Instr::SetupFinally(h) => {
                    frame.ip = ip;
                    let depth = frame.stack.len() as u32;
                    frame.blocks.push(Block::Handler { handler: h, depth });
                }
                Instr::PopBlock => {
                    frame.ip = ip;
                    frame.blocks.pop();
                }
                Instr::PopExcept => {
                    frame.ip = ip;
                    if let Some(Block::ExceptHandler { previous, .. }) = frame.blocks.pop() {
                        vm.handled = previous;
                    }
                }
                Instr::Reraise => {
                    frame.ip = ip;
                    let exc = frame.pop();
                    return Err((PyErr { exc }, true));
                }
                Instr::CheckExcMatch => {
                    frame.ip = ip;
                    let typ = frame.pop();
                    let exc = frame.top().clone();
                    let m = vm.check_exc_match(&exc, &typ).map_err(fresh)?;
                    frame.push(Value::Bool(m));
                }
                Instr::RaiseVarargs(n) => {
                    frame.ip = ip;
                    return Err(vm.raise_varargs(frame, n));
                }
                Instr::BeforeWith => {
                    frame.ip = ip;
                    let mgr = frame.pop();
                    let (exit, enter) = vm.with_methods(&mgr).map_err(fresh)?;
                    frame.push(exit);
                    // `enter(mgr)`, laid out on the stack as a call from bytecode.
                    frame.push(enter);
                    frame.push(mgr);
                    let at = frame.stack.len() - 1;
                    if let Some(step) = positional_call(vm, frame, at - 1, at).map_err(fresh)? {
                        take_step!(step)
                    }
                }
                Instr::WithExceptStart => {
                    frame.ip = ip;
                    let len = frame.stack.len();
                    let args = vm.with_exit_args(&frame.stack[len - 1]);
                    let exit = &frame.stack[len - 2];
                    let started = vm.call_or_frame(exit, &args, Kw::EMPTY).map_err(fresh)?;
                    if let Some(step) = push_result_or_call(frame, started) {
                        take_step!(step)
                    }
                }
                Instr::YieldValue => {
                    frame.ip = ip;
                    let v = frame.pop();
                    return yield_from(vm, frames, v);
                }
                Instr::GetYieldFromIter => {
                    frame.ip = ip;
                    let v = frame.pop();
                    let it = vm.get_yield_from_iter(&v).map_err(fresh)?;
                    frame.push(it);
                }
                Instr::YieldFrom => {
                    frame.ip = ip;
                    if let Some(step) = vm.yield_from_step(frame).map_err(fresh)? {
                        take_step!(step)
                    }
                }
                Instr::LoadAssertionError => {
                    frame.ip = ip;
                    frame
                        .stack
                        .push(Value::Class(vm.types().exc("AssertionError")));
                }
                Instr::PrintExpr => {
                    frame.ip = ip;
                    let v = frame.pop();
                    vm.print_expr(v).map_err(fresh)?;
                }
            }
        }
    }
}

/// The receiver of a fused `LoadFastAttr` / `LoadFastMethod`, for the full
/// attribute lookup. The compiler fuses only parameters that no statement
/// unbinds; were one unbound all the same, the error is `LoadFast`'s.
fn fused_receiver(vm: &Vm, frame: &Frame, code: &PyCode, local: u16) -> PyResult<Value> {
    let v = frame.local(local.into());
    if v.is_null() {
        return Err(vm.unbound_local(&code.code.varnames[usize::from(local)]));
    }
    Ok(v.clone())
}

/// The running frame yields `v`: only a generator's base frame can.
fn yield_from(vm: &mut Vm, frames: &FrameStack<'_>, v: Value) -> Result<Outcome, InstrError> {
    if frames.at_base() {
        return Ok(Outcome::Yield(v));
    }
    Err(fresh(vm.runtime_error("yield outside a generator frame")))
}

/// `-a`, `+a` or `~a`, as `instr` says.
fn unary(vm: &mut Vm, instr: Instr, a: &Value) -> PyResult<Value> {
    match instr {
        Instr::UnaryNegative => vm.negate(a),
        Instr::UnaryPositive => vm.positive(a),
        _ => vm.invert(a),
    }
}

/// True when `v` is the built-in `super` class (zero-argument `super()` needs the frame).
fn is_super(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types().super_))
}

/// The items of a constant tuple.
fn tuple_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => Vec::new(),
    }
}

/// Concatenates str values (f-string parts).
fn concat_strs(parts: &[Value]) -> Value {
    let mut s = String::new();
    for p in parts {
        if let Value::Str(p) = p {
            s.push_str(p.as_str());
        }
    }
    Value::string(s)
}
