//! Embedding API: Rust ↔ Python value conversions round-trip for every supported type.

use gilpy::{Bytes, FromPython, Interpreter, PyObject, Python, RunError, ToPython};
use num_bigint::BigInt;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Debug;

/// An item of the nested-container round trip.
type Entry = (BigInt, Option<Vec<Bytes>>);

/// Converts `value` to Python and back, through a global so Python code sees it too.
fn round_trip<T>(py: &mut Python<'_>, value: T) -> T
where
    T: ToPython + FromPython + PartialEq + Debug,
{
    py.set_global("v", &value).unwrap();
    py.run("w = v", "<rt>").unwrap();
    let back: T = py.get_global("w").unwrap();
    assert_eq!(back, value);
    back
}

#[test]
fn scalars_round_trip() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        round_trip(py, true);
        round_trip(py, false);
        round_trip(py, -5i8);
        round_trip(py, 255u8);
        round_trip(py, i16::MIN);
        round_trip(py, u16::MAX);
        round_trip(py, i32::MIN);
        round_trip(py, u32::MAX);
        round_trip(py, i64::MIN);
        round_trip(py, i64::MAX);
        round_trip(py, u64::MAX);
        round_trip(py, i128::MIN);
        round_trip(py, u128::MAX);
        round_trip(py, usize::MAX);
        round_trip(py, isize::MIN);
        round_trip(py, 0.1f64);
        round_trip(py, f64::INFINITY);
        round_trip(py, 1.5f32);
        round_trip(py, String::from("héllo ☃"));
        round_trip(py, String::new());
        round_trip(py, Bytes(vec![0, 1, 255]));
        round_trip(py, ());
    });
}

#[test]
fn big_integers_round_trip_and_compute() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        let big: BigInt = "123456789012345678901234567890123456789".parse().unwrap();
        round_trip(py, big.clone());
        round_trip(py, -big.clone());
        round_trip(py, BigInt::from(7));
        py.set_global("v", &big).unwrap();
        let square: BigInt = py.eval("v * v").unwrap();
        assert_eq!(square, &big * &big);
        let p: BigInt = py.eval("2 ** 200").unwrap();
        assert_eq!(p, BigInt::from(2).pow(200u32));
        assert_eq!(py.eval::<u128>("2 ** 127").unwrap(), 1u128 << 127);
        assert_eq!(py.eval::<i128>("-(2 ** 127)").unwrap(), i128::MIN);
    });
}

#[test]
fn containers_round_trip() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        round_trip(py, vec![1i64, 2, 3]);
        round_trip(py, Vec::<String>::new());
        round_trip(py, vec![Some(1.5), None]);
        round_trip(py, Some(3u8));
        round_trip(py, None::<String>);
        round_trip(py, (1i32,));
        round_trip(py, (1i32, "a".to_owned()));
        round_trip(py, (1u8, 2u16, 3u32));
        round_trip(py, (1u8, 2u16, 3u32, 4u64));
        round_trip(py, (1u8, 2u16, 3u32, 4u64, true));
        round_trip(py, (1u8, 2u16, 3u32, 4u64, true, 6.5f64));
        let map: HashMap<String, i64> = [("a".to_owned(), 1), ("b".to_owned(), 2)].into();
        round_trip(py, map);
        let tree: BTreeMap<i64, Vec<String>> = [(1, vec!["x".to_owned()]), (2, vec![])].into();
        round_trip(py, tree);
        let set: HashSet<i64> = [1, 2, 3].into();
        round_trip(py, set);
        let bset: BTreeSet<String> = ["p".to_owned(), "q".to_owned()].into();
        round_trip(py, bset);
    });
}

#[test]
fn nested_containers_round_trip() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        let big: BigInt = "-98765432109876543210987654321".parse().unwrap();
        let nested: BTreeMap<String, Vec<Entry>> = [
            (
                "k1".to_owned(),
                vec![(big, Some(vec![Bytes(b"ab".to_vec())]))],
            ),
            ("k2".to_owned(), vec![(BigInt::from(0), None)]),
        ]
        .into();
        round_trip(py, nested);
        let seen: String = py.eval("repr(v['k2'])").unwrap();
        assert_eq!(seen, "[(0, None)]");
    });
}

#[test]
fn python_sees_the_right_types() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.set_global("a", (1u64 << 63, vec![1, 2], Bytes(vec![65]), None::<i32>))
            .unwrap();
        let shown: String = py.eval("repr(a)").unwrap();
        assert_eq!(shown, "(9223372036854775808, [1, 2], b'A', None)");
        let names: Vec<String> = py.eval("[type(x).__name__ for x in a]").unwrap();
        assert_eq!(names, ["int", "list", "bytes", "NoneType"]);
    });
}

#[test]
fn wrong_types_raise_python_errors() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        let kind = |r: Result<(), RunError>| r.unwrap_err().type_name().map(str::to_owned);
        let e = kind(py.eval::<i64>("'x'").map(drop));
        assert_eq!(e.as_deref(), Some("TypeError"));
        let e = kind(py.eval::<u8>("256").map(drop));
        assert_eq!(e.as_deref(), Some("OverflowError"));
        let e = kind(py.eval::<u32>("-1").map(drop));
        assert_eq!(e.as_deref(), Some("OverflowError"));
        let e = kind(py.eval::<String>("1").map(drop));
        assert_eq!(e.as_deref(), Some("TypeError"));
        let e = kind(py.eval::<Vec<i64>>("'abc'").map(drop));
        assert_eq!(e.as_deref(), Some("TypeError"));
        let e = kind(py.eval::<(i64, i64)>("(1, 2, 3)").map(drop));
        assert_eq!(e.as_deref(), Some("ValueError"));
        let e = kind(py.eval::<HashMap<String, i64>>("[1]").map(drop));
        assert_eq!(e.as_deref(), Some("TypeError"));
        let e = kind(py.eval::<bool>("1").map(drop));
        assert_eq!(e.as_deref(), Some("TypeError"));
        let e = kind(py.eval::<f64>("10 ** 400").map(drop));
        assert_eq!(e.as_deref(), Some("OverflowError"));
    });
}

#[test]
fn lenient_conversions() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        assert_eq!(py.eval::<f64>("3").unwrap(), 3.0);
        assert_eq!(py.eval::<i64>("True").unwrap(), 1);
        assert_eq!(py.eval::<Vec<i64>>("range(3)").unwrap(), [0, 1, 2]);
        assert_eq!(py.eval::<Vec<u8>>("b'hi'").unwrap(), b"hi");
        assert_eq!(py.eval::<(i64, i64)>("[4, 5]").unwrap(), (4, 5));
        let list: Vec<PyObject> = py.eval("[1, 'a', None]").unwrap();
        assert!(list[2].is_none());
    });
}
