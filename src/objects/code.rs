//! `PyCode`: a compiled code object with its constants turned into runtime values.

use super::attr_cache::AttrCache;
use super::global_cache::GlobalSlot;
use super::interner::NameInterner;
use super::str::PyStr;
use super::value::Value;
use crate::compiler::code::{CodeObject, ConstValue};
use std::cell::RefCell;
use std::rc::Rc;

/// A code object ready to run: the compiler's output plus runtime constants and names.
pub struct PyCode {
    /// The compiled code.
    pub code: Rc<CodeObject>,
    /// `consts` as values.
    pub consts: Vec<Value>,
    /// `names` as str values (with cached hashes).
    pub names: Vec<Value>,
    /// `varnames` as str values.
    pub varnames: Vec<Value>,
    /// Where each name of `names` was last found as a global (see `global_cache`).
    pub global_cache: RefCell<Box<[GlobalSlot]>>,
    /// Where each name of `names` was last found as an attribute (see `attr_cache`).
    pub attr_cache: AttrCache,
}

impl PyCode {
    /// Constant `i` of an instruction of this code, without a bounds check.
    ///
    /// `consts` holds one value per compiled constant, and the compiler's
    /// bytecode check proved every `LoadConst` operand indexes one.
    #[inline(always)]
    pub fn constant(&self, i: u32) -> &Value {
        debug_assert!((i as usize) < self.consts.len());
        // SAFETY: in bounds, see above.
        unsafe { self.consts.get_unchecked(i as usize) }
    }

    /// Converts a compiled code object (and its nested ones) into runtime form.
    /// Names come from `interner`, shared with every other code object.
    pub fn new(code: Rc<CodeObject>, interner: &NameInterner) -> Rc<PyCode> {
        let consts = code
            .consts
            .iter()
            .map(|c| const_to_value(c, interner))
            .collect();
        let names: Vec<Value> = code.names.iter().map(|n| interner.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| interner.intern(n)).collect();
        let global_cache = RefCell::new(
            (0..code.names.len())
                .map(|_| GlobalSlot::default())
                .collect(),
        );
        let attr_cache = AttrCache::new(&names);
        Rc::new(PyCode {
            code,
            consts,
            names,
            varnames,
            global_cache,
            attr_cache,
        })
    }

    /// The name operand `i` as a `PyStr`.
    #[inline(always)]
    pub fn name(&self, i: u32) -> &PyStr {
        match &self.names[i as usize] {
            Value::Str(s) => s,
            _ => unreachable!("names are always str"),
        }
    }
}

/// Converts one compile-time constant into a runtime value.
pub fn const_to_value(c: &ConstValue, interner: &NameInterner) -> Value {
    match c {
        ConstValue::None => Value::None,
        ConstValue::Bool(b) => Value::Bool(*b),
        ConstValue::Int(i) => Value::from_bigint(i.clone()),
        ConstValue::Float(f) => Value::Float(*f),
        ConstValue::Imaginary(f) => super::complex::Complex::new(0.0, *f).into_value(),
        ConstValue::Str(s) => Value::str(s),
        ConstValue::Bytes(b) => Value::bytes(&**b),
        ConstValue::Ellipsis => Value::Ellipsis,
        ConstValue::Tuple(items) => {
            Value::tuple(items.iter().map(|c| const_to_value(c, interner)).collect())
        }
        ConstValue::Code(c) => Value::Code(PyCode::new(c.clone(), interner)),
    }
}
