//! `Instance`: an object of a user-defined class (exceptions included).

use super::class::Class;
use super::dict::PyDict;
use super::exception::ExcData;
use std::cell::RefCell;
use std::rc::Rc;

/// An instance with its class, its `__dict__` and, for exceptions, the exception state.
///
/// An instance of a subclass of a built-in type (`class D(dict)`) also carries
/// the built-in value it extends in `base`; see `crate::vm::subclass`.
pub struct Instance {
    /// `__class__`.
    pub class: RefCell<Rc<Class>>,
    /// `__dict__`.
    pub dict: Rc<PyDict>,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<RefCell<ExcData>>,
    /// The built-in value (a `Value::Dict`, `Value::Str` ...) of an instance of
    /// a subclass of a built-in type; `None` for other instances.
    pub base: Option<super::value::Value>,
}

impl Instance {
    /// Makes an instance of `class`.
    pub fn new(class: Rc<Class>, is_exception: bool) -> Self {
        Instance {
            class: RefCell::new(class),
            dict: Rc::new(PyDict::new()),
            exc: is_exception.then(|| RefCell::new(ExcData::default())),
            base: None,
        }
    }

    /// Makes an instance of `class`, a subclass of a built-in type, extending `base`.
    pub fn with_base(class: Rc<Class>, base: super::value::Value) -> Self {
        Instance {
            class: RefCell::new(class),
            dict: Rc::new(PyDict::new()),
            exc: None,
            base: Some(base),
        }
    }

    /// The instance's class.
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }
}
