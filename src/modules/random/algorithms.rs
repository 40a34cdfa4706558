//! The algorithms of CPython 3.11's `random.py`, expressed over the
//! generator and plain numbers. Sequence functions return indices; the
//! interpreter maps them onto the population.
//!
//! Argument conversion stays with the interpreter. For `randrange` (and so
//! `randint`) a float argument that is integral is accepted after a
//! `DeprecationWarning` ([`RANDRANGE_FLOAT_DEPRECATED`]); a non-integral one
//! raises `ValueError` ([`randrange_non_integer`]) after the warning
//! [`RANDRANGE_FUTURE_TYPE_ERROR`]. CPython converts `start`, then checks
//! the missing `stop`, then converts `stop`, then `step`.

use std::collections::HashSet;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::mt19937::Mt19937;
use super::{Random, RandomError, RandomResult};

/// `DeprecationWarning` text for an integral float passed to `randrange`.
pub const RANDRANGE_FLOAT_DEPRECATED: &str = "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version";

/// `DeprecationWarning` text issued just before the `ValueError` of
/// [`randrange_non_integer`].
pub const RANDRANGE_FUTURE_TYPE_ERROR: &str = "randrange() will raise TypeError in the future";

/// `TypeError` of `sample(counts=...)` when the counts' total is not an int.
pub const COUNTS_MUST_BE_INTEGERS: &str = "Counts must be integers";

/// Which `randrange` argument a conversion error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeArg {
    /// The first argument, `start`.
    Start,
    /// The `stop` argument.
    Stop,
    /// The `step` argument.
    Step,
}

/// `ValueError` for a non-integral float given to `randrange`.
pub fn randrange_non_integer(arg: RangeArg) -> RandomError {
    let which = match arg {
        RangeArg::Start => "arg 1",
        RangeArg::Stop => "stop",
        RangeArg::Step => "step",
    };
    RandomError::Value(format!("non-integer {which} for randrange()"))
}

/// `ValueError("empty range for randrange()")`.
fn empty_range() -> RandomError {
    RandomError::Value("empty range for randrange()".into())
}

/// `OverflowError` for a value that does not fit a C `int`.
fn c_int_overflow() -> RandomError {
    RandomError::Overflow("Python int too large to convert to C int".into())
}

/// `getrandbits(k)` with CPython's argument checks: `k` must fit a C `int`
/// and be non-negative.
pub fn getrandbits(mt: &mut Mt19937, k: &BigInt) -> RandomResult<BigInt> {
    let k = k.to_i32().ok_or_else(c_int_overflow)?;
    let k = u64::try_from(k)
        .map_err(|_| RandomError::Value("number of bits must be non-negative".into()))?;
    Ok(mt.getrandbits(k))
}

/// `randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes.
pub fn randbytes(mt: &mut Mt19937, n: &BigInt) -> RandomResult<Vec<u8>> {
    let bits = getrandbits(mt, &(n * 8u32))?;
    let len = n.to_usize().unwrap_or(0);
    let mut bytes = bits.to_bytes_le().1;
    bytes.resize(len, 0);
    Ok(bytes)
}

/// `_randbelow(n)` for `n` fitting a `u64`: draw `n.bit_length()` bits until
/// the value is below `n`. `n == 0` returns 0 (CPython never calls it so).
pub fn randbelow_u64(mt: &mut Mt19937, n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    let k = 64 - n.leading_zeros();
    loop {
        let r = mt.getrandbits_u64(k);
        if r < n {
            return r;
        }
    }
}

/// `_randbelow(n)` for any positive `n`; `n <= 0` returns 0.
pub fn randbelow(mt: &mut Mt19937, n: &BigInt) -> BigInt {
    if !n.is_positive() {
        return BigInt::zero();
    }
    if let Some(small) = n.to_u64() {
        return BigInt::from(randbelow_u64(mt, small));
    }
    let k = n.bits();
    loop {
        let r = mt.getrandbits(k);
        if &r < n {
            return r;
        }
    }
}

