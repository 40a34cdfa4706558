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
        Ok(())
    }
}
