//! The standard library modules written in Python, embedded in the binary.

/// `(module name, source text)` for every embedded module.
pub const SOURCES: &[(&str, &str)] = &[];
