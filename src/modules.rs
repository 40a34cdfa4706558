//! Native modules written in Rust (`sys`, `time`, `math`, `random`, `os`, `_thread` ...).

pub mod random;
pub mod sys;

use crate::vm::interp::ModuleInit;
use std::collections::HashMap;

/// Every native module by import name.
pub fn registry() -> HashMap<&'static str, ModuleInit> {
    let mut m: HashMap<&'static str, ModuleInit> = HashMap::new();
    m.insert("sys", sys::init);
    m
}
