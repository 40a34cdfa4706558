//! `sys`'s descriptive records: `version_info`, `float_info`, `int_info`, `hash_info`, `implementation`.
//!
//! `sys.implementation.name` is `'gilpy'` (honest about what runs the
//! script); its `version` is the Python version gilpy implements, and
//! `cache_tag` is None because gilpy writes no bytecode caches.

use crate::modules::structseq::{StructSeq, struct_class};
use crate::objects::Value;
use crate::vm::Vm;

const VERSION_FIELDS: &[&str] = &["major", "minor", "micro", "releaselevel", "serial"];

const FLOAT_FIELDS: &[&str] = &[
    "max",
    "max_exp",
    "max_10_exp",
    "min",
    "min_exp",
    "min_10_exp",
    "dig",
    "mant_dig",
    "epsilon",
    "radix",
    "rounds",
];

const INT_FIELDS: &[&str] = &[
    "bits_per_digit",
    "sizeof_digit",
    "default_max_str_digits",
    "str_digits_check_threshold",
];

const HASH_FIELDS: &[&str] = &[
    "width",
    "modulus",
    "inf",
    "nan",
    "imag",
    "algorithm",
    "hash_bits",
    "seed_bits",
    "cutoff",
];

const IMPLEMENTATION_FIELDS: &[&str] = &["name", "cache_tag", "version", "hexversion"];

/// Builds one record of a fresh class.
fn record(
    vm: &Vm,
    class: &str,
    repr_name: &'static str,
    fields: &'static [&'static str],
    values: Vec<Value>,
) -> Value {
    let visible = fields.len();
    Value::native(StructSeq {
        class: struct_class(vm, class, "sys"),
        repr_name,
        fields,
        values,
        visible,
    })
}

/// `sys.version_info`: `(3, 11, 7, 'final', 0)` with named fields.
pub fn version_info(vm: &Vm) -> Value {
    let values = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ];
    record(
        vm,
        "version_info",
        "sys.version_info",
        VERSION_FIELDS,
        values,
    )
}

/// `sys.float_info`.
pub fn float_info(vm: &Vm) -> Value {
    let values = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    record(vm, "float_info", "sys.float_info", FLOAT_FIELDS, values)
}

/// `sys.int_info`.
pub fn int_info(vm: &Vm) -> Value {
    let values = vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(4300),
        Value::Int(640),
    ];
    record(vm, "int_info", "sys.int_info", INT_FIELDS, values)
}

/// `sys.hash_info`: the parameters of numeric hashing and SipHash-1-3 for str and bytes.
pub fn hash_info(vm: &Vm) -> Value {
    let values = vec![
        Value::Int(64),
        Value::Int((1 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        Value::str("siphash13"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    record(vm, "hash_info", "sys.hash_info", HASH_FIELDS, values)
}

/// `sys.implementation`.
pub fn implementation(vm: &Vm) -> Value {
    let values = vec![
        Value::str("gilpy"),
        Value::None,
        version_info(vm),
        Value::Int(0x030b07f0),
    ];
    record(
        vm,
        "SimpleNamespace",
        "namespace",
        IMPLEMENTATION_FIELDS,
        values,
    )
}
