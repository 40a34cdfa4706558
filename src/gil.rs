//! The global interpreter lock: fair FIFO hand-off, the switch policy, and the GIL-bound wrapper.
//!
//! One [`Gil`] per interpreter. A thread runs bytecode only while it holds
//! it. Releasing hands the lock straight to the longest waiter (no barging),
//! so a busy thread cannot take it back while others wait.
//!
//! The holder decides at the eval loop's check point whether to yield
//! ([`Gil::should_yield`]): after `switch_interval` when threads wait, or
//! sooner when a thread coming back from a blocking wait asked for the lock
//! ([`Gil::acquire_after_wait`]). How much sooner depends on what woke it
//! ([`Wake`]): a timer or I/O wants the GIL after a short minimum slice (low
//! wake-to-run latency); a lock released by the holder itself waits like any
//! other thread, up to the switch interval, so that the holder can finish a
//! batch of work first (a producer filling a queue, as under CPython) instead
//! of ping-ponging the GIL, with two OS context switches, once per item.

use parking_lot::{Condvar, Mutex};
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a thread woken from a blocking wait lets the holder keep running.
const MIN_SLICE: Duration = Duration::from_micros(50);

/// No yield requested (the value of [`Gil`]'s `yield_due_nanos`).
const NEVER: u64 = u64::MAX;

/// What ended a blocking wait: it decides how soon the holder must yield.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// The outside world: a timer, a timeout, I/O. The holder yields after
    /// [`MIN_SLICE`], so wake-to-run latency stays in microseconds.
    Prompt,
    /// Another Python thread (the holder, as a rule) released a lock this
    /// thread waited for. The holder goes on until it blocks or its switch
    /// interval ends, as for any waiter.
    Handoff,
}

/// One thread waiting for the GIL.
struct Waiter {
    granted: Mutex<bool>,
    cv: Condvar,
    /// When the holder should yield to this waiter (`NEVER`: at the switch interval).
    due_nanos: u64,
}

/// The lock's state, guarded by a mutex.
struct State {
    held: bool,
    queue: VecDeque<Arc<Waiter>>,
}

/// A global interpreter lock.
pub struct Gil {
    state: Mutex<State>,
    waiting: AtomicUsize,
    /// The earliest `due_nanos` among the waiters (`NEVER` when none asked).
    yield_due_nanos: AtomicU64,
    acquired_at_nanos: AtomicU64,
    switch_interval_nanos: AtomicU64,
    epoch: Instant,
}

impl Gil {
    /// A new, unheld GIL with a 5 ms switch interval (CPython's default).
    pub fn new() -> Arc<Gil> {
        Arc::new(Gil {
            state: Mutex::new(State {
                held: false,
                queue: VecDeque::new(),
            }),
            waiting: AtomicUsize::new(0),
            yield_due_nanos: AtomicU64::new(NEVER),
            acquired_at_nanos: AtomicU64::new(0),
            switch_interval_nanos: AtomicU64::new(5_000_000),
            epoch: Instant::now(),
        })
    }

    /// Blocks until this thread holds the GIL (FIFO among waiters).
    pub fn acquire(&self) {
        self.acquire_due(NEVER);
    }

    /// Acquires after a blocking wait that `wake` ended: asks the holder to
    /// yield as soon as that kind of wake-up deserves.
    pub fn acquire_after_wait(&self, wake: Wake) {
        let due = match wake {
            Wake::Prompt => self.now_nanos(),
            Wake::Handoff => NEVER,
        };
        self.acquire_due(due);
    }

    /// Takes the GIL if free; else queues with the time the holder should yield by.
    fn acquire_due(&self, due_nanos: u64) {
        let waiter = {
            let mut st = self.state.lock();
            if !st.held && st.queue.is_empty() {
                st.held = true;
                self.mark_acquired();
                return;
            }
            let w = Arc::new(Waiter {
                granted: Mutex::new(false),
                cv: Condvar::new(),
                due_nanos,
            });
            st.queue.push_back(w.clone());
            self.yield_due_nanos.fetch_min(due_nanos, Ordering::SeqCst);
            self.waiting.fetch_add(1, Ordering::SeqCst);
            w
        };
        let mut granted = waiter.granted.lock();
        while !*granted {
            waiter.cv.wait(&mut granted);
        }
        self.mark_acquired();
    }

    /// Releases the GIL, handing it to the longest waiter if there is one.
    pub fn release(&self) {
        let next = {
            let mut st = self.state.lock();
            match st.queue.pop_front() {
                Some(w) => {
                    self.waiting.fetch_sub(1, Ordering::SeqCst);
                    let due = st.queue.iter().map(|w| w.due_nanos).min();
                    self.yield_due_nanos
                        .store(due.unwrap_or(NEVER), Ordering::SeqCst);
                    Some(w)
                }
                None => {
                    st.held = false;
                    None
                }
            }
        };
        if let Some(w) = next {
            *w.granted.lock() = true;
            w.cv.notify_one();
        }
    }

    /// True when some thread waits for the GIL (one atomic load).
    #[inline]
    pub fn has_waiters(&self) -> bool {
        self.waiting.load(Ordering::Relaxed) > 0
    }

    /// The check point's question: should the holder hand the GIL over now?
    pub fn should_yield(&self) -> bool {
        if !self.has_waiters() {
            return false;
        }
        let now = self.now_nanos();
        let held = now.saturating_sub(self.acquired_at_nanos.load(Ordering::Relaxed));
        if held >= self.switch_interval_nanos.load(Ordering::Relaxed) {
            return true;
        }
        held >= MIN_SLICE.as_nanos() as u64 && now >= self.yield_due_nanos.load(Ordering::Relaxed)
    }

