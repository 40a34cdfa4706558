//! The `random` module's core: CPython 3.11's Mersenne Twister, its seeding
//! rules and the algorithms of `random.py`, over plain Rust numbers.
//!
//! Nothing here knows about interpreter values. The interpreter converts
//! arguments to integers and floats, calls into this module, and maps the
//! returned indices back onto Python objects. Every failure comes back as a
//! [`RandomError`] carrying CPython's exception type and exact message.

pub mod algorithms;
pub mod distributions;
pub mod mt19937;
pub mod seeding;

use std::fmt;

pub use mt19937::Mt19937;
pub use seeding::Seed;

/// An exception the interpreter should raise, with CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RandomError {
    /// Raise `ValueError(message)`.
    Value(String),
    /// Raise `TypeError(message)`.
    Type(String),
    /// Raise `IndexError(message)`.
    Index(String),
    /// Raise `OverflowError(message)`.
    Overflow(String),
}

impl RandomError {
    /// The Python exception class name, e.g. `"ValueError"`.
    pub fn type_name(&self) -> &'static str {
        match self {
            RandomError::Value(_) => "ValueError",
            RandomError::Type(_) => "TypeError",
            RandomError::Index(_) => "IndexError",
            RandomError::Overflow(_) => "OverflowError",
        }
    }

    /// The exception message, without the class name.
    pub fn message(&self) -> &str {
        match self {
            RandomError::Value(m)
            | RandomError::Type(m)
            | RandomError::Index(m)
            | RandomError::Overflow(m) => m,
        }
    }
}

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message())
    }
}

impl std::error::Error for RandomError {}

/// Shorthand for results of this module.
pub type RandomResult<T> = Result<T, RandomError>;

/// The version number `getstate()` puts first in its tuple.
pub const STATE_VERSION: i64 = 3;

/// One `random.Random` instance: the generator plus the cached second
/// value of `gauss()`.
#[derive(Clone, Debug)]
pub struct Random {
    /// The Mersenne Twister generator.
    pub mt: Mt19937,
    /// The spare normal deviate `gauss()` computed last time, if any.
    pub gauss_next: Option<f64>,
}

impl Default for Random {
    fn default() -> Self {
        Self::new()
    }
}

impl Random {
    /// A generator seeded from OS entropy, like `random.Random()`.
    pub fn new() -> Self {
        Random {
            mt: Mt19937::from_key(&seeding::entropy_key()),
            gauss_next: None,
        }
    }

    /// `random.Random(seed)` for an already classified seed.
    pub fn with_seed(seed: &Seed<'_>) -> Self {
        // Version 2 seeding cannot fail; an empty key means `[0]`.
        let key = seeding::seed_key(seed, 2).unwrap_or_default();
        Random {
            mt: Mt19937::from_key(&key),
            gauss_next: None,
        }
    }

    /// `self.seed(a, version)`: reseed and forget the spare gauss value.
    pub fn seed(&mut self, seed: &Seed<'_>, version: i64) -> RandomResult<()> {
        seeding::seed(&mut self.mt, seed, version)?;
        self.gauss_next = None;
        Ok(())
    }

    /// `getstate()`: `(3, <625 ints>, gauss_next)` as its parts.
    pub fn getstate(&self) -> (i64, Vec<u64>, Option<f64>) {
        (STATE_VERSION, self.mt.export_state(), self.gauss_next)
    }

    /// `setstate((version, words, gauss_next))` with CPython's checks.
    ///
    /// `version` is the tuple's first item; versions 2 and 3 are accepted,
    /// and version 2 words are reduced modulo 2**32 first. For a version
    /// that is not an int, raise [`seeding::bad_state_version`] directly.
    pub fn setstate(
        &mut self,
        version: i64,
        words: &[num_bigint::BigInt],
        gauss_next: Option<f64>,
    ) -> RandomResult<()> {
        if version == 2 || version == 3 {
            // random.py unpacks the tuple (setting gauss_next) before the
            // generator validates the words.
            self.gauss_next = gauss_next;
        }
        match version {
            3 => self.mt.import_state(words)?,
            2 => {
                let modulus = num_bigint::BigInt::from(1u64 << 32);
                let reduced: Vec<_> = words
                    .iter()
                    .map(|w| num_integer::Integer::mod_floor(w, &modulus))
                    .collect();
                self.mt.import_state(&reduced)?
            }
            other => return Err(seeding::bad_state_version(&other.to_string())),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
