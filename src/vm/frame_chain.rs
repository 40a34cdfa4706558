//! The chain of running frames of one thread, for `sys._getframe`.
//!
//! The eval loop keeps the Python frames it runs in a local `Vec` inside
//! `run_frame` (see `eval.rs`), and native code that calls back into Python
//! starts a nested `run_frame`. Each active `run_frame` registers its base
//! frame and its callee list here on entry and removes them on exit, so the
//! whole chain, across nested loops, can be walked from native code at no
//! cost per Python call.
//!
//! # Safety invariant
//!
//! An entry holds raw pointers to a frame and a `Vec` that live on the stack
//! frame of a `run_frame` call still in progress on this thread (entries are
//! pushed on entry and popped before it returns, in LIFO order). Entries are
//! only read by native code called from inside that `run_frame`, on the same
//! thread, while the loop is paused in the call: the pointers are valid and
//! nothing writes the frames during the read. The instruction index of the
//! innermost frame of each loop may lag by an instruction, which only
//! affects the line number reported for the frame that made the call.

use super::frame::Frame;

/// One active `run_frame`: its base frame and the callees it runs above it.
struct ActiveRun {
    base: *const Frame,
    #[allow(clippy::vec_box)]
    callees: *const Vec<Box<Frame>>,
}

/// The active `run_frame` calls of a thread, outermost first.
#[derive(Default)]
pub struct FrameChain {
    runs: Vec<ActiveRun>,
}

impl FrameChain {
    /// Registers a `run_frame` that starts running `base` and pushes callees on `callees`.
    #[allow(clippy::vec_box)]
    #[inline]
    pub fn enter(&mut self, base: &Frame, callees: &Vec<Box<Frame>>) {
        self.runs.push(ActiveRun { base, callees });
    }

    /// Unregisters the innermost `run_frame`.
    #[inline]
    pub fn leave(&mut self) {
        self.runs.pop();
    }

    /// Calls `visit` on every running frame, innermost first, until it returns false.
    pub fn walk(&self, mut visit: impl FnMut(&Frame) -> bool) {
        for run in self.runs.iter().rev() {
            // SAFETY: see the module's invariant: the run is still active on
            // this thread and paused in the native call that walks the chain.
            let (base, callees) = unsafe { (&*run.base, &*run.callees) };
            for frame in callees.iter().rev() {
                if !visit(frame) {
                    return;
                }
            }
            if !visit(base) {
                return;
            }
        }
    }
}
