//! `__doc__` of the built-in types: their call signatures and a line on what they are.

use crate::objects::Value;
use crate::vm::Vm;

/// `(type name, docstring)` for the built-in types that have one.
const TYPE_DOCS: &[(&str, &str)] = &[
    ("object", "object()\n\nThe common base of every class."),
    (
        "type",
        "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    ),
    (
        "int",
        "int([x]) -> integer\nint(x, base=10) -> integer\n\nAn integer of any size.",
    ),
    (
        "float",
        "float(x=0, /)\n\nA double-precision floating point number.",
    ),
    ("complex", "complex(real=0, imag=0)\n\nA complex number."),
    (
        "str",
        "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nAn immutable sequence of Unicode code points.",
    ),
    (
        "bytes",
        "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(int) -> bytes of that many zero bytes\nbytes() -> empty bytes",
    ),
    (
        "bytearray",
        "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(int) -> bytearray of that many zero bytes\nbytearray() -> empty bytearray",
    ),
    ("list", "list(iterable=(), /)\n\nA mutable sequence."),
    ("tuple", "tuple(iterable=(), /)\n\nAn immutable sequence."),
    (
        "dict",
        "dict() -> new empty dictionary\ndict(mapping) -> new dictionary from a mapping\ndict(iterable) -> new dictionary from (key, value) pairs\ndict(**kwargs) -> new dictionary from keyword arguments",
    ),
    (
        "set",
        "set() -> new empty set\nset(iterable) -> new set of the iterable's items",
    ),
    (
        "frozenset",
        "frozenset() -> empty frozenset\nfrozenset(iterable) -> frozenset of the iterable's items",
    ),
    ("bool", "bool(x) -> True when x is true, else False"),
    (
        "range",
        "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    ),
    ("slice", "slice(stop)\nslice(start, stop[, step])"),
    (
        "property",
        "property(fget=None, fset=None, fdel=None, doc=None)",
    ),
    ("staticmethod", "staticmethod(function) -> method"),
    ("classmethod", "classmethod(function) -> method"),
    (
        "super",
        "super() -> same as super(__class__, <first argument>)\nsuper(type, obj) -> bound super object",
    ),
    ("enumerate", "enumerate(iterable, start=0)"),
    ("zip", "zip(*iterables, strict=False)"),
    ("map", "map(func, *iterables)"),
    ("filter", "filter(function or None, iterable)"),
    ("reversed", "reversed(sequence, /)"),
];

/// Sets `__doc__` in the namespaces of the built-in types.
pub fn register(vm: &mut Vm) {
    let builtins = vm.builtins().clone();
    for (name, doc) in TYPE_DOCS {
        if let Some(Value::Class(c)) = builtins.get_str(name) {
            c.dict.set_str("__doc__", Value::str(doc));
        }
    }
}
