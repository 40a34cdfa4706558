//! The standard library modules written in Python, embedded in the binary.

/// `(module name, source text)` for every embedded module.
pub const SOURCES: &[(&str, &str)] = &[
    ("threading", include_str!("../stdlib/threading.py")),
    ("queue", include_str!("../stdlib/queue.py")),
    ("heapq", include_str!("../stdlib/heapq.py")),
    ("collections", include_str!("../stdlib/collections.py")),
    ("warnings", include_str!("../stdlib/warnings.py")),
    ("_help", include_str!("../stdlib/_help.py")),
];
