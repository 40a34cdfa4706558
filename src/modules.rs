//! Native modules written in Rust (`sys`, `time`, `math`, `random`, `os`, `_thread` ...).

pub mod collections;
pub mod io;
pub mod math;
pub mod os;
pub mod os_path;
pub mod random;
pub mod random_module;
pub mod structseq;
pub mod sys;
pub mod thread;
pub mod thread_lock;
pub mod thread_pool;
pub mod time;

use crate::vm::interp::ModuleInit;
use std::collections::HashMap;

/// Every native module by import name.
pub fn registry() -> HashMap<&'static str, ModuleInit> {
    let mut m: HashMap<&'static str, ModuleInit> = HashMap::new();
    m.insert("sys", sys::init);
    m.insert("io", io::init);
    m.insert("math", math::init);
    m.insert("os", os::init);
    m.insert("time", time::init);
    m.insert("random", random_module::init);
    m.insert("_thread", thread::init);
    m.insert("_collections", collections::init);
    m
}
