//! Per-class memo of special-method lookups (`__enter__`, `__len__`, `__add__` ...), valid while the class epoch stays the same.
//!
//! Protocols look special methods up by name on every use: `with`, `len()`,
//! operators on instances. A class remembers, per special name, what its
//! MRO holds for it, with the class epoch (`Class::epoch`) the answers were
//! found at. Adding or removing a key in any class namespace moves the
//! epoch, and so does rebinding a special name on a class
//! (`Table::bump_layout` in `Vm::set_class_attr`), so a remembered value is
//! never stale.

use super::value::Value;
use std::cell::RefCell;

/// How many special names the memo covers.
const COUNT: usize = 88;

/// The memo index of `__enter__` (what [`index_of`] gives for it).
pub const ENTER: usize = 0;
/// The memo index of `__exit__`.
pub const EXIT: usize = 1;

/// The memo index of a special method name; `None` for other names.
#[inline]
pub fn index_of(name: &str) -> Option<usize> {
    if !name.starts_with("__") {
        return None;
    }
    Some(match name {
        "__enter__" => ENTER,
        "__exit__" => EXIT,
        "__getattr__" => 2,
        "__getattribute__" => 3,
        "__setattr__" => 4,
        "__delattr__" => 5,
        "__get__" => 6,
        "__set__" => 7,
        "__delete__" => 8,
        "__set_name__" => 9,
        "__getitem__" => 10,
        "__setitem__" => 11,
        "__delitem__" => 12,
        "__missing__" => 13,
        "__class_getitem__" => 14,
        "__index__" => 15,
        "__call__" => 16,
        "__iter__" => 17,
        "__next__" => 18,
        "__bool__" => 19,
        "__len__" => 20,
        "__hash__" => 21,
        "__contains__" => 22,
        "__repr__" => 23,
        "__str__" => 24,
        "__new__" => 25,
        "__init__" => 26,
        "__float__" => 27,
        "__int__" => 28,
        "__complex__" => 29,
        "__format__" => 30,
        "__reversed__" => 31,
        "__length_hint__" => 32,
        "__round__" => 33,
        "__trunc__" => 34,
        "__floor__" => 35,
        "__ceil__" => 36,
        "__divmod__" => 37,
        "__rdivmod__" => 38,
        "__neg__" => 39,
        "__pos__" => 40,
        "__invert__" => 41,
        "__abs__" => 42,
        "__eq__" => 43,
        "__ne__" => 44,
        "__lt__" => 45,
        "__le__" => 46,
        "__gt__" => 47,
        "__ge__" => 48,
        "__add__" => 49,
        "__sub__" => 50,
        "__mul__" => 51,
        "__truediv__" => 52,
        "__floordiv__" => 53,
        "__mod__" => 54,
        "__pow__" => 55,
        "__matmul__" => 56,
        "__lshift__" => 57,
        "__rshift__" => 58,
        "__and__" => 59,
        "__or__" => 60,
        "__xor__" => 61,
        "__radd__" => 62,
        "__rsub__" => 63,
        "__rmul__" => 64,
        "__rtruediv__" => 65,
        "__rfloordiv__" => 66,
        "__rmod__" => 67,
        "__rpow__" => 68,
        "__rmatmul__" => 69,
        "__rlshift__" => 70,
        "__rrshift__" => 71,
        "__rand__" => 72,
        "__ror__" => 73,
        "__rxor__" => 74,
        "__iadd__" => 75,
        "__isub__" => 76,
        "__imul__" => 77,
        "__itruediv__" => 78,
        "__ifloordiv__" => 79,
        "__imod__" => 80,
        "__ipow__" => 81,
        "__imatmul__" => 82,
        "__ilshift__" => 83,
        "__irshift__" => 84,
        "__iand__" => 85,
        "__ior__" => 86,
        "__ixor__" => 87,
        _ => return None,
    })
}

/// The answers of one class, for one value of the class epoch.
struct Answers {
    /// `Class::epoch` when the answers were found.
    epoch: u64,
    /// Per special name: `None` until looked up, then what the MRO holds.
    found: [Option<Option<Value>>; COUNT],
}

/// The memo of one class (empty until a special name is first looked up).
#[derive(Default)]
pub struct SpecialMemo {
    answers: RefCell<Option<Box<Answers>>>,
}

impl SpecialMemo {
    /// What the MRO holds for special name number `index` at `epoch`,
    /// from the memo or else from `find` (which must not use this memo).
    #[inline]
    pub fn get(
        &self,
        index: usize,
        epoch: u64,
        find: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        if let Some(answers) = self.answers.borrow().as_deref()
            && answers.epoch == epoch
            && let Some(Some(found)) = answers.found.get(index)
        {
            return found.clone();
        }
        let found = find();
        let mut answers = self.answers.borrow_mut();
        let answers = answers.get_or_insert_with(|| {
            Box::new(Answers {
                epoch,
                found: [const { None }; COUNT],
            })
        });
        if answers.epoch != epoch {
            answers.epoch = epoch;
            answers.found = [const { None }; COUNT];
        }
        if let Some(slot) = answers.found.get_mut(index) {
            *slot = Some(found.clone());
        }
        found
    }
}
