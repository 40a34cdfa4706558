//! Generators: suspended frames resumed by `send`/`throw`/`close`, and `yield from` delegation.

use super::eval::{Outcome, Step, run_frame, unwind};
use super::frame::Frame;
use super::{Kw, PyErr, PyResult, Vm};
use crate::compiler::opcode::Instr;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::Function;
use crate::objects::native::NativeObject;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A generator object.
pub struct Generator {
    frame: RefCell<Option<Box<Frame>>>,
    started: Cell<bool>,
    finished: Cell<bool>,
    saved_handled: RefCell<Value>,
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
}

/// How a resumption ended.
pub enum GenStep {
    /// The generator yielded a value.
    Yield(Value),
    /// The generator returned (StopIteration's value).
    Return(Value),
}

impl NativeObject for Generator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().generator.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "__name__" => Value::str(&self.name),
            "__qualname__" => Value::str(&self.qualname),
            "gi_running" => Value::Bool(self.frame.borrow().is_none() && !self.finished.get()),
            _ => return None,
        }))
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(match self.resume(vm, Value::None, None) {
            Ok(GenStep::Yield(v)) => Ok(Some(v)),
            Ok(GenStep::Return(_)) => Ok(None),
            Err(e) => Err(e),
        })
    }
}

impl Generator {
    /// True once the generator has returned or raised.
    pub fn is_finished(&self) -> bool {
        self.finished.get()
    }

    /// Resumes with a sent value, or with an exception thrown in at the yield point.
    pub fn resume(&self, vm: &mut Vm, sent: Value, thrown: Option<PyErr>) -> PyResult<GenStep> {
        if self.finished.get() {
            return match thrown {
                Some(e) => Err(e),
                None => Ok(GenStep::Return(Value::None)),
            };
        }
        let Some(mut frame) = self.frame.borrow_mut().take() else {
            return Err(vm.value_error("generator already executing"));
        };
        if !self.started.get() && thrown.is_none() && !sent.is_none() {
            *self.frame.borrow_mut() = Some(frame);
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
        let outer = std::mem::replace(&mut vm.handled, self.saved_handled.borrow().clone());
        let result = self.run(vm, &mut frame, sent, thrown);
        *self.saved_handled.borrow_mut() = std::mem::replace(&mut vm.handled, outer);
        match result {
            Ok(Outcome::Yield(v)) => {
                *self.frame.borrow_mut() = Some(frame);
                Ok(GenStep::Yield(v))
            }
            Ok(Outcome::Return(v)) => {
                self.finished.set(true);
                Ok(GenStep::Return(v))
            }
            Err(e) => {
                self.finished.set(true);
                Err(self.convert_stop_iteration(vm, e))
            }
        }
    }

    fn run(
        &self,
        vm: &mut Vm,
        frame: &mut Frame,
        sent: Value,
        thrown: Option<PyErr>,
    ) -> PyResult<Outcome> {
        vm.enter_native("")?;
        let started = self.started.replace(true);
        let r = match thrown {
            None => {
                if started {
                    frame.stack.push(sent);
                }
                run_frame(vm, frame)
            }
            Some(err) if !started => Err(err),
            Some(err) => self.throw_into(vm, frame, err),
        };
        vm.leave_frame();
        r
    }

    /// Delivers an exception at the suspension point (forwarding into `yield from`).
    fn throw_into(&self, vm: &mut Vm, frame: &mut Frame, err: PyErr) -> PyResult<Outcome> {
        let err = if matches!(
            frame.code.code.instructions.get(frame.ip),
            Some(Instr::YieldFrom)
        ) {
            let sub = frame.stack.last().cloned().unwrap_or(Value::None);
            match vm.throw_to(&sub, err) {
                Ok(GenStep::Yield(v)) => return Ok(Outcome::Yield(v)),
                Ok(GenStep::Return(v)) => {
                    frame.stack.pop();
                    frame.stack.push(v);
                    frame.ip += 1;
                    return run_frame(vm, frame);
                }
                Err(e) => {
                    frame.stack.pop();
                    frame.ip += 1;
                    e
                }
            }
        } else {
            err
        };
        unwind(vm, frame, err, true)?;
        run_frame(vm, frame)
    }

    /// PEP 479: a StopIteration escaping the body becomes RuntimeError.
    fn convert_stop_iteration(&self, vm: &mut Vm, e: PyErr) -> PyErr {
        if !vm.err_is(&e, "StopIteration") {
            return e;
        }
        let new = vm.runtime_error("generator raised StopIteration");
        if let Some(mut d) = super::errors::exc_data(&new.exc) {
            d.cause = e.exc.clone();
            d.context = e.exc;
            d.suppress_context = true;
        }
        new
    }
}

impl Vm {
    /// Makes a generator object for a generator function's frame.
    pub fn new_generator(&mut self, frame: Box<Frame>, f: &Function) -> Value {
        let qualname = match &*f.qualname.borrow() {
            Value::Str(s) => s.as_str().to_owned(),
            _ => f.code.code.qualname.to_string(),
        };
        Value::native(Generator {
            frame: RefCell::new(Some(frame)),
            started: Cell::new(false),
            finished: Cell::new(false),
            saved_handled: RefCell::new(Value::None),
            name: f.code.code.name.to_string(),
            qualname,
        })
    }

