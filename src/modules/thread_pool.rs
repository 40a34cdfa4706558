//! The OS threads behind `_thread.start_new_thread`, reused.
//!
//! Creating an OS thread (and tearing it down) can cost more than all the
//! Python work of `Thread.start()` and `join()`: on a virtual machine a
//! spawn and exit take 100 µs and more, a hand-off to a waiting thread a
//! tenth of that. So a thread whose Python function has returned registers
//! as idle and waits a while ([`LINGER`]) for the next function to run before
//! it exits, and a spawner thread keeps one spare ready while threads are
//! being started, creating the next one in parallel with the Python work.
//!
//! Python values never stay on a pooled thread between jobs: a job takes the
//! GIL, runs one Python thread to the end, drops its values and releases the
//! GIL. A job's thread identity is the OS thread's, so, as CPython's docs
//! allow, an ident can come back for a later thread once an earlier one ended.

use super::thread::THREAD_STACK;
use parking_lot::{Condvar, Mutex};
use std::os::unix::thread::JoinHandleExt;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// The work of one Python thread. It gets a hook to call, with the GIL still
/// held, once it is done with Python: the thread then counts as idle, so the
/// next start (which needs the GIL) finds it.
pub type Job = Box<dyn FnOnce(&dyn Fn()) + Send>;

/// How long an idle thread waits for work before it exits.
const LINGER: Duration = Duration::from_millis(500);

/// The most idle threads kept; a thread finishing beyond that exits.
const MAX_IDLE: usize = 8;

/// One pooled thread's mailbox: where a job is handed to it.
struct Slot {
    job: Mutex<Option<Job>>,
    ready: Condvar,
    /// The thread's `pthread_self()` (its `_thread.get_ident()`).
    ident: u64,
}

/// The pool: idle threads, and the spawner's request flag.
struct Pool {
    idle: Mutex<Vec<Arc<Slot>>>,
    spare_wanted: Mutex<bool>,
    spawner_wake: Condvar,
}

/// The process's pool (threads of every interpreter share it), its spawner
/// started with it.
fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    static SPAWNER: std::sync::Once = std::sync::Once::new();
    let pool = POOL.get_or_init(|| Pool {
        idle: Mutex::new(Vec::new()),
        spare_wanted: Mutex::new(false),
        spawner_wake: Condvar::new(),
    });
    SPAWNER.call_once(|| {
        // Unnamed, like the threads it makes (they inherit its OS name).
        let _ = std::thread::Builder::new().spawn(move || spawner(pool));
    });
    pool
}

/// Runs `job` on a pooled thread (with a [`THREAD_STACK`]-byte stack);
/// returns that thread's ident.
pub fn start(job: Job) -> std::io::Result<u64> {
    let pool = pool();
    let (taken, none_left) = {
        let mut idle = pool.idle.lock();
        let taken = idle.pop();
        (taken, idle.is_empty())
    };
    let ident = match taken {
        Some(slot) => {
            *slot.job.lock() = Some(job);
            slot.ready.notify_one();
            slot.ident
        }
        None => spawn_worker(pool, Some(job))?.ident,
    };
    if none_left {
        *pool.spare_wanted.lock() = true;
        pool.spawner_wake.notify_one();
    }
    Ok(ident)
}

/// Starts an OS thread serving `first` (or idle, when `None`, and then
/// listed as idle before this returns).
fn spawn_worker(pool: &'static Pool, first: Option<Job>) -> std::io::Result<Arc<Slot>> {
    let spare = first.is_none();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Arc<Slot>>(1);
    let handle = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || {
            if let Ok(slot) = rx.recv() {
                serve(pool, &slot);
            }
        })?;
    // `pthread_t` is a `u64` on Linux, not on every platform.
    #[allow(clippy::unnecessary_cast)]
    let ident = handle.as_pthread_t() as u64;
    let slot = Arc::new(Slot {
        job: Mutex::new(first),
        ready: Condvar::new(),
        ident,
    });
    if spare {
        pool.idle.lock().push(slot.clone());
    }
    let _ = tx.send(slot.clone());
    Ok(slot)
}

/// A pooled thread's life: run jobs until none comes for [`LINGER`].
fn serve(pool: &'static Pool, slot: &Arc<Slot>) {
    while let Some(job) = next_job(pool, slot) {
        job(&|| {
            let mut idle = pool.idle.lock();
            if idle.len() < MAX_IDLE {
                idle.push(slot.clone());
            }
        });
    }
}

/// Waits for the next job handed to `slot`; `None` when the thread should exit
/// (no job came in time, or it was not listed as idle).
fn next_job(pool: &Pool, slot: &Arc<Slot>) -> Option<Job> {
    let deadline = Instant::now() + LINGER;
    let mut job = slot.job.lock();
    loop {
        if let Some(j) = job.take() {
            return Some(j);
        }
        if slot.ready.wait_until(&mut job, deadline).timed_out() && job.is_none() {
            drop(job);
            if leave_idle_list(pool, slot) {
                return None;
            }
            // A start took this thread off the list: its job is on the way.
            job = slot.job.lock();
            while job.is_none() {
                slot.ready.wait(&mut job);
            }
        }
    }
}

/// Takes `slot` off the idle list; false when a start has already taken it.
fn leave_idle_list(pool: &Pool, slot: &Arc<Slot>) -> bool {
    let mut idle = pool.idle.lock();
    match idle.iter().position(|s| Arc::ptr_eq(s, slot)) {
        Some(i) => {
            idle.swap_remove(i);
            true
        }
        None => false,
    }
}

/// The spawner thread: whenever a start leaves no idle thread, makes a spare.
fn spawner(pool: &'static Pool) {
    loop {
        {
            let mut wanted = pool.spare_wanted.lock();
            while !*wanted {
                pool.spawner_wake.wait(&mut wanted);
            }
            *wanted = false;
        }
        if pool.idle.lock().is_empty() {
            let _ = spawn_worker(pool, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;

    /// Runs jobs one after another; returns, per job, the ident `start`
    /// reported and the one the job saw.
    fn run_in_turn(n: usize) -> Vec<(u64, u64)> {
        let mut seen = Vec::new();
        for _ in 0..n {
            let (tx, rx) = channel();
            let job: Job = Box::new(move |done: &dyn Fn()| {
                let me = crate::modules::thread::current_ident();
                done();
                tx.send(me).unwrap();
            });
            let reported = start(job).unwrap();
            seen.push((reported, rx.recv().unwrap()));
        }
        seen
    }

    #[test]
    fn a_job_runs_under_the_ident_start_reports() {
        for (reported, actual) in run_in_turn(20) {
            assert_eq!(reported, actual);
        }
    }

    #[test]
    fn a_finished_thread_runs_the_next_job() {
        let seen = run_in_turn(20);
        let distinct: std::collections::HashSet<u64> = seen.iter().map(|s| s.1).collect();
        assert!(
            distinct.len() < seen.len(),
            "no thread was reused: {seen:?}"
        );
    }
}
