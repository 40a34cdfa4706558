//! Embedding API: running code, evaluating, compiled code, globals, imports, calls, errors.

use gilpy::{Interpreter, Options, OutputBuffer, PyObject, RunError};
use std::error::Error;

#[test]
fn run_eval_and_globals() {
    let mut interp = Interpreter::new();
    interp
        .with_gil(|py| {
            py.run(
                "def area(w, h=1):\n    return w * h\nname = 'box'",
                "<defs>",
            )?;
            assert_eq!(py.eval::<i64>("area(3, 4)")?, 12);
            assert_eq!(py.get_global::<String>("name")?, "box");
            py.set_global("name", "crate")?;
            assert_eq!(py.eval::<String>("name.upper()")?, "CRATE");
            let area: PyObject = py.get_global("area")?;
            assert_eq!(area.call(py, (5,))?.extract::<i64>(py)?, 5);
            let r = area.call_kw(py, (2,), &[("h", &10)])?;
            assert_eq!(r.extract::<i64>(py)?, 20);
            Ok::<_, RunError>(())
        })
        .unwrap();
}

#[test]
fn compile_once_run_many() {
    let mut interp = Interpreter::new();
    interp
        .with_gil(|py| {
            py.run("acc = []", "<init>")?;
            let code = py.compile("acc.append(len(acc) * 2)", "<step>")?;
            for _ in 0..100 {
                py.run_code(&code)?;
            }
            let acc: Vec<i64> = py.get_global("acc")?;
            assert_eq!(acc.len(), 100);
            assert_eq!(acc[99], 198);
            assert_eq!(code.filename(), "<step>");
            Ok::<_, RunError>(())
        })
        .unwrap();
}

#[test]
fn import_module_and_call_with_keywords() {
    let dir = std::env::temp_dir().join(format!("gilpy_api_run_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("shapes.py"),
        "def describe(kind, *, sides=0, name=None):\n    return f'{name or kind}:{sides}'\n",
    )
    .unwrap();
    let opts = Options::default().module_path(dir.to_string_lossy());
    let mut interp = Interpreter::with_options(opts);
    interp
        .with_gil(|py| {
            let shapes = py.import("shapes")?;
            let r = shapes.call_method_kw(py, "describe", ("square",), &[("sides", &4)])?;
            assert_eq!(r.extract::<String>(py)?, "square:4");
            let describe = shapes.getattr(py, "describe")?;
            let name = String::from("tri");
            let r = describe.call_kw(py, ("triangle",), &[("sides", &3), ("name", &name)])?;
            assert_eq!(r.extract::<String>(py)?, "tri:3");
            let err = describe.call(py, ("x", 1)).unwrap_err();
            assert_eq!(err.type_name(), Some("TypeError"));
            let json_like = py.import("math")?.getattr(py, "floor")?;
            assert_eq!(json_like.call(py, (2.7,))?.extract::<i64>(py)?, 2);
            Ok::<_, RunError>(())
        })
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn run_file_and_missing_file() {
    let path = std::env::temp_dir().join(format!("gilpy_api_file_{}.py", std::process::id()));
    std::fs::write(&path, "# -*- coding: utf-8 -*-\nvalue = 'é' * 2\n").unwrap();
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.run_file(&path).unwrap();
        assert_eq!(py.get_global::<String>("value").unwrap(), "éé");
        let err = py.run_file("/nonexistent/nowhere.py").unwrap_err();
        assert_eq!(err.type_name(), Some("FileNotFoundError"));
    });
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn attributes_get_and_set() {
    let mut interp = Interpreter::new();
    interp
        .with_gil(|py| {
            py.run(
                "class C:\n    def __init__(self):\n        self.n = 1",
                "<c>",
            )?;
            let c = py.eval::<PyObject>("C()")?;
            c.setattr(py, "n", 41)?;
            c.setattr(py, "label", "x")?;
            py.set_global("obj", &c)?;
            assert_eq!(py.eval::<i64>("obj.n + 1")?, 42);
            assert_eq!(c.getattr(py, "label")?.extract::<String>(py)?, "x");
            let err = c.getattr(py, "missing").unwrap_err();
            assert_eq!(err.type_name(), Some("AttributeError"));
            assert_eq!(c.type_name(py), "C");
            Ok::<_, RunError>(())
        })
        .unwrap();
}

#[test]
fn exception_errors_carry_type_message_and_traceback() {
    let mut interp = Interpreter::new();
    let err = interp
        .run("def f():\n    raise KeyError('k')\nf()", "calc.py")
        .unwrap_err();
    let RunError::Exception {
        type_name,
        message,
        traceback,
    } = &err
    else {
        panic!("expected an exception, got {err:?}");
    };
    assert_eq!(type_name, "KeyError");
    assert_eq!(message, "'k'");
    assert_eq!(
        traceback,
        "Traceback (most recent call last):\n  File \"calc.py\", line 3, in <module>\n    f()\n  File \"calc.py\", line 2, in f\n    raise KeyError('k')\nKeyError: 'k'\n"
    );
    assert_eq!(err.to_string(), "KeyError: 'k'");
    let as_error: &dyn Error = &err;
    assert!(as_error.source().is_none());
}

#[test]
fn syntax_errors_and_system_exit() {
    let mut interp = Interpreter::new();
    let err = interp.run("x = (", "<bad>").unwrap_err();
    assert_eq!(err.type_name(), Some("SyntaxError"));
    assert_eq!(
        interp.run("import sys\nsys.exit(4)", "<e>"),
        Err(RunError::SystemExit(4))
    );
    assert_eq!(
        interp.run("raise SystemExit", "<e>"),
        Err(RunError::SystemExit(0))
    );
    assert_eq!(interp.run("exit(2)", "<e>"), Err(RunError::SystemExit(2)));
    assert_eq!(
        RunError::SystemExit(4).to_string(),
        "SystemExit: exit status 4"
    );
    // The interpreter stays usable after errors.
    assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn output_goes_to_the_buffer_and_errors_are_returned() {
    let out = OutputBuffer::new();
    let err = OutputBuffer::new();
    let opts = Options::default().stdout(out.clone()).stderr(err.clone());
    let mut interp = Interpreter::with_options(opts);
    interp
        .run(
            "print('a', end='')\nprint('b')\nimport sys\nprint('e', file=sys.stderr)",
            "<o>",
        )
        .unwrap();
    assert_eq!(out.contents(), "ab\n");
    assert_eq!(err.contents(), "e\n");
    assert_eq!(out.take(), "ab\n");
    interp.run("print(1)", "<o>").unwrap();
    assert_eq!(out.contents(), "1\n");
}
