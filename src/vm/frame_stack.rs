//! `FrameStack`: the Python frames one `run_frame` drives, a base frame and the callees above it.
//!
//! Calls and returns between Python functions only push and pop boxed frames
//! here, so they cost no Rust recursion. Recursion depth is counted as
//! CPython counts it: one level per frame, two for an `__init__` run by a
//! class call (the call of the class is one).

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::objects::Value;

/// The frames of one `run_frame`, innermost last.
pub(crate) struct FrameStack<'a> {
    base: &'a mut Frame,
    // Frames stay boxed: the frame pool recycles the boxes, and a push or pop
    // moves a pointer rather than a whole frame.
    #[allow(clippy::vec_box)]
    callees: Vec<Box<Frame>>,
}

impl<'a> FrameStack<'a> {
    /// A stack holding only `base`.
    pub fn new(base: &'a mut Frame) -> FrameStack<'a> {
        FrameStack {
            base,
            callees: Vec::new(),
        }
    }

    /// The base frame and the callee list, for the thread's frame chain.
    #[allow(clippy::vec_box)]
    pub fn parts(&self) -> (&Frame, &Vec<Box<Frame>>) {
        (self.base, &self.callees)
    }

    /// The running (innermost) frame.
    #[inline(always)]
    pub fn top(&mut self) -> &mut Frame {
        match self.callees.last_mut() {
            Some(f) => f,
            None => self.base,
        }
    }

    /// True when only the base frame is left.
    #[inline(always)]
    pub fn at_base(&self) -> bool {
        self.callees.is_empty()
    }

    /// Starts running `callee` above the current top. On a RecursionError the
    /// callee is dropped and the error belongs to the caller.
    #[inline(always)]
    pub fn push_callee(&mut self, vm: &mut Vm, callee: Box<Frame>) -> PyResult<()> {
        if let Err(e) = enter_levels(vm, levels_of(&callee)) {
            vm.free_frame(callee);
            return Err(e);
        }
        self.callees.push(callee);
        Ok(())
    }

    /// The top callee returned `value`: pops it and pushes the call's value on
    /// its caller, now the top. An error (a bad `__init__` result) belongs to
    /// the caller. The base frame must not be the top.
    #[inline(always)]
    pub fn return_to_caller(&mut self, vm: &mut Vm, value: Value) -> PyResult<()> {
        let Some(mut done) = self.callees.pop() else {
            return Err(vm.runtime_error("return from the base frame"));
        };
        leave_levels(vm, levels_of(&done));
        let instance = done.init_instance.take();
        vm.free_frame(done);
        let result = match instance {
            Some(instance) => vm.finish_init(instance, value)?,
            None => value,
        };
        self.top().push(result);
        Ok(())
    }

    /// Pops the top callee after an error it did not handle; false when only
    /// the base frame is left.
    pub fn pop_failed(&mut self, vm: &mut Vm) -> bool {
        let Some(done) = self.callees.pop() else {
            return false;
        };
        leave_levels(vm, levels_of(&done));
        vm.free_frame(done);
        true
    }
}

/// The recursion levels a callee frame counts for.
#[inline(always)]
fn levels_of(callee: &Frame) -> u32 {
    if callee.init_instance.is_some() { 2 } else { 1 }
}

/// Counts `levels` recursion levels, or none on a RecursionError.
#[inline(always)]
fn enter_levels(vm: &mut Vm, levels: u32) -> PyResult<()> {
    vm.enter_frame()?;
    if levels == 2
        && let Err(e) = vm.enter_frame()
    {
        vm.leave_frame();
        return Err(e);
    }
    Ok(())
}

/// Undoes [`enter_levels`].
#[inline]
fn leave_levels(vm: &mut Vm, levels: u32) {
    for _ in 0..levels {
        vm.leave_frame();
    }
}
