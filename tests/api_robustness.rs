//! Embedding API: misuse comes back as Python errors, never as a panic.

use gilpy::{Bytes, Interpreter, PyObject, RunError};
use std::collections::HashMap;

#[test]
fn misuse_returns_errors() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        let none = py.none();
        assert_eq!(
            none.call(py, ()).unwrap_err().type_name(),
            Some("TypeError")
        );
        assert_eq!(
            none.getattr(py, "x").unwrap_err().type_name(),
            Some("AttributeError")
        );
        assert_eq!(
            none.setattr(py, "x", 1).unwrap_err().type_name(),
            Some("AttributeError")
        );
        let int = py.to_object(5).unwrap();
        assert!(int.call_method(py, "nope", ()).is_err());
        assert!(py.eval::<i64>("").is_err());
        assert!(py.eval::<i64>("x = 1").is_err());
        assert!(py.run("def f(:", "<bad>").is_err());
        assert!(py.import("no_such_module_here").is_err());
        assert!(py.get_global::<i64>("undefined_name").is_err());
        let d = py.to_object(HashMap::from([(1, 2)])).unwrap();
        assert!(d.extract::<HashMap<String, i64>>(py).is_err());
        assert!(d.extract::<Bytes>(py).is_err());
        let unhashable = py.eval::<PyObject>("[1]").unwrap();
        let err = py.to_object(vec![(unhashable.clone(), 1)]).map(drop);
        assert!(err.is_ok(), "a list of pairs is fine");
        let mut map = std::collections::BTreeMap::new();
        map.insert(1, unhashable);
        assert!(py.to_object(map).is_ok());
    });
}

#[test]
fn unhashable_objects_passed_back_raise_type_error() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.run("class K:\n    __hash__ = None", "<k>").unwrap();
        let key = py.eval::<PyObject>("K()").unwrap();
        let map = HashMap::from([(1, key)]);
        assert!(py.to_object(map).is_ok());
        let bad = py.eval::<PyObject>("[]").unwrap();
        let err = py
            .eval::<PyObject>("dict")
            .unwrap()
            .call(py, (vec![(bad, 1)],));
        assert_eq!(err.unwrap_err().type_name(), Some("TypeError"));
    });
}

#[test]
fn errors_inside_repr_and_str_are_reported() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.run("class Bad:\n    def __repr__(self):\n        raise ValueError('no repr')\n    def __str__(self):\n        return 5", "<b>").unwrap();
        let bad = py.eval::<PyObject>("Bad()").unwrap();
        assert_eq!(bad.repr(py).unwrap_err().type_name(), Some("ValueError"));
        assert_eq!(bad.str(py).unwrap_err().type_name(), Some("TypeError"));
        assert_eq!(format!("{bad:?}"), "PyObject(<Bad object>)");
    });
}

#[test]
fn deep_structures_convert_or_fail_cleanly() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.run("x = []\nfor _ in range(200):\n    x = [x]", "<deep>")
            .unwrap();
        let obj: PyObject = py.get_global("x").unwrap();
        assert!(obj.extract::<Vec<PyObject>>(py).is_ok());
        py.run("loop = []\nloop.append(loop)", "<cycle>").unwrap();
        assert_eq!(py.eval::<String>("repr(loop)").unwrap(), "[[...]]");
    });
}

#[test]
fn system_exit_with_odd_codes() {
    let mut interp = Interpreter::new();
    assert_eq!(
        interp.run("raise SystemExit(True)", "<e>"),
        Err(RunError::SystemExit(1))
    );
    assert_eq!(
        interp.run("raise SystemExit(None)", "<e>"),
        Err(RunError::SystemExit(0))
    );
}

#[test]
fn deep_native_recursion_on_a_small_thread_is_a_recursion_error() {
    let result = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(|| {
            let mut interp =
                Interpreter::with_options(gilpy::Options::default().recursion_limit(100_000));
            interp
                .run(
                    "class R:\n    def __repr__(self):\n        return repr(R())\nrepr(R())",
                    "<deep>",
                )
                .unwrap_err()
                .type_name()
                .map(str::to_owned)
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(result.as_deref(), Some("RecursionError"));
}
