//! Embedding API: Python threads while the host waits, Rust threads sharing one interpreter,
//! output from many threads, and interpreters running in parallel.

use gilpy::{HostError, Interpreter, Options, OutputBuffer, Python, RunError};
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[test]
fn python_threads_run_while_the_host_waits() {
    let mut interp = Interpreter::new();
    interp
        .run(
            "import threading\nresults = []\ndef work(i):\n    results.append(sum(range(i * 1000)))\nthreads = [threading.Thread(target=work, args=(i,)) for i in range(4)]\nfor t in threads: t.start()",
            "<start>",
        )
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        interp.allow_threads(|| std::thread::sleep(Duration::from_millis(5)));
        if interp.eval::<usize>("len(results)").unwrap() == 4 || Instant::now() > deadline {
            break;
        }
    }
    interp.shutdown_threads().unwrap();
    let mut results: Vec<i64> = interp.eval("results").unwrap();
    results.sort();
    let expected: Vec<i64> = (0..4).map(|i: i64| (0..i * 1000).sum()).collect();
    assert_eq!(results, expected);
}

#[test]
fn output_from_many_python_threads_is_all_captured() {
    let out = OutputBuffer::new();
    let mut interp = Interpreter::with_options(Options::default().stdout(out.clone()));
    interp
        .run_main(
            "import threading\ndef worker(k):\n    for i in range(200):\n        print(f'{k}:{i}')\nts = [threading.Thread(target=worker, args=(k,)) for k in range(6)]\nfor t in ts: t.start()\nfor t in ts: t.join()",
            "<print>",
        )
        .unwrap();
    let text = out.contents();
    let mut seen: HashMap<u32, Vec<u32>> = HashMap::new();
    for line in text.lines() {
        let (k, i) = line.split_once(':').expect("whole lines");
        seen.entry(k.parse().unwrap())
            .or_default()
            .push(i.parse().unwrap());
    }
    assert_eq!(seen.len(), 6);
    for (k, items) in seen {
        assert_eq!(items, (0..200).collect::<Vec<_>>(), "thread {k}");
    }
}

#[test]
fn output_callback_from_many_threads_loses_nothing() {
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let opts = Options::default().stdout_callback(move |s| tx.send(s.to_owned()).unwrap());
    let mut interp = Interpreter::with_options(opts);
    interp
        .run_main(
            "import threading\ndef worker(k):\n    for i in range(100):\n        print('x' * k)\nts = [threading.Thread(target=worker, args=(k,)) for k in range(1, 5)]\nfor t in ts: t.start()\nfor t in ts: t.join()",
            "<print>",
        )
        .unwrap();
    drop(interp);
    let text: String = rx.try_iter().collect();
    let mut counts = HashMap::new();
    for line in text.lines() {
        *counts.entry(line.len()).or_insert(0) += 1;
    }
    assert_eq!(
        counts,
        HashMap::from([(1, 100), (2, 100), (3, 100), (4, 100)])
    );
}

#[test]
fn rust_threads_share_one_interpreter() {
    let shared = Interpreter::new().into_shared();
    shared
        .with_gil(|py| {
            py.run(
                "import threading\nlog = []\nlock = threading.Lock()",
                "<init>",
            )
        })
        .unwrap();
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let s = shared.clone();
            std::thread::spawn(move || {
                for i in 0..50 {
                    s.with_gil(|py| {
                        py.set_global(&format!("item_{w}"), (w, i))?;
                        py.run(&format!("with lock:\n    log.append(item_{w})"), "<w>")
                    })
                    .unwrap();
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let log: Vec<(i64, i64)> = shared.with_gil(|py| py.get_global("log")).unwrap();
    assert_eq!(log.len(), 200);
    for w in 0..4 {
        let mine: Vec<i64> = log
            .iter()
            .filter(|(k, _)| *k == w)
            .map(|(_, i)| *i)
            .collect();
        assert_eq!(mine, (0..50).collect::<Vec<_>>());
    }
}

#[test]
fn a_waiting_rust_thread_lets_others_in() {
    let shared = Interpreter::new().into_shared();
    shared
        .with_gil(|py| py.run("import threading\nready = threading.Event()", "<init>"))
        .unwrap();
    let s = shared.clone();
    let waiter =
        std::thread::spawn(move || s.with_gil(|py| py.eval::<bool>("ready.wait(10)")).unwrap());
    std::thread::sleep(Duration::from_millis(50));
    shared
        .with_gil(|py| py.run("ready.set()", "<set>"))
        .unwrap();
    assert!(waiter.join().unwrap());
}

#[test]
fn interrupt_reaches_a_host_thread_of_a_shared_interpreter() {
    let shared = Interpreter::new().into_shared();
    let handle = shared.interrupt_handle();
    let s = shared.clone();
    let sleeper = std::thread::spawn(move || {
        s.with_gil(|py| py.run("import time\ntime.sleep(10)", "<sleep>"))
    });
    std::thread::sleep(Duration::from_millis(100));
    let start = Instant::now();
    handle.interrupt();
    let err = sleeper.join().unwrap().unwrap_err();
    assert!(err.is_keyboard_interrupt(), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(3));
}

#[test]
fn reentering_with_gil_is_an_error_not_a_deadlock() {
    let shared = Interpreter::new().into_shared();
    let inner = shared.clone();
    shared
        .with_gil(move |py| {
            py.add_function("reenter", move || {
                let r = inner.with_gil(|_| Ok(()));
                Ok::<_, HostError>(r == Err(RunError::GilAlreadyHeld))
            })
        })
        .unwrap();
    assert!(shared.with_gil(|py| py.eval::<bool>("reenter()")).unwrap());
}

#[test]
fn host_function_in_shared_interpreter_releases_the_gil() {
    let shared = Interpreter::new().into_shared();
    shared
        .with_gil(|py| {
            py.add_function("host_sleep", |py: &mut Python, ms: u64| {
                py.allow_threads(|| std::thread::sleep(Duration::from_millis(ms)));
                Ok::<_, HostError>(())
            })?;
            py.run("count = 0", "<init>")
        })
        .unwrap();
    let s = shared.clone();
    let sleeper = std::thread::spawn(move || s.with_gil(|py| py.run("host_sleep(200)", "<s>")));
    std::thread::sleep(Duration::from_millis(30));
    let start = Instant::now();
    shared.with_gil(|py| py.run("count += 1", "<inc>")).unwrap();
    assert!(
        start.elapsed() < Duration::from_millis(150),
        "blocked by the sleeping host function"
    );
    sleeper.join().unwrap().unwrap();
}

/// A CPU-bound computation; the same answer is expected however it is run.
const CPU_WORK: &str = "def work():\n    t = 0\n    for i in range(300000):\n        t = (t * 31 + i) % 1000003\n    return t\nresult = work()";

/// Runs `CPU_WORK` in a fresh interpreter on this thread.
fn compute_alone() -> i64 {
    let mut interp = Interpreter::new();
    interp.run(CPU_WORK, "<cpu>").unwrap();
    interp.eval("result").unwrap()
}

#[test]
fn two_interpreters_in_parallel_compute_what_each_computes_alone() {
    let alone = compute_alone();
    let handles: Vec<_> = (0..2).map(|_| std::thread::spawn(compute_alone)).collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), alone);
    }
}

