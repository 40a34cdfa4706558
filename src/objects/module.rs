//! `Module`: a module object (a name and a namespace dict).

use super::dict::PyDict;
use std::rc::Rc;

/// A module.
pub struct Module {
    /// `__name__` at creation.
    pub name: String,
    /// The module namespace (also the globals of its code).
    pub dict: Rc<PyDict>,
}

impl Module {
    /// Makes a module with `__name__` set.
    pub fn new(name: &str) -> Self {
        let dict = Rc::new(PyDict::new());
        dict.set_str("__name__", super::value::Value::str(name));
        dict.set_str("__doc__", super::value::Value::None);
        Module {
            name: name.to_owned(),
            dict,
        }
    }
}
