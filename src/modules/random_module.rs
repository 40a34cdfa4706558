//! The Python-facing `random` module over the core in `random.rs`: the `Random` class and
//! module functions bound to one hidden default instance (`random._inst`), as in CPython.

use super::random::{Random, RandomError, Seed, algorithms as alg, seeding};
use crate::builtins::args::bind;
use crate::builtins::setup::{add_methods, add_new};
use crate::objects::Value;
use crate::objects::class::{Class, Layout};
use crate::objects::function::{BoundMethod, NativeFn};
use crate::objects::module::Module;
use crate::objects::native::NativeObject;
use crate::vm::types::make_class;
use crate::vm::{Kw, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

mod distributions;
mod sequences;

/// A `random.Random` instance.
pub struct RandomObject {
    class: Rc<Class>,
    /// The generator state.
    pub rng: RefCell<Random>,
}

impl NativeObject for RandomObject {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Every method of `Random`, also exported as a module function.
const METHODS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randint", randint),
    ("randrange", randrange),
    ("uniform", distributions::uniform),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("triangular", distributions::triangular),
    ("expovariate", distributions::expovariate),
    ("lognormvariate", distributions::lognormvariate),
    ("vonmisesvariate", distributions::vonmisesvariate),
    ("gammavariate", distributions::gammavariate),
    ("betavariate", distributions::betavariate),
    ("paretovariate", distributions::paretovariate),
    ("weibullvariate", distributions::weibullvariate),
    ("randbytes", distributions::randbytes),
    ("getstate", getstate),
    ("setstate", setstate),
    ("choice", sequences::choice),
    ("choices", sequences::choices),
    ("shuffle", sequences::shuffle),
    ("sample", sequences::sample),
];

/// Builds `random`.
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("random"));
    let class = make_class("Random", Some(&vm.types().object), Layout::Builtin);
    class.dict.set_str("__module__", Value::str("random"));
    add_methods(&class, "Random", METHODS);
    add_methods(&class, "Random", &[("__init__", random_init)]);
    add_new(&class, "Random", random_new);
    let inst = Value::native(RandomObject {
        class: class.clone(),
        rng: RefCell::new(Random::new()),
    });
    for (name, _) in METHODS {
        if let Some(func) = class.dict.get_str(name) {
            let bound = BoundMethod {
                func,
                receiver: inst.clone(),
            };
            m.dict.set_str(name, Value::BoundMethod(Rc::new(bound)));
        }
    }
    m.dict.set_str("Random", Value::Class(class));
    m.dict.set_str("_inst", inst);
    Ok(m)
}

/// The receiver of a method.
pub fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a RandomObject> {
    args.first()
        .and_then(|v| v.downcast::<RandomObject>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'Random' object"))
}

/// Raises a core error as its Python exception.
pub fn raise(vm: &Vm, e: RandomError) -> PyErr {
    vm.error(e.type_name(), e.message())
}

fn random_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let class = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("Random.__new__(X): X is not a type object")),
    };
    let rng = match args.get(1) {
        None | Some(Value::None) => Random::new(),
        Some(v) => {
            let mut r = Random::new();
            with_seed(vm, v, |s| r.seed(s, 2))?;
            r
        }
    };
    Ok(Value::native(RandomObject {
        class,
        rng: RefCell::new(rng),
    }))
}

fn random_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// Classifies a seed value and runs `f` on it.
fn with_seed(
    vm: &mut Vm,
    v: &Value,
    f: impl FnOnce(&Seed<'_>) -> Result<(), RandomError>,
) -> PyResult<()> {
    let r = match v {
        Value::None => f(&Seed::None),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = vm.to_bigint(v).unwrap_or_default();
            f(&Seed::Int(&n))
        }
        Value::Float(_) => {
            let h = vm.hash(v)?;
            f(&Seed::Hash(h))
        }
        Value::Str(s) => f(&Seed::Str(s.as_str())),
        Value::Bytes(b) => f(&Seed::Bytes(b)),
        Value::ByteArray(b) => {
            let data = b.data().to_vec();
            f(&Seed::ByteArray(&data))
        }
        _ => return Err(vm.type_error(seeding::UNSUPPORTED_SEED_TYPE)),
    };
    r.map_err(|e| raise(vm, e))
}

fn seed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let a = bind(vm, "seed", &args[1..], kw, &["a", "version"], 0)?;
    let version = match &a[1] {
        Some(v) => vm.to_index(v)?,
        None => 2,
    };
    let value = a[0].clone().unwrap_or(Value::None);
    let mut rng = r.rng.borrow().clone();
    with_seed(vm, &value, |s| rng.seed(s, version))?;
    *r.rng.borrow_mut() = rng;
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    Ok(Value::Float(r.rng.borrow_mut().mt.random()))
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let k = sequences::int_arg(vm, args.get(1))?;
    let bits = alg::getrandbits(&mut r.rng.borrow_mut().mt, &k).map_err(|e| raise(vm, e))?;
    Ok(Value::from_bigint(bits))
}