    /// Throws an exception into any iterator: generators natively, others via `.throw`.
    pub fn throw_to(&mut self, it: &Value, err: PyErr) -> PyResult<GenStep> {
        if let Some(g) = it.downcast::<Generator>() {
            return g.resume(self, Value::None, Some(err));
        }
        match self.getattr_opt(it, "throw")? {
            Some(throw) => {
                let v = self.call(&throw, &[err.exc], Kw::EMPTY);
                self.stop_iteration_to_step(v)
            }
            None => Err(err),
        }
    }

    /// Turns a call result into a generator step (StopIteration -> Return).
    fn stop_iteration_to_step(&mut self, r: PyResult<Value>) -> PyResult<GenStep> {
        match r {
            Ok(v) => Ok(GenStep::Yield(v)),
            Err(e) if self.err_is(&e, "StopIteration") => {
                let args = super::errors::exc_args(&e.exc);
                Ok(GenStep::Return(
                    args.into_iter().next().unwrap_or(Value::None),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// Sends a value into any iterator: `next()` for None, else `.send()`.
    pub fn send_to(&mut self, it: &Value, sent: Value) -> PyResult<GenStep> {
        if let Some(g) = it.downcast::<Generator>() {
            return g.resume(self, sent, None);
        }
        if sent.is_none() {
            return Ok(match self.next(it)? {
                Some(v) => GenStep::Yield(v),
                None => GenStep::Return(self.last_stop_value()),
            });
        }
        let send = self.getattr_str(it, "send")?;
        let r = self.call(&send, &[sent], Kw::EMPTY);
        self.stop_iteration_to_step(r)
    }

    /// `next(it)` keeping a generator's return value: `Err(value)` when the
    /// iterator is exhausted (the value its StopIteration carries).
    pub fn next_or_return(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Some(g) = it.downcast::<Generator>() {
            return Ok(match g.resume(self, Value::None, None)? {
                GenStep::Yield(v) => Ok(v),
                GenStep::Return(v) => Err(v),
            });
        }
        Ok(self.next(it)?.ok_or(Value::None))
    }

    /// The value of the StopIteration that ended a plain iterator (always None here).
    fn last_stop_value(&self) -> Value {
        Value::None
    }

    /// `GetYieldFromIter`.
    pub fn get_yield_from_iter(&mut self, v: &Value) -> PyResult<Value> {
        if v.downcast::<Generator>().is_some() {
            return Ok(v.clone());
        }
        self.iter(v)
    }

    /// `YieldFrom`: one delegation step.
    pub(crate) fn yield_from_step(&mut self, frame: &mut Frame) -> PyResult<Option<Step>> {
        let sent = frame.pop();
        let it = frame.top().clone();
        match self.send_to(&it, sent) {
            Ok(GenStep::Yield(v)) => {
                frame.ip -= 1;
                Ok(Some(Step::Yield(v)))
            }
            Ok(GenStep::Return(v)) => {
                frame.stack.pop();
                frame.stack.push(v);
                Ok(None)
            }
            Err(e) => {
                frame.stack.pop();
                Err(e)
            }
        }
    }
}

/// The generator a method was called on.
fn this_gen<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Generator> {
    args.first()
        .and_then(|a| a.downcast::<Generator>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'generator' object"))
}

/// Turns a resumption result into the value of `send`/`throw` (StopIteration when finished).
fn step_result(vm: &mut Vm, r: PyResult<GenStep>) -> PyResult<Value> {
    match r? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// `generator.send(value)`.
pub fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::args::check_count(vm, "send", args.len(), 2, 2)?;
    let g = this_gen(vm, args)?;
    let r = g.resume(vm, args[1].clone(), None);
    step_result(vm, r)
}

/// `generator.throw(typ[, val[, tb]])`.
pub fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::args::check_count(vm, "throw", args.len(), 2, 4)?;
    let g = this_gen(vm, args)?;
    let exc = match (&args[1], args.get(2)) {
        (Value::Class(_), Some(v)) if !v.is_none() && vm.is_exception_instance(v) => v.clone(),
        (Value::Class(_), Some(v)) if !v.is_none() => {
            vm.call0(&args[1], std::slice::from_ref(v))?
        }
        (other, _) => other.clone(),
    };
    let err = vm.make_raisable(exc).map_err(|_| {
        vm.type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_owned()
                + &vm.type_name(&args[1]),
        )
    })?;
    let r = g.resume(vm, Value::None, Some(err));
    step_result(vm, r)
}

/// `generator.close()`.
pub fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let g = this_gen(vm, args)?;
    if g.is_finished() || !g.started.get() {
        g.finished.set(true);
        return Ok(Value::None);
    }
    let exit = vm.error_args("GeneratorExit", vec![]);
    match g.resume(vm, Value::None, Some(exit)) {
        Ok(GenStep::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(GenStep::Return(_)) => Ok(Value::None),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// `repr(generator)`.
pub fn gen_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let g = this_gen(vm, args)?;
    Ok(Value::string(format!(
        "<generator object {} at {:#x}>",
        g.qualname,
        vm.id_of(&args[0])
    )))
}

/// Registers the generator methods on the generator class.
pub fn register(vm: &mut Vm) {
    let class = vm.types().generator.clone();
    crate::builtins::setup::add_methods(
        &class,
        "generator",
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__repr__", gen_repr),
        ],
    );
}
