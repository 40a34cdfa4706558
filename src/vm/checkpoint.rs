//! The eval loop's check point: tick counting, and where the GIL can be handed over.

use super::{PyResult, Vm};
use crate::gil::Wake;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

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
        let ticks = self.interp.switch_ticks.get().max(1);
        self.ticks = ticks;
        if self.interp.gil.should_yield() {
            self.interp.gil.yield_now();
        }
        self.raise_pending_interrupt()?;
        self.check_limits(ticks as u64)
    }

    /// Raises KeyboardInterrupt in the main thread (or a host thread inside the
    /// interpreter) when one was requested.
    pub fn raise_pending_interrupt(&mut self) -> PyResult<()> {
        let flag = &self.interp.interrupt;
        if flag.load(Ordering::Relaxed)
            && self.receives_interrupts()
            && flag.swap(false, Ordering::SeqCst)
        {
            return Err(self.error_args("KeyboardInterrupt", vec![]));
        }
        Ok(())
    }

    /// Runs `f` without the GIL (a blocking wait); other threads run meanwhile.
    ///
    /// `f` must not touch Python values: it runs while other threads may use them.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        self.allow_threads_woken_by(f, |_| Wake::Prompt)
    }

    /// [`Vm::allow_threads`] for a wait whose end is classified by `wake`
    /// (from `f`'s result): it decides how soon the holder yields the GIL back.
    pub fn allow_threads_woken_by<R>(
        &mut self,
        f: impl FnOnce() -> R,
        wake: impl FnOnce(&R) -> Wake,
    ) -> R {
        let gil = self.interp.gil.clone();
        gil.release();
        let r = f();
        gil.acquire_after_wait(wake(&r));
        self.ticks = self.interp.switch_ticks.get().max(1);
        r
    }

    /// The one blocking-wait primitive: waits without the GIL until `wait` reports
    /// success, the deadline passes, (in the main thread or a host thread) an
    /// interrupt arrives, which is raised as KeyboardInterrupt, or the host's time
    /// limit runs out. `wait(until)` blocks at most until `until` and returns true
    /// when the awaited event happened.
    pub fn blocking_wait(
        &mut self,
        deadline: Option<Instant>,
        wait: impl Fn(Option<Instant>) -> bool,
    ) -> PyResult<bool> {
        self.blocking_wait_woken_by(deadline, wait, Wake::Prompt)
    }

    /// [`Vm::blocking_wait`] for a lock: when `acquire` succeeds, another Python
    /// thread released the lock ([`Wake::Handoff`]: that thread may go on
    /// briefly before yielding the GIL); a timeout or interrupt is
    /// [`Wake::Prompt`].
    pub fn blocking_acquire(
        &mut self,
        deadline: Option<Instant>,
        acquire: impl Fn(Option<Instant>) -> bool,
    ) -> PyResult<bool> {
        self.blocking_wait_woken_by(deadline, acquire, Wake::Handoff)
    }

    /// [`Vm::blocking_wait`], with the kind of wake-up a success counts as.
    fn blocking_wait_woken_by(
        &mut self,
        deadline: Option<Instant>,
        wait: impl Fn(Option<Instant>) -> bool,
        on_success: Wake,
    ) -> PyResult<bool> {
        let main = self.receives_interrupts();
        let time_limit = self.interp.embed.deadline();
        let flag = self.interp.interrupt.clone();
        let wake = move |done: &bool| if *done { on_success } else { Wake::Prompt };
        let done = self.allow_threads_woken_by(
            || {
                if !main && time_limit.is_none() {
                    return wait(deadline);
                }
                loop {
                    if main && flag.load(Ordering::SeqCst) {
                        return false;
                    }
                    if time_limit.is_some_and(|t| Instant::now() >= t) {
                        return false;
                    }
                    let slice_end = Instant::now() + INTERRUPT_POLL;
                    let until = match deadline {
                        Some(d) if d < slice_end => d,
                        _ => slice_end,
                    };
                    if wait(Some(until)) {
                        return true;
                    }
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        return false;
                    }
                }
            },
            wake,
        );
        self.raise_pending_interrupt()?;
        self.check_limits(0)?;
        Ok(done)
    }
}

/// How often a main thread blocked in a wait looks for Ctrl-C.
const INTERRUPT_POLL: Duration = Duration::from_millis(10);