#[test]
fn a_thread_that_ends_frees_its_vm() {
    let shared = Interpreter::new().into_shared();
    shared
        .with_gil(|py| py.run("class Probe:\n    pass", "<init>"))
        .unwrap();
    for _ in 0..20 {
        let s = shared.clone();
        std::thread::spawn(move || s.with_gil(|py| py.run("x = Probe()", "<t>")).unwrap())
            .join()
            .unwrap();
    }
    // Every short-lived thread's VM was dropped at thread exit; only ours remains.
    assert_eq!(shared.host_thread_count().unwrap(), 1);
    let s = shared.clone();
    let (entered_tx, entered_rx) = std::sync::mpsc::channel();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let live = std::thread::spawn(move || {
        s.with_gil(|py| py.run("y = 1", "<t>")).unwrap();
        entered_tx.send(()).unwrap();
        done_rx.recv().unwrap();
    });
    entered_rx.recv().unwrap();
    assert_eq!(shared.host_thread_count().unwrap(), 2);
    done_tx.send(()).unwrap();
    live.join().unwrap();
    assert_eq!(shared.host_thread_count().unwrap(), 1);
}

/// A Rust value that counts its drops.
struct Probe(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl Drop for Probe {
    fn drop(&mut self) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

#[test]
fn shared_objects_move_between_rust_threads() {
    use gilpy::{HostClass, HostRef, SharedObject};
    use std::sync::atomic::{AtomicUsize, Ordering};
    let dropped = std::sync::Arc::new(AtomicUsize::new(0));
    let shared = Interpreter::new().into_shared();
    let handles: Vec<SharedObject> = shared
        .with_gil(|py| {
            py.add_class(HostClass::<Probe>::new("Probe"))?;
            py.run("class Box:\n    pass", "<t>")?;
            let boxed = py.eval::<gilpy::PyObject>("Box()")?;
            let mut handles = vec![shared.share(py, &boxed)?];
            for _ in 0..2 {
                let probe = py.to_object(HostRef::new(Probe(dropped.clone())))?;
                handles.push(shared.share(py, &probe)?);
            }
            Ok(handles)
        })
        .unwrap();
    let mut handles = handles.into_iter();
    let first = handles.next().unwrap();
    let s = shared.clone();
    std::thread::spawn(move || {
        s.with_gil(|py| {
            let obj = first.get(py)?;
            obj.setattr(py, "tag", "from another thread")?;
            py.set_global("kept", obj)
        })
        .unwrap();
    })
    .join()
    .unwrap();
    assert_eq!(dropped.load(Ordering::SeqCst), 0);
    // Dropped on another thread without the GIL: released at the next hand-back.
    let rest: Vec<_> = handles.collect();
    std::thread::spawn(move || drop(rest)).join().unwrap();
    let tag: String = shared.with_gil(|py| py.eval("kept.tag")).unwrap();
    assert_eq!(tag, "from another thread");
    assert_eq!(dropped.load(Ordering::SeqCst), 2);
}
