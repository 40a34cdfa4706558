//! Embedding API: host functions, native modules, and releasing the GIL in a host function.

use gilpy::{HostError, Interpreter, NativeModule, Options, PyObject, Python, RunError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[test]
fn typed_host_functions() {
    let mut interp = Interpreter::new();
    interp
        .with_gil(|py| {
            py.add_function("scale", |x: i64, label: String| {
                Ok::<_, HostError>(format!("{label}={}", x as f64 * 1.5))
            })?;
            py.add_function("nothing", || Ok::<_, HostError>(()))?;
            py.add_function("total", |xs: Vec<f64>| {
                Ok::<_, HostError>(xs.iter().sum::<f64>())
            })?;
            py.add_function("opt", |a: i64, b: Option<i64>| {
                Ok::<_, HostError>(a + b.unwrap_or(100))
            })?;
            assert_eq!(py.eval::<String>("scale(2, 'w')")?, "w=3");
            assert!(py.eval::<PyObject>("nothing()")?.is_none());
            assert_eq!(py.eval::<f64>("total([1, 2.5])")?, 3.5);
            assert_eq!(py.eval::<i64>("opt(1)")?, 101);
            assert_eq!(py.eval::<i64>("opt(1, 2)")?, 3);
            assert_eq!(py.eval::<i64>("opt(1, None)")?, 101);
            assert_eq!(
                py.eval::<String>("repr(scale)")?,
                "<built-in function scale>"
            );
            assert_eq!(py.eval::<String>("scale.__name__")?, "scale");
            assert!(py.eval::<bool>("callable(scale)")?);
            Ok::<_, RunError>(())
        })
        .unwrap();
}

#[test]
fn bad_arguments_raise_type_errors() {
    let mut interp = Interpreter::new();
    interp
        .with_gil(|py| {
            py.add_function("scale", |x: i64, y: i64| Ok::<_, HostError>(x * y))?;
            let cases = [
                ("scale(1)", "scale() missing required argument 2"),
                (
                    "scale(1, 2, 3)",
                    "scale() takes at most 2 arguments (3 given)",
                ),
                ("scale(x=1, y=2)", "scale() takes no keyword arguments"),
                (
                    "scale(1, 'a')",
                    "scale() argument 2: 'str' object cannot be interpreted as an integer",
                ),
            ];
            for (code, msg) in cases {
                py.run(
                    &format!("try:\n    {code}\nexcept TypeError as e:\n    m = str(e)"),
                    "<t>",
                )?;
                assert_eq!(py.get_global::<String>("m")?, msg, "for {code}");
            }
            Ok::<_, RunError>(())
        })
        .unwrap();
}

#[test]
fn host_errors_become_python_exceptions_of_the_chosen_class() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.add_function("check", |n: i64| {
            if n < 0 {
                return Err(HostError::new("ValueError", format!("{n} is negative")));
            }
            if n == 0 {
                return Err(HostError::new("ZeroDivisionError", "zero"));
            }
            Ok(100 / n)
        })?;
        py.run(
            "out = []\nfor n in (-1, 0, 5):\n    try:\n        out.append(check(n))\n    except ValueError as e:\n        out.append('V:' + str(e))\n    except ArithmeticError as e:\n        out.append('A:' + str(e))",
            "<t>",
        )?;
        let out: Vec<PyObject> = py.get_global("out")?;
        assert_eq!(out[0].extract::<String>(py)?, "V:-1 is negative");
        assert_eq!(out[1].extract::<String>(py)?, "A:zero");
        assert_eq!(out[2].extract::<i64>(py)?, 20);
        Ok::<_, RunError>(())
    })
    .unwrap();
    let err = interp.run("check(-2)", "<uncaught>").unwrap_err();
    assert_eq!(err.to_string(), "ValueError: -2 is negative");
}

#[test]
fn host_function_with_token_calls_back_into_python() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.add_function("apply_all", |py: &mut Python, f: PyObject, xs: Vec<i64>| {
            let mut out = Vec::new();
            for x in xs {
                out.push(f.call(py, (x,))?.extract::<i64>(py)?);
            }
            Ok::<_, HostError>(out)
        })?;
        assert_eq!(py.eval::<Vec<i64>>("apply_all(lambda v: v * v, [1, 2, 3])")?, [1, 4, 9]);
        // A Python exception inside the callback propagates through the host function.
        py.run("try:\n    apply_all(lambda v: 1 // v, [1, 0])\nexcept ZeroDivisionError as e:\n    msg = str(e)", "<t>")?;
        assert_eq!(py.get_global::<String>("msg")?, "integer division or modulo by zero");
        Ok::<_, RunError>(())
    })
    .unwrap();
}

