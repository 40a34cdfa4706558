//! How much Rust stack the calling thread has left, so the VM's stack guard never
//! trusts a configured size larger than the real one.

/// Bytes of stack between the caller's frame and the end of this thread's stack,
/// when the platform can tell.
pub(crate) fn remaining_stack() -> Option<usize> {
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    // SAFETY: `attr` is initialised by `pthread_getattr_np` before it is read and
    // destroyed exactly once; the out-pointers are valid locals.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut low: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut low, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        let low = low as usize;
        (ok && here > low).then(|| here - low)
    }
}

/// The stack size to give a VM made on this thread: the configured size, capped by
/// what is really left.
pub(crate) fn usable_stack(configured: usize) -> usize {
    remaining_stack().map_or(configured, |left| left.min(configured))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spawned_thread_reports_its_small_stack() {
        let left = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(remaining_stack)
            .unwrap()
            .join()
            .unwrap()
            .expect("linux reports thread stacks");
        assert!(left <= 1 << 20 && left > 1 << 19, "{left}");
        assert_eq!(usable_stack(1000), 1000);
        assert!(usable_stack(usize::MAX) < usize::MAX);
    }
}