/// `randrange(start, stop=None, step=1)` over ints. `stop` is `None` when
/// only one argument was given; `step` is 1 when it was omitted (an
/// explicit 1 behaves the same in CPython).
pub fn randrange(
    mt: &mut Mt19937,
    start: &BigInt,
    stop: Option<&BigInt>,
    step: &BigInt,
) -> RandomResult<BigInt> {
    let Some(stop) = stop else {
        if !step.is_one() {
            return Err(RandomError::Type("Missing a non-None stop argument".into()));
        }
        if start.is_positive() {
            return Ok(randbelow(mt, start));
        }
        return Err(empty_range());
    };
    let width = stop - start;
    if step.is_one() {
        if width.is_positive() {
            return Ok(start + randbelow(mt, &width));
        }
        return Err(RandomError::Value(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = match step.sign() {
        Sign::Plus => (&width + step - 1u32).div_floor(step),
        Sign::Minus => (&width + step + 1u32).div_floor(step),
        Sign::NoSign => return Err(RandomError::Value("zero step for randrange()".into())),
    };
    if !n.is_positive() {
        return Err(empty_range());
    }
    Ok(start + step * randbelow(mt, &n))
}

/// [`randrange`] for machine integers: same results, errors and draws,
/// without big-integer arithmetic.
pub fn randrange_i64(
    mt: &mut Mt19937,
    start: i64,
    stop: Option<i64>,
    step: i64,
) -> RandomResult<i64> {
    let value = randrange_i128(mt, start.into(), stop.map(i128::from), step.into())?;
    // The result lies in [start, stop) or (stop, start], so it fits.
    Ok(value as i64)
}

/// `randint(a, b)`: `randrange(a, b + 1)`.
pub fn randint(mt: &mut Mt19937, a: &BigInt, b: &BigInt) -> RandomResult<BigInt> {
    randrange(mt, a, Some(&(b + 1u32)), &BigInt::one())
}

/// [`randint`] for machine integers.
pub fn randint_i64(mt: &mut Mt19937, a: i64, b: i64) -> RandomResult<i64> {
    let value = randrange_i128(mt, a.into(), Some(i128::from(b) + 1), 1)?;
    Ok(value as i64)
}

/// The `randrange` algorithm over `i128`, for arguments within `i64`
/// (plus one), so no intermediate value overflows.
fn randrange_i128(
    mt: &mut Mt19937,
    start: i128,
    stop: Option<i128>,
    step: i128,
) -> RandomResult<i128> {
    let Some(stop) = stop else {
        if step != 1 {
            return Err(RandomError::Type("Missing a non-None stop argument".into()));
        }
        if start > 0 {
            return Ok(randbelow_u128(mt, start as u128) as i128);
        }
        return Err(empty_range());
    };
    let width = stop - start;
    if step == 1 {
        if width > 0 {
            return Ok(start + randbelow_u128(mt, width as u128) as i128);
        }
        return Err(RandomError::Value(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = match step.signum() {
        1 => Integer::div_floor(&(width + step - 1), &step),
        -1 => Integer::div_floor(&(width + step + 1), &step),
        _ => return Err(RandomError::Value("zero step for randrange()".into())),
    };
    if n <= 0 {
        return Err(empty_range());
    }
    Ok(start + step * randbelow_u128(mt, n as u128) as i128)
}

/// `_randbelow` for a `u128` bound: the `u64` path when it fits.
fn randbelow_u128(mt: &mut Mt19937, n: u128) -> u128 {
    match u64::try_from(n) {
        Ok(small) => u128::from(randbelow_u64(mt, small)),
        Err(_) => randbelow(mt, &BigInt::from(n)).to_u128().unwrap_or(0),
    }
}

/// `choice(seq)`: the index to pick from a sequence of length `len`.
pub fn choice_index(mt: &mut Mt19937, len: usize) -> RandomResult<usize> {
    if len == 0 {
        return Err(RandomError::Index(
            "Cannot choose from an empty sequence".into(),
        ));
    }
    Ok(randbelow_u64(mt, len as u64) as usize)
}

/// `shuffle(x)` as the list of swaps to apply in order: `x[i], x[j] =
/// x[j], x[i]` for each `(i, j)`.
pub fn shuffle_swaps(mt: &mut Mt19937, len: usize) -> Vec<(usize, usize)> {
    (1..len)
        .rev()
        .map(|i| (i, randbelow_u64(mt, i as u64 + 1) as usize))
        .collect()
}

/// `shuffle(x)` applied in place to a slice.
pub fn shuffle<T>(mt: &mut Mt19937, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = randbelow_u64(mt, i as u64 + 1) as usize;
        items.swap(i, j);
    }
}

/// `sample(population, k)` for a population of length `n`: the indices of
/// the chosen elements, in selection order.
///
/// Like `random.py`, it keeps a pool of the `n` indices when that is
/// smaller than a set of `k` selections, and otherwise redraws on repeats.
pub fn sample_indices(mt: &mut Mt19937, n: usize, k: i64) -> RandomResult<Vec<usize>> {
    let k = match usize::try_from(k) {
        Ok(k) if k <= n => k,
        _ => {
            return Err(RandomError::Value(
                "Sample larger than population or is negative".into(),
            ));
        }
    };
    if n as u128 <= sample_setsize(k) {
        Ok(sample_from_pool(mt, n, k))
    } else {
        Ok(sample_with_set(mt, n, k))
    }
}

/// `random.py`'s size estimate of a `k`-element set (minus an empty list).
fn sample_setsize(k: usize) -> u128 {
    let mut setsize: u128 = 21;
    if k > 5 {
        let exponent = ((k as u128 * 3) as f64).ln() / 4f64.ln();
        let table = 4u128.checked_pow(exponent.ceil() as u32);
        setsize = setsize.saturating_add(table.unwrap_or(u128::MAX));
    }
    setsize
}

/// Sampling with a pool: the vacancy left by each pick is filled with the
/// last unpicked index.
fn sample_from_pool(mt: &mut Mt19937, n: usize, k: usize) -> Vec<usize> {
    let mut pool: Vec<usize> = (0..n).collect();
    let mut result = Vec::with_capacity(k);
    for i in 0..k {
        let j = randbelow_u64(mt, (n - i) as u64) as usize;
        result.push(pool[j]);
        pool[j] = pool[n - i - 1];
    }
    result
}

/// Sampling with a set of the indices already chosen.
fn sample_with_set(mt: &mut Mt19937, n: usize, k: usize) -> Vec<usize> {
    let mut selected = HashSet::with_capacity(k);
    let mut result = Vec::with_capacity(k);
    for _ in 0..k {
        let mut j = randbelow_u64(mt, n as u64) as usize;
        while selected.contains(&j) {
            j = randbelow_u64(mt, n as u64) as usize;
        }
        selected.insert(j);
        result.push(j);
    }
    result
}

/// `sample(population, k, counts=counts)` for a population of length `n`:
/// the population indices chosen. A count that is not an int makes the
/// total non-int: raise `TypeError` [`COUNTS_MUST_BE_INTEGERS`] instead.
pub fn sample_counts_indices(
    mt: &mut Mt19937,
    n: usize,
    counts: &[i64],
    k: i64,
) -> RandomResult<Vec<usize>> {
    let mut cum: Vec<i128> = counts
        .iter()
        .scan(0i128, |acc, &c| {
            *acc += i128::from(c);
            Some(*acc)
        })
        .collect();
    if cum.len() != n {
        return Err(RandomError::Value(
            "The number of counts does not match the population".into(),
        ));
    }
    let total = cum
        .pop()
        .ok_or_else(|| RandomError::Index("pop from empty list".into()))?;
    if total <= 0 {
        return Err(RandomError::Value(
            "Total of counts must be greater than zero".into(),
        ));
    }
    let total = usize::try_from(total)
        .ok()
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| {
            RandomError::Overflow("Python int too large to convert to C ssize_t".into())
        })?;
    let selections = sample_indices(mt, total, k)?;
    Ok(selections
        .into_iter()
        .map(|s| bisect_right(&cum, &(s as i128), 0, cum.len()))
        .collect())
}

/// `choices(population, k=k)` without weights, for a population of length
/// `n`. A negative `k` gives no picks. An empty population with `k > 0`
/// fails as CPython's indexing of an empty list does.
pub fn choices_indices(mt: &mut Mt19937, n: usize, k: i64) -> RandomResult<Vec<usize>> {
    let count = usize::try_from(k).unwrap_or(0);
    if n == 0 && count > 0 {
        return Err(empty_population_index());
    }
    let n = n as f64;
    Ok((0..count)
        .map(|_| (mt.random() * n).floor() as usize)
        .collect())
}

/// `IndexError` of indexing an empty list (CPython's message for a tuple
/// population or cumulative weights reads `tuple index out of range`).
fn empty_population_index() -> RandomError {
    RandomError::Index("list index out of range".into())
}

/// `choices(population, weights, cum_weights=..., k=k)` with weights, for a
/// population of length `n`. Exactly one of `weights` and `cum_weights`
/// should be given; weights are accumulated left to right as floats.
pub fn choices_weighted_indices(
    mt: &mut Mt19937,
    n: usize,
    weights: Option<&[f64]>,
    cum_weights: Option<&[f64]>,
    k: i64,
) -> RandomResult<Vec<usize>> {
    let cum: Vec<f64> = match (weights, cum_weights) {
        (Some(_), Some(_)) => {
            return Err(RandomError::Type(
                "Cannot specify both weights and cumulative weights".into(),
            ));
        }
        (Some(w), None) => accumulate(w),
        (None, Some(c)) => c.to_vec(),
        (None, None) => return choices_indices(mt, n, k),
    };
    if cum.len() != n {
        return Err(RandomError::Value(
            "The number of weights does not match the population".into(),
        ));
    }
    let total = cum.last().ok_or_else(empty_population_index)? + 0.0;
    if total <= 0.0 {
        return Err(RandomError::Value(
            "Total of weights must be greater than zero".into(),
        ));
    }
    if !total.is_finite() {
        return Err(RandomError::Value("Total of weights must be finite".into()));
    }
    let hi = n - 1;
    let count = usize::try_from(k).unwrap_or(0);
    Ok((0..count)
        .map(|_| bisect_right(&cum, &(mt.random() * total), 0, hi))
        .collect())
}

/// Running sums of `weights`, as `itertools.accumulate` gives for floats.
pub fn accumulate(weights: &[f64]) -> Vec<f64> {
    weights
        .iter()
        .scan(0.0, |acc, &w| {
            *acc += w;
            Some(*acc)
        })
        .collect()
}

/// `bisect.bisect_right(a, x, lo, hi)`, probing the same midpoints as
/// Python's loop so unsorted input (negative weights or counts) gives the
/// same answer. `hi` is clamped to `a.len()`.
pub fn bisect_right<T: PartialOrd>(a: &[T], x: &T, lo: usize, hi: usize) -> usize {
    let mut hi = hi.min(a.len());
    let mut lo = lo.min(hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if x < &a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// `uniform(a, b)`: `a + (b - a) * random()`.
pub fn uniform(mt: &mut Mt19937, a: f64, b: f64) -> f64 {
    a + (b - a) * mt.random()
}

/// `gauss(mu, sigma)`: Box–Muller pairs; the second value of each pair is
/// kept in `gauss_next` for the following call.
pub fn gauss(rng: &mut Random, mu: f64, sigma: f64) -> f64 {
    let z = match rng.gauss_next.take() {
        Some(z) => z,
        None => {
            let angle = rng.mt.random() * std::f64::consts::TAU;
            let radius = (-2.0 * (1.0 - rng.mt.random()).ln()).sqrt();
            rng.gauss_next = Some(angle.sin() * radius);
            angle.cos() * radius
        }
    };
    mu + z * sigma
}

/// `normalvariate(mu, sigma)`: the Kinderman–Monahan ratio-of-uniforms
/// method.
pub fn normalvariate(mt: &mut Mt19937, mu: f64, sigma: f64) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = mt.random();
        let u2 = 1.0 - mt.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return mu + z * sigma;
        }
    }
}