#[test]
fn native_module_is_importable() {
    let calls = Arc::new(Mutex::new(0));
    let counter = calls.clone();
    let module = NativeModule::new("hostmath")
        .function("hypot", |a: f64, b: f64| {
            Ok::<_, HostError>((a * a + b * b).sqrt())
        })
        .function("count", move || {
            let mut c = counter.lock().unwrap();
            *c += 1;
            Ok::<_, HostError>(*c)
        })
        .constant("VERSION", (1, 2))
        .constant("NAME", "hostmath");
    let mut interp = Interpreter::new();
    interp.with_gil(|py| py.add_module(module)).unwrap();
    interp
        .run(
            "import hostmath\nfrom hostmath import hypot, VERSION\nr = hypot(3, 4)\nhostmath.count()\nn = hostmath.count()",
            "<m>",
        )
        .unwrap();
    assert_eq!(interp.eval::<f64>("r").unwrap(), 5.0);
    assert_eq!(interp.eval::<(i64, i64)>("VERSION").unwrap(), (1, 2));
    assert_eq!(interp.eval::<i64>("n").unwrap(), 2);
    assert_eq!(
        interp.eval::<String>("hostmath.__name__").unwrap(),
        "hostmath"
    );
    assert_eq!(*calls.lock().unwrap(), 2);
}

/// Timestamped lines printed by Python, captured through a callback.
type Log = Arc<Mutex<Vec<(Instant, String)>>>;

/// Runs a Python thread that prints every 5 ms while the main thread calls `block()`;
/// returns the block's start and end and the printed lines with their times.
fn ticks_during_block(release_gil: bool) -> (Instant, Instant, Vec<(Instant, String)>) {
    let log: Log = Arc::new(Mutex::new(Vec::new()));
    let sink = log.clone();
    let opts = Options::default().stdout_callback(move |text| {
        sink.lock().unwrap().push((Instant::now(), text.to_owned()));
    });
    let mut interp = Interpreter::with_options(opts);
    let span = Arc::new(Mutex::new(None));
    let span_w = span.clone();
    interp
        .with_gil(|py| {
            py.add_function("block", move |py: &mut Python| {
                let start = Instant::now();
                let wait = || std::thread::sleep(Duration::from_millis(200));
                if release_gil {
                    py.allow_threads(wait);
                } else {
                    wait();
                }
                *span_w.lock().unwrap() = Some((start, Instant::now()));
                Ok::<_, HostError>(())
            })
        })
        .unwrap();
    interp
        .run(
            "import threading, time\nstop = threading.Event()\nstarted = threading.Event()\ndef ticker():\n    started.set()\n    while not stop.is_set():\n        print('tick')\n        time.sleep(0.005)\nt = threading.Thread(target=ticker)\nt.start()\nstarted.wait()\nblock()\nstop.set()\nt.join()",
            "<ticks>",
        )
        .unwrap();
    let (start, end) = span.lock().unwrap().expect("block ran");
    let lines = log.lock().unwrap().clone();
    (start, end, lines)
}

#[test]
fn host_function_releasing_the_gil_lets_python_threads_print() {
    let (start, end, lines) = ticks_during_block(true);
    let during = lines
        .iter()
        .filter(|(t, s)| *t > start && *t < end && s.contains("tick"))
        .count();
    assert!(
        during >= 5,
        "only {during} ticks printed during the 200 ms block"
    );
}

#[test]
fn host_function_keeping_the_gil_blocks_python_threads() {
    let (start, end, lines) = ticks_during_block(false);
    let margin = Duration::from_millis(20);
    let during = lines
        .iter()
        .filter(|(t, _)| *t > start + margin && *t + margin < end)
        .count();
    assert_eq!(during, 0, "a thread printed while the GIL was held");
}

#[test]
fn host_functions_with_keyword_parameters() {
    let mut interp = Interpreter::new();
    interp
        .with_gil(|py| {
            let f = py.function_kw("box", &["w", "h", "d"], |w: i64, h: i64, d: Option<i64>| {
                Ok::<_, HostError>(w * h * d.unwrap_or(1))
            });
            py.set_global("box", f)?;
            assert_eq!(py.eval::<i64>("box(2, 3)")?, 6);
            assert_eq!(py.eval::<i64>("box(2, d=4, h=3)")?, 24);
            assert_eq!(py.eval::<i64>("box(h=5, w=1)")?, 5);
            let cases = [
                (
                    "box(1, 2, w=3)",
                    "box() got multiple values for argument 'w'",
                ),
                (
                    "box(1, 2, z=3)",
                    "box() got an unexpected keyword argument 'z'",
                ),
                ("box(h=2)", "box() missing required argument 1"),
            ];
            for (code, msg) in cases {
                let err = py.eval::<i64>(code).unwrap_err();
                assert_eq!(err.to_string(), format!("TypeError: {msg}"), "for {code}");
            }
            Ok::<_, RunError>(())
        })
        .unwrap();
}
