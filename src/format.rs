//! Text engines for numbers and formatting, independent of the value model.
//!
//! Everything here works on plain Rust types (`f64`, `BigInt`, `&str`, `&[u8]`)
//! and reproduces CPython 3.11's output byte for byte:
//!
//! - [`float_repr`]: `repr(float)` and `round(float, n)`;
//! - [`complex_repr`]: `repr(complex)` and `str(complex)`;
//! - [`number_parse`]: `int(str, base)`, `float(str)`, `bin`/`oct`/`hex`;
//! - [`text_repr`]: `repr(str)`, `ascii(str)`, `repr(bytes)`;
//! - [`spec`]: the `format()` mini-language for int, float and str;
//! - [`printf`]: the `%` operator for str and bytes.
//!
//! Errors carry CPython's exact messages; the interpreter maps each
//! [`FormatError`] variant to the matching Python exception class.

pub mod complex_repr;
pub mod float_exact;
pub mod float_hex;
pub mod float_repr;
pub mod float_text;
pub mod layout;
pub mod number_parse;
pub mod printable;
pub mod printf;
pub mod printf_conv;
pub mod spec;
pub mod spec_num;
pub mod text_repr;

pub use float_repr::{repr_float, round_float};
pub use number_parse::{int_to_base, parse_float, parse_int};
pub use printf::{ConvSpec, Piece, parse_printf, parse_printf_bytes};
pub use spec::FormatSpec;
pub use spec_num::{format_float, format_int, format_str};
pub use text_repr::{ascii_str, repr_bytes, repr_str};

/// A formatting failure, tagged with the Python exception class to raise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Raise `ValueError` with this message.
    Value(String),
    /// Raise `TypeError` with this message.
    Type(String),
    /// Raise `OverflowError` with this message.
    Overflow(String),
    /// Raise `MemoryError` (the result would be unreasonably large).
    Memory,
}

impl FormatError {
    /// The message text (empty for `MemoryError`, as CPython prints it).
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Type(m) | FormatError::Overflow(m) => m,
            FormatError::Memory => "",
        }
    }

    /// The Python exception class name for this error.
    pub fn class_name(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
            FormatError::Memory => "MemoryError",
        }
    }
}

/// The longest text any engine here will build; longer requests give
/// [`FormatError::Memory`] instead of exhausting the machine.
pub const MAX_RESULT_LEN: usize = 1 << 28;

/// `ValueError`-producing shorthand used across the engines.
pub(crate) fn value_err<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Value(msg.into()))
}
