//! gilpy: a small Python interpreter with a global interpreter lock.
pub mod compiler;
pub mod format;
pub mod parser;
