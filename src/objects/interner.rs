//! `NameInterner`: one shared str object per identifier text, for the names of code objects.
//!
//! Attribute and global names reach dicts as keys (an instance's `self.x = ...`
//! stores the name of the code that ran it). When every code object of an
//! interpreter uses the same str object for the same name, dict probes match
//! keys by identity and never compare text.

use super::str::PyStr;
use super::value::Value;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

/// The interned names of one interpreter.
#[derive(Default)]
pub struct NameInterner {
    names: RefCell<FxHashMap<Box<str>, Rc<PyStr>>>,
}

impl NameInterner {
    /// The shared str value for `name`.
    pub fn intern(&self, name: &str) -> Value {
        if let Some(s) = self.names.borrow().get(name) {
            return Value::Str(s.clone());
        }
        let s = Rc::new(PyStr::new(name));
        self.names.borrow_mut().insert(name.into(), s.clone());
        Value::Str(s)
    }
}
