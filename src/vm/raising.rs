//! Raising and catching: `raise`, `except` matching, exception context/cause, tracebacks, `with`.

use super::errors::exc_data;
use super::frame::Frame;
use super::{Kw, PyErr, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::{Class, Layout};
use crate::objects::exception::TbEntry;
use crate::objects::special_memo;
use std::rc::Rc;

impl Vm {
    /// `RaiseVarargs(n)`: returns the error to raise and whether it is a re-raise.
    pub(crate) fn raise_varargs(&mut self, frame: &mut Frame, n: u32) -> (PyErr, bool) {
        match n {
            0 => {
                if self.handled.is_none() {
                    return (self.runtime_error("No active exception to reraise"), false);
                }
                (
                    PyErr {
                        exc: self.handled.clone(),
                    },
                    true,
                )
            }
            1 => {
                let exc = frame.pop();
                (self.make_raisable(exc).unwrap_or_else(|e| e), false)
            }
            _ => {
                let cause = frame.pop();
                let exc = frame.pop();
                (self.raise_from(exc, cause).unwrap_or_else(|e| e), false)
            }
        }
    }

    /// Turns the operand of `raise` into an exception instance (instantiating classes).
    pub fn make_raisable(&mut self, exc: Value) -> PyResult<PyErr> {
        match &exc {
            Value::Class(c) if c.layout == Layout::Exception => {
                let inst = self.call(&exc, &[], Kw::EMPTY)?;
                if self.is_exception_instance(&inst) {
                    return Ok(PyErr { exc: inst });
                }
                let shown = self.repr_str(&exc)?;
                Err(self.type_error(format!(
                    "calling {shown} should have returned an instance of BaseException, not {}",
                    self.type_name(&inst)
                )))
            }
            v if self.is_exception_instance(v) => Ok(PyErr { exc }),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `raise exc from cause`.
    fn raise_from(&mut self, exc: Value, cause: Value) -> PyResult<PyErr> {
        let err = self.make_raisable(exc)?;
        let cause = match &cause {
            Value::None => Value::None,
            Value::Class(c) if c.layout == Layout::Exception => {
                self.call(&cause, &[], Kw::EMPTY)?
            }
            v if self.is_exception_instance(v) => cause,
            _ => return Err(self.type_error("exception causes must derive from BaseException")),
        };
        if let Some(mut d) = exc_data(&err.exc) {
            d.cause = cause;
            d.suppress_context = true;
        }
        Ok(err)
    }

    /// True for instances of BaseException subclasses.
    pub fn is_exception_instance(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.exc.is_some())
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    pub fn set_context(&mut self, exc: &Value) {
        let handled = self.handled.clone();
        if handled.is_none() || handled.is(exc) {
            return;
        }
        if let Some(mut d) = exc_data(exc) {
            if d.context.is_none() {
                d.context = handled.clone();
            } else {
                return;
            }
        }
        self.break_context_cycle(exc, &handled);
    }

    /// Avoids a context cycle: if `exc` appears in the context chain of `start`, cut it there.
    fn break_context_cycle(&self, exc: &Value, start: &Value) {
        let mut cur = start.clone();
        for _ in 0..1000 {
            let next = match exc_data(&cur) {
                Some(d) => d.context.clone(),
                None => return,
            };
            if next.is(exc) {
                if let Some(mut d) = exc_data(&cur) {
                    d.context = Value::None;
                }
                return;
            }
            if next.is_none() {
                return;
            }
            cur = next;
        }
    }

    /// Records `frame` in the exception's traceback.
    pub fn add_traceback(&self, exc: &Value, frame: &Frame) {
        if let Some(mut d) = exc_data(exc) {
            let ip = frame.ip.saturating_sub(1) as u32;
            d.traceback.push(TbEntry {
                code: frame.code.clone(),
                ip,
            });
        }
    }

    /// `CheckExcMatch`.
    pub fn check_exc_match(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Class(c) if c.layout == Layout::Exception => Ok(self.exc_matches(exc, c)),
            Value::Tuple(t) => {
                for item in t.as_slice().to_vec() {
                    if self.check_exc_match(exc, &item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `BeforeWith`'s lookups: `(bound __exit__, __enter__ as found on the class)`.
    /// The caller calls `__enter__` (as a pushed frame when it is a Python function).
    pub fn with_methods(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let class = self.class_of(mgr);
        let Some(enter) = class.lookup_special(special_memo::ENTER, "__enter__") else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                class.tp_name()
            )));
        };
        let Some(exit) = class.lookup_special(special_memo::EXIT, "__exit__") else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                class.tp_name()
            )));
        };
        let exit = Value::BoundMethod(Rc::new(crate::objects::function::BoundMethod {
            func: exit,
            receiver: mgr.clone(),
        }));
        Ok((exit, enter))
    }

    /// `WithExceptStart`'s arguments to `__exit__`: `(type(exc), exc, traceback)`.
    pub fn with_exit_args(&mut self, exc: &Value) -> [Value; 3] {
        let typ = Value::Class(self.class_of(exc));
        let tb = self.traceback_object(exc);
        [typ, exc.clone(), tb]
    }

    /// The class of an exception instance (for `type(exc)`).
    pub fn exc_class(&self, exc: &Value) -> Rc<Class> {
        self.class_of(exc)
    }
}
