//! The eval loop's check point: tick counting, and where the GIL can be handed over.

use super::{PyResult, Vm};

impl Vm {
    /// Counts one tick; at zero runs the check point.
    #[inline]
    pub fn tick(&mut self) -> PyResult<()> {
        self.ticks -= 1;
        if self.ticks == 0 {
            return self.check_point();
        }
        Ok(())
    }

    /// The check point: where pending interrupts are raised and the GIL can be handed over.
    pub fn check_point(&mut self) -> PyResult<()> {
        self.ticks = self.interp.switch_ticks.get().max(1);
        if self.interp.gil.should_yield() {
            self.interp.gil.yield_now();
        }
        self.raise_pending_interrupt()
    }

    /// Raises KeyboardInterrupt in the main thread when one was requested.
    pub fn raise_pending_interrupt(&mut self) -> PyResult<()> {
        use std::sync::atomic::Ordering;
        if self.thread_ident == self.interp.main_ident.get() && self.interp.interrupt.swap(false, Ordering::SeqCst) {
            return Err(self.error_args("KeyboardInterrupt", vec![]));
        }
        Ok(())
    }

    /// Runs `f` without the GIL (a blocking wait); other threads run meanwhile.
    ///
    /// `f` must not touch Python values: it runs while other threads may use them.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let gil = self.interp.gil.clone();
        gil.release();
        let r = f();
        gil.acquire_after_wait();
        self.ticks = self.interp.switch_ticks.get().max(1);
        r
    }
}