    /// Hands the GIL to the next waiter and queues behind it.
    pub fn yield_now(&self) {
        self.release();
        self.acquire();
    }

    /// Sets the time cap on a holder's slice while others wait.
    pub fn set_switch_interval(&self, d: Duration) {
        self.switch_interval_nanos
            .store(d.as_nanos().min(u64::MAX as u128) as u64, Ordering::Relaxed);
    }

    /// The time cap on a holder's slice.
    pub fn switch_interval(&self) -> Duration {
        Duration::from_nanos(self.switch_interval_nanos.load(Ordering::Relaxed))
    }

    fn mark_acquired(&self) {
        self.acquired_at_nanos
            .store(self.now_nanos(), Ordering::Relaxed);
    }

    fn now_nanos(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64
    }
}

/// A value that belongs to an interpreter and may only be touched while its GIL is held.
///
/// # Safety invariant
/// Python values use non-atomic reference counts and `RefCell`s. They are
/// sound to move to another OS thread only because every access, including
/// clones and drops, happens while holding the interpreter's GIL, which
/// serialises all threads of that interpreter. `GilBound` is the one place
/// that asserts this to the compiler: create it and open it only with the
/// GIL held.
pub struct GilBound<T>(T);

// SAFETY: see the type's invariant — the contents are only accessed by the
// thread currently holding the owning interpreter's GIL.
unsafe impl<T> Send for GilBound<T> {}

impl<T> GilBound<T> {
    /// Wraps a value (call with the GIL held).
    pub fn new(value: T) -> Self {
        GilBound(value)
    }

    /// Unwraps the value (call with the GIL held).
    pub fn into_inner(self) -> T {
        self.0
    }

    /// The value, to read in place (call with the GIL held).
    pub fn get_ref(&self) -> &T {
        &self.0
    }

    /// The value, to use in place (call with the GIL held).
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;

    #[test]
    fn hands_over_in_fifo_order() {
        let gil = Gil::new();
        gil.acquire();
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut handles = Vec::new();
        for i in 0..4 {
            let (g, o) = (gil.clone(), order.clone());
            handles.push(std::thread::spawn(move || {
                g.acquire();
                o.lock().push(i);
                g.release();
            }));
            while gil.waiting.load(Ordering::SeqCst) < i + 1 {
                std::thread::yield_now();
            }
        }
        gil.release();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(*order.lock(), vec![0, 1, 2, 3]);
    }

    #[test]
    fn yield_goes_behind_the_waiter() {
        let gil = Gil::new();
        gil.acquire();
        let g = gil.clone();
        let seen = Arc::new(AtomicBool::new(false));
        let s = seen.clone();
        let h = std::thread::spawn(move || {
            g.acquire();
            s.store(true, Ordering::SeqCst);
            g.release();
        });
        while !gil.has_waiters() {
            std::thread::yield_now();
        }
        gil.yield_now();
        assert!(
            seen.load(Ordering::SeqCst),
            "the waiter ran before the yielding thread got the GIL back"
        );
        gil.release();
        h.join().unwrap();
    }
    /// Starts a thread that queues for the GIL as woken by `wake`; returns once it waits.
    fn queue_waiter(gil: &Arc<Gil>, wake: Wake) -> std::thread::JoinHandle<()> {
        let g = gil.clone();
        let h = std::thread::spawn(move || {
            g.acquire_after_wait(wake);
            g.release();
        });
        while !gil.has_waiters() {
            std::thread::yield_now();
        }
        h
    }

    #[test]
    fn a_thread_woken_by_a_timer_gets_the_gil_after_the_minimum_slice() {
        let gil = Gil::new();
        gil.set_switch_interval(Duration::from_secs(60));
        gil.acquire();
        let h = queue_waiter(&gil, Wake::Prompt);
        std::thread::sleep(MIN_SLICE * 2);
        assert!(gil.should_yield());
        gil.yield_now();
        gil.release();
        h.join().unwrap();
    }

    #[test]
    fn a_thread_handed_a_lock_waits_for_the_switch_interval() {
        let gil = Gil::new();
        gil.set_switch_interval(Duration::from_secs(60));
        gil.acquire();
        let h = queue_waiter(&gil, Wake::Handoff);
        std::thread::sleep(MIN_SLICE * 4);
        assert!(
            !gil.should_yield(),
            "a hand-off waiter asked for an early yield"
        );
        gil.set_switch_interval(Duration::ZERO);
        assert!(gil.should_yield());
        gil.release();
        h.join().unwrap();
    }

    #[test]
    fn urgency_outlives_a_hand_over_to_an_earlier_waiter() {
        let gil = Gil::new();
        gil.set_switch_interval(Duration::from_secs(60));
        gil.acquire();
        let g = gil.clone();
        let patient = std::thread::spawn(move || {
            g.acquire_after_wait(Wake::Handoff);
            std::thread::sleep(MIN_SLICE * 2);
            let yields = g.should_yield();
            g.release();
            yields
        });
        while !gil.has_waiters() {
            std::thread::yield_now();
        }
        let prompt = queue_waiter(&gil, Wake::Prompt);
        while gil.waiting.load(Ordering::SeqCst) < 2 {
            std::thread::yield_now();
        }
        // The patient waiter is first in line; the prompt one behind it still
        // wants the GIL soon.
        gil.release();
        assert!(
            patient.join().unwrap(),
            "the prompt waiter's request was lost"
        );
        prompt.join().unwrap();
        assert_eq!(gil.yield_due_nanos.load(Ordering::SeqCst), NEVER);
    }
}
