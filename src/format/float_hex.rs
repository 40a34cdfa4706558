//! Hexadecimal float text: `float.hex()` and `float.fromhex()`, exact in both directions.

use super::FormatError;
use super::float_exact::scale_exact;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// The message of every malformed `fromhex` argument.
const INVALID: &str = "invalid hexadecimal floating-point string";

/// `float.hex(x)`: `0x1.8000000000000p+1`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// The parts of a finite hexadecimal literal: all digits as one integer and a power of two.
struct HexParts {
    negative: bool,
    mantissa: BigInt,
    exp2: i64,
}

/// `float.fromhex(text)`.
pub fn float_from_hex(text: &str) -> Result<f64, FormatError> {
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    if let Some(special) = special_value(s) {
        return Ok(special);
    }
    let parts = parse_parts(s).ok_or_else(|| FormatError::Value(INVALID.into()))?;
    let magnitude = scale_exact(&parts.mantissa, parts.exp2).ok_or_else(|| {
        FormatError::Overflow("hexadecimal value too large to represent as a float".into())
    })?;
    Ok(if parts.negative {
        -magnitude
    } else {
        magnitude
    })
}

/// `inf`, `infinity` and `nan` with an optional sign, in any case.
fn special_value(s: &str) -> Option<f64> {
    let (negative, body) = split_sign(s);
    let v = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -v } else { v })
}

/// Splits a leading `+` or `-`.
fn split_sign(s: &str) -> (bool, &str) {
    match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    }
}

/// Parses `[sign][0x]digits[.digits][p[sign]decimal]`.
fn parse_parts(s: &str) -> Option<HexParts> {
    let (negative, body) = split_sign(s);
    let body = body
        .strip_prefix("0x")
        .or_else(|| body.strip_prefix("0X"))
        .unwrap_or(body);
    let (number, exponent) = match body.find(['p', 'P']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = number.split_once('.').unwrap_or((number, ""));
    let all_hex = |t: &str| t.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !all_hex(int_part) || !all_hex(frac_part) {
        return None;
    }
    let digits = format!("{int_part}{frac_part}");
    let mantissa = BigInt::parse_bytes(digits.as_bytes(), 16)?;
    let exp = match exponent {
        Some(e) => parse_exponent(e)?,
        None => 0,
    };
    let exp2 = exp.saturating_sub(4 * frac_part.len() as i64);
    Some(HexParts {
        negative,
        mantissa,
        exp2,
    })
}

/// A decimal exponent with optional sign; huge values saturate (they only decide over/underflow).
fn parse_exponent(e: &str) -> Option<i64> {
    let (negative, digits) = split_sign(e);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = BigInt::parse_bytes(digits.as_bytes(), 10)?;
    let n = n.to_i64().unwrap_or(i64::MAX / 2).min(i64::MAX / 2);
    Some(if negative { -n } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_text() {
        assert_eq!(float_to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_to_hex(3.0), "0x1.8000000000000p+1");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_to_hex(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn from_hex_rounds_half_even() {
        assert_eq!(float_from_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(float_from_hex("0x.8"), Ok(0.5));
        assert_eq!(float_from_hex("1"), Ok(1.0));
        assert_eq!(float_from_hex("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(
            float_from_hex("0x1.00000000000018p0"),
            Ok(1.0000000000000004)
        );
        assert_eq!(float_from_hex("0x1p-1074"), Ok(5e-324));
        assert_eq!(float_from_hex("0x3p-1076"), Ok(5e-324));
        assert_eq!(float_from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(float_from_hex(" -0X1.FFFFFFFFFFFFFp1023 "), Ok(-f64::MAX));
        assert!(float_from_hex("0x1p1024").is_err());
        assert!(float_from_hex("0x").is_err());
        assert!(float_from_hex("zz").is_err());
    }
}