/// A `randrange` argument as an int (integral floats accepted, like 3.11).
/// `warn`: issue CPython's DeprecationWarnings, blaming the caller (`randint`
/// does not: CPython's warnings then blame `random.py` and are ignored).
fn range_arg(vm: &mut Vm, v: &Value, which: alg::RangeArg, warn: bool) -> PyResult<BigInt> {
    if let Value::Float(f) = v {
        if f.fract() != 0.0 || !f.is_finite() {
            if warn {
                vm.warn("DeprecationWarning", alg::RANDRANGE_FUTURE_TYPE_ERROR, 1)?;
            }
            return Err(raise(vm, alg::randrange_non_integer(which)));
        }
        if warn {
            vm.warn("DeprecationWarning", alg::RANDRANGE_FLOAT_DEPRECATED, 1)?;
        }
        return Ok(num_traits::FromPrimitive::from_f64(*f).unwrap_or_default());
    }
    sequences::int_arg(vm, Some(v))
}

fn randrange(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let a = bind(
        vm,
        "randrange",
        &args[1..],
        kw,
        &["start", "stop", "step"],
        1,
    )?;
    let start = range_arg(
        vm,
        a[0].as_ref().unwrap_or(&Value::None),
        alg::RangeArg::Start,
        true,
    )?;
    let stop = match &a[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(range_arg(vm, v, alg::RangeArg::Stop, true)?),
    };
    let step = match &a[2] {
        None => BigInt::from(1),
        Some(v) => range_arg(vm, v, alg::RangeArg::Step, true)?,
    };
    let mt = &mut r.rng.borrow_mut().mt;
    let small = (
        start.to_i64(),
        stop.as_ref().map(|s| s.to_i64()),
        step.to_i64(),
    );
    let result = match small {
        (Some(a), None, Some(s)) => alg::randrange_i64(mt, a, None, s).map(BigInt::from),
        (Some(a), Some(Some(b)), Some(s)) => {
            alg::randrange_i64(mt, a, Some(b), s).map(BigInt::from)
        }
        _ => alg::randrange(mt, &start, stop.as_ref(), &step),
    };
    result.map(Value::from_bigint).map_err(|e| raise(vm, e))
}

fn randint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let a = bind(vm, "randint", &args[1..], kw, &["a", "b"], 2)?;
    let lo = range_arg(
        vm,
        a[0].as_ref().unwrap_or(&Value::None),
        alg::RangeArg::Start,
        false,
    )?;
    let hi = range_arg(
        vm,
        a[1].as_ref().unwrap_or(&Value::None),
        alg::RangeArg::Stop,
        false,
    )?;
    let mt = &mut r.rng.borrow_mut().mt;
    let result = match (lo.to_i64(), hi.to_i64()) {
        (Some(x), Some(y)) => alg::randint_i64(mt, x, y).map(BigInt::from),
        _ => alg::randint(mt, &lo, &hi),
    };
    result.map(Value::from_bigint).map_err(|e| raise(vm, e))
}

/// Float parameters with defaults, by name.
fn floats(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    defaults: &[f64],
) -> PyResult<Vec<f64>> {
    let a = bind(vm, fname, &args[1..], kw, names, 0)?;
    let mut out = defaults.to_vec();
    for (slot, v) in out.iter_mut().zip(&a) {
        if let Some(v) = v {
            *slot = super::math::float_arg(vm, v)?;
        }
    }
    Ok(out)
}

fn gauss(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = floats(vm, "gauss", args, kw, &["mu", "sigma"], &[0.0, 1.0])?;
    Ok(Value::Float(alg::gauss(
        &mut r.rng.borrow_mut(),
        f[0],
        f[1],
    )))
}

fn normalvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = floats(vm, "normalvariate", args, kw, &["mu", "sigma"], &[0.0, 1.0])?;
    Ok(Value::Float(alg::normalvariate(
        &mut r.rng.borrow_mut().mt,
        f[0],
        f[1],
    )))
}

fn getstate(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let (version, words, gauss_next) = r.rng.borrow().getstate();
    let words = words.into_iter().map(|w| Value::Int(w as i64)).collect();
    Ok(Value::tuple(vec![
        Value::Int(version),
        Value::tuple(words),
        gauss_next.map_or(Value::None, Value::Float),
    ]))
}

fn setstate(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let state = vm.collect(args.get(1).unwrap_or(&Value::None))?;
    let [version, words, gauss_next] = state.as_slice() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let Value::Int(version) = version else {
        let shown = vm.repr_str(version)?;
        return Err(raise(vm, seeding::bad_state_version(&shown)));
    };
    let mut ints = Vec::new();
    for w in vm.collect(words)? {
        ints.push(sequences::int_arg(vm, Some(&w))?);
    }
    let gauss_next = match gauss_next {
        Value::None => None,
        v => Some(super::math::float_arg(vm, v)?),
    };
    r.rng
        .borrow_mut()
        .setstate(*version, &ints, gauss_next)
        .map_err(|e| raise(vm, e))?;
    Ok(Value::None)
}
