//! Calling: dispatch on the callee's kind, binding arguments to parameters, recursion limits.

use super::eval::{Outcome, Step, run_frame};
use super::eval_calls::{Fill, finish_frame, simple_fill};
use super::frame::Frame;
use super::{Kw, PyResult, Vm};
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::{BuiltinFunction, Function};
use std::rc::Rc;

/// Rust stack kept free below the guard (bytes).
const STACK_MARGIN: usize = 256 * 1024;

/// The recursion message of a call into a function implemented natively.
pub const CALLING: &str = " while calling a Python object";

/// The result of starting a call from bytecode.
pub enum CallResult {
    /// The call finished with this value.
    Value(Value),
    /// A Python frame to push and run.
    Frame(Box<Frame>),
}

impl Vm {
    /// Accounts for a new Python frame; RecursionError past the limit.
    pub fn enter_frame(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.interp.recursion_limit.get() {
            self.depth -= 1;
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Undoes [`Vm::enter_frame`].
    pub fn leave_frame(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Guards a Rust-level re-entry (native code calling Python, a repr, a
    /// comparison ...): depth and Rust stack. `what` completes the message as
    /// CPython's check at the same place does (" while getting the repr of an object").
    #[inline]
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        let too_deep = self.depth >= self.interp.recursion_limit.get();
        if too_deep || self.stack_used() + STACK_MARGIN > self.stack_size {
            return Err(self.recursion_error(what));
        }
        self.depth += 1;
        Ok(())
    }

    /// The RecursionError of [`Vm::enter_native`].
    #[cold]
    #[inline(never)]
    fn recursion_error(&self, what: &str) -> super::PyErr {
        self.error(
            "RecursionError",
            format!("maximum recursion depth exceeded{what}"),
        )
    }

    /// Runs `f` one level deeper, as CPython's recursion checks around calls,
    /// reprs and comparisons count (see [`Vm::enter_native`]).
    #[inline]
    pub fn nested<T>(&mut self, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.enter_native(what)?;
        let r = f(self);
        self.leave_frame();
        r
    }

    /// Calls any callable from bytecode: Python functions become frames to push.
    pub fn call_or_frame(&mut self, func: &Value, args: &[Value], kw: Kw) -> PyResult<CallResult> {
        match func {
            Value::Function(f) if !f.code.code.flags.generator => {
                Ok(CallResult::Frame(self.bind_args(f, None, args, kw)?))
            }
            Value::BoundMethod(m) => match &m.func {
                Value::Function(f) if !f.code.code.flags.generator => Ok(CallResult::Frame(
                    self.bind_args(f, Some(&m.receiver), args, kw)?,
                )),
                _ => Ok(CallResult::Value(self.call(func, args, kw)?)),
            },
            Value::Class(cls) => match self.init_frame(cls, args, kw)? {
                Some(frame) => Ok(CallResult::Frame(frame)),
                None => Ok(CallResult::Value(self.call(func, args, kw)?)),
            },
            _ => Ok(CallResult::Value(self.call(func, args, kw)?)),
        }
    }

    /// Calls any callable and returns its result (Python functions run in a nested loop).
    pub fn call(&mut self, func: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
        match func {
            Value::Function(f) => self.call_function(f, None, args, kw),
            Value::Builtin(b) => self.nested(CALLING, |vm| vm.call_native(b, args, kw)),
            Value::BoundMethod(m) => self.call_bound(&m.func, &m.receiver, args, kw),
            Value::Class(c) => self.call_class(c, args, kw),
            _ => self.call_object(func, args, kw),
        }
    }

    /// Calls with positional arguments only.
    pub fn call0(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(func, args, Kw::EMPTY)
    }

    /// Calls `func(receiver, *args, **kw)`.
    pub fn call_bound(
        &mut self,
        func: &Value,
        receiver: &Value,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Value> {
        if let Value::Function(f) = func {
            return self.call_function(f, Some(receiver), args, kw);
        }
        // Short argument lists go on the Rust stack.
        match args {
            [] => return self.call(func, std::slice::from_ref(receiver), kw),
            [a] => return self.call(func, &[receiver.clone(), a.clone()], kw),
            [a, b] => return self.call(func, &[receiver.clone(), a.clone(), b.clone()], kw),
            [a, b, c] => {
                let all = [receiver.clone(), a.clone(), b.clone(), c.clone()];
                return self.call(func, &all, kw);
            }
            _ => {}
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(receiver.clone());
        all.extend_from_slice(args);
        self.call(func, &all, kw)
    }

    /// Calls a type's slot method (`__new__`, `__init__` ...) on behalf of a
    /// protocol: a native one runs directly, without the recursion level an
    /// explicit call of a built-in counts (CPython's C slots make no check).
    pub fn call_slot(
        &mut self,
        func: &Value,
        receiver: &Value,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Value> {
        let Value::Builtin(b) = func else {
            return self.call_bound(func, receiver, args, kw);
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(receiver.clone());
        all.extend_from_slice(args);
        self.call_native(b, &all, kw)
    }

    /// Runs a function implemented in Rust, giving methods of built-in types
    /// the built-in values of subclass instances (see `crate::vm::subclass`).
    pub(crate) fn call_native(
        &mut self,
        b: &BuiltinFunction,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Value> {
        // Instances of classes that extend a built-in type need the slow
        // path; one scan rules them out for the usual arguments.
        if !args.iter().any(super::subclass::extends_builtin) {
            return (b.func)(self, args, kw);
        }
        let plain = self.value_arguments(b, args);
        let args = plain.as_deref().unwrap_or(args);
        match args.first() {
            Some(Value::Instance(i)) if i.base.is_some() => self.call_builtin_on_base(b, args, kw),
            _ => (b.func)(self, args, kw),
        }
    }

    /// Calls a Python function in a nested eval loop.
    pub fn call_function(
        &mut self,
        f: &Rc<Function>,
        receiver: Option<&Value>,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Value> {
        let frame = self.bind_args(f, receiver, args, kw)?;
        if f.code.code.flags.generator {
            return Ok(self.new_generator(frame, f));
        }
        self.run_nested(frame)
    }

    /// Runs a frame to completion in a nested eval loop.
    pub fn run_nested(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        self.enter_native("")?;
        let result = run_frame(self, &mut frame);
        self.leave_frame();
        self.free_frame(frame);
        match result? {
            Outcome::Return(v) => Ok(v),
            Outcome::Yield(_) => Err(self.runtime_error("unexpected yield")),
        }
    }

    /// Calls an object through its class's `__call__`.
    fn call_object(&mut self, obj: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
        let class = self.class_of(obj);
        match class.lookup("__call__") {
            Some(call) => self.call_bound(&call, obj, args, kw),
            None => Err(self.type_error(format!("'{}' object is not callable", class.tp_name()))),
        }
    }

    /// `CallEx`: `func(*args, **kwargs)` from bytecode.
    pub(crate) fn call_ex_step(
        &mut self,
        _frame: &mut Frame,
        func: Value,
        args: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Option<Step>> {
        if let (Value::Tuple(t), None) = (&args, &kwargs) {
            // `f(*args)` forwarding a tuple: call with its items in place.
            let started = self.call_or_frame(&func, t.as_slice(), Kw::EMPTY)?;
            return Ok(super::eval_calls::push_result_or_call(_frame, started));
        }
        let args = match &args {
            Value::Tuple(t) => t.as_slice().to_vec(),
            other => self.star_args(&func, other)?,
        };
        let (names, values) = match &kwargs {
            Some(Value::Dict(d)) => d.items().into_iter().unzip(),
            _ => (Vec::new(), Vec::new()),
        };
        let kw = Kw {
            names: &names,
            values: &values,
        };
        match self.call_or_frame(&func, &args, kw)? {
            CallResult::Value(v) => {
                _frame.stack.push(v);
                Ok(None)
            }
            CallResult::Frame(f) => Ok(Some(Step::Call(f))),
        }
    }

    /// The items of `f(*it)`'s iterable; TypeError naming `f` when it is not iterable.
    fn star_args(&mut self, func: &Value, it: &Value) -> PyResult<Vec<Value>> {
        let class = self.class_of(it);
        let iterable = match it {
            Value::Instance(_) | Value::Native(_) | Value::Class(_) => {
                class.lookup("__iter__").is_some() || class.lookup("__getitem__").is_some()
            }
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => true,
            _ => false,
        };
        match self.collect(it) {
            Err(e) if !iterable && self.err_is(&e, "TypeError") => {
                let name = self.function_str(func);
                Err(self.type_error(format!(
                    "{name} argument after * must be an iterable, not {}",
                    class.tp_name()
                )))
            }
            other => other,
        }
    }

    /// Builds the frame of a call to `f`, binding arguments to parameters like CPython.
    pub fn bind_args(
        &mut self,
        f: &Rc<Function>,
        receiver: Option<&Value>,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Box<Frame>> {
        if kw.is_empty()
            && let Some(fill) = simple_fill(f, receiver.is_some(), args.len())
        {
            return Ok(self.bind_positional(f, receiver, args, fill));
        }
        let mut frame = self.alloc_frame(f.code.clone(), f.globals.clone(), None);
        let code = &f.code.code;
        let argcount = code.argcount as usize;
        let npos = args.len() + receiver.is_some() as usize;
        let positional = receiver.into_iter().chain(args.iter());
        if code.flags.varargs || npos <= argcount {
            let mut extra = Vec::new();
            for (i, v) in positional.enumerate() {
                if i < argcount {
                    frame.fast[i] = v.clone();
                } else {
                    extra.push(v.clone());
                }
            }
            if code.flags.varargs {
                let slot = argcount + code.kwonlyargcount as usize;
                frame.fast[slot] = Value::tuple(extra);
            }
        } else {
            return Err(self.too_many_positional(f, npos, kw));
        }
        self.bind_keywords(f, &mut frame, kw)?;
        self.fill_defaults(f, &mut frame, npos)?;
        for &(cell, var) in &code.cell_params {
            frame.cells[cell as usize].set(frame.fast[var as usize].clone());
        }
        frame.cells.extend(f.closure.iter().cloned());
        Ok(frame)
    }

    /// `bind_args` for positional arguments that need no checks (see `simple_fill`).
    fn bind_positional(
        &mut self,
        f: &Rc<Function>,
        receiver: Option<&Value>,
        args: &[Value],
        fill: Fill,
    ) -> Box<Frame> {
        let mut frame = self.alloc_frame_for_args(&f.code, &f.globals);
        let fixed = args.len() - fill.rest.unwrap_or(0);
        frame.fast.extend(receiver.cloned());
        frame.fast.extend_from_slice(&args[..fixed]);
        let rest = fill.rest.map(|_| Value::tuple(args[fixed..].to_vec()));
        finish_frame(&mut frame, f, fill.missing, rest);
        frame
    }

    /// Binds keyword arguments into `frame`.
    fn bind_keywords(&mut self, f: &Function, frame: &mut Frame, kw: Kw) -> PyResult<()> {
        let code = &f.code.code;
        let argcount = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwdict = code.flags.varkeywords.then(|| {
            let d = Rc::new(PyDict::new());
            let slot = argcount + nkwonly + code.flags.varargs as usize;
            frame.fast[slot] = Value::Dict(d.clone());
            d
        });
        let mut posonly_as_kw = Vec::new();
        for (name, value) in kw.iter() {
            let found = code.varnames[posonly..argcount + nkwonly]
                .iter()
                .position(|v| &**v == name);
            match (found, &kwdict) {
                (Some(j), _) => {
                    let slot = &mut frame.fast[posonly + j];
                    if !slot.is_null() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{name}'",
                            self.func_qualname(f)
                        )));
                    }
                    *slot = value.clone();
                }
                (None, Some(d)) => d.set_str(name, value.clone()),
                (None, None) if code.varnames[..posonly].iter().any(|v| &**v == name) => {
                    posonly_as_kw.push(name.to_owned());
                }
                (None, None) => {
                    return Err(self.type_error(format!(
                        "{}() got an unexpected keyword argument '{name}'",
                        self.func_qualname(f)
                    )));
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                self.func_qualname(f),
                posonly_as_kw.join(", ")
            )));
        }
        Ok(())
    }

    /// Fills defaults and reports missing arguments.
    fn fill_defaults(&mut self, f: &Function, frame: &mut Frame, npos: usize) -> PyResult<()> {
        let code = &f.code.code;
        let argcount = code.argcount as usize;
        let defaults = f.defaults.borrow();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in npos.min(argcount)..argcount {
            if frame.fast[i].is_null() {
                if i >= first_default {
                    frame.fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(f, "positional", &missing));
        }
        let kwdefaults = f.kwdefaults.borrow();
        for i in argcount..argcount + code.kwonlyargcount as usize {
            if frame.fast[i].is_null() {
                let name = &code.varnames[i];
                match kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                    Some(v) => frame.fast[i] = v,
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(f, "keyword-only", &missing));
        }
        Ok(())
    }

    /// `f() missing 2 required positional arguments: 'a' and 'b'`.
    fn missing_args(&self, f: &Function, kind: &str, names: &[String]) -> super::PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let plural = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{}() missing {} required {kind} argument{plural}: {list}",
            self.func_qualname(f),
            names.len()
        ))
    }

    /// `f() takes 2 positional arguments but 3 were given`.
    fn too_many_positional(&self, f: &Function, given: usize, kw: Kw) -> super::PyErr {
        let code = &f.code.code;
        let argcount = code.argcount as usize;
        let ndefaults = f.defaults.borrow().len();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults,
                argcount
            )
        } else {
            format!(
                "{argcount} positional argument{}",
                if argcount == 1 { "" } else { "s" }
            )
        };
        let kwonly_given = kw
            .iter()
            .filter(|(n, _)| {
                code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                    .iter()
                    .any(|v| &**v == *n)
            })
            .count();
        let given_text = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{given} {} given", if given == 1 { "was" } else { "were" })
        };
        self.type_error(format!(
            "{}() takes {takes} but {given_text}",
            self.func_qualname(f)
        ))
    }

    /// The qualified name of a function, for messages.
    pub fn func_qualname(&self, f: &Function) -> String {
        match &*f.qualname.borrow() {
            Value::Str(s) => s.as_str().to_owned(),
            _ => f.code.code.qualname.to_string(),
        }
    }
}
