//! A stable merge sort driven by Python's `<` (errors stop it; inconsistent orders never panic).

use crate::objects::Value;
use crate::vm::{PyResult, Vm};
use std::cmp::Ordering;

/// Sorts `items` (with optional precomputed `keys`) stably using `<` only, like `list.sort`.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys = keys.unwrap_or_else(|| items.clone());
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    if natively_ordered(&keys) {
        // Stable, like the general path: equal keys keep their order.
        idx.sort_by(|&a, &b| native_cmp(&keys[a], &keys[b]));
    } else if idx.len() < MIN_MERGE {
        short_sort(vm, &keys, &mut idx)?;
    } else {
        let mut buf = idx.clone();
        merge_sort(vm, &keys, &mut idx, &mut buf, reverse)?;
    }
    if reverse {
        idx.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    Ok(idx
        .into_iter()
        .map(|i| slots[i].take().unwrap_or(Value::None))
        .collect())
}

/// True when `a` and `b` have the same shape, one whose order Rust decides
/// exactly as Python's `<` does, with no Python code and no error: machine
/// ints, floats other than NaN, strs, or tuples of the same length holding
/// such values with the same kinds position by position.
fn same_shape(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(_), Value::Int(_)) | (Value::Str(_), Value::Str(_)) => true,
        (Value::Float(x), Value::Float(y)) => !x.is_nan() && !y.is_nan(),
        (Value::Tuple(x), Value::Tuple(y)) => {
            let (x, y) = (x.as_slice(), y.as_slice());
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_shape(p, q))
        }
        _ => false,
    }
}

/// True when every key has the first one's shape (see [`same_shape`]): then
/// any two keys compare in a total order without Python code, and a stable
/// sort by [`native_cmp`] gives exactly the general path's result.
fn natively_ordered(keys: &[Value]) -> bool {
    match keys.first() {
        Some(first) => keys.iter().all(|k| same_shape(first, k)),
        None => false,
    }
}

/// Python's order of two keys of the same shape (see [`same_shape`]):
/// strs compare by code point, which is UTF-8 byte order.
fn native_cmp(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        (Value::Tuple(x), Value::Tuple(y)) => {
            let (x, y) = (x.as_slice(), y.as_slice());
            x.iter()
                .zip(y)
                .map(|(p, q)| native_cmp(p, q))
                .find(|o| o.is_ne())
                .unwrap_or_else(|| x.len().cmp(&y.len()))
        }
        _ => Ordering::Equal,
    }
}

/// Below this length CPython's timsort makes one run: it finds the leading
/// ascending or strictly descending run, then binary-inserts the rest.
const MIN_MERGE: usize = 64;

/// Sorts a short index array with exactly the comparisons CPython makes
/// (`count_run`, then `binarysort`), so `__lt__` side effects match.
fn short_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if vm.lt(&keys[idx[1]], &keys[idx[0]])? {
        while run < n && vm.lt(&keys[idx[run]], &keys[idx[run - 1]])? {
            run += 1;
        }
        idx[..run].reverse();
    } else {
        while run < n && !vm.lt(&keys[idx[run]], &keys[idx[run - 1]])? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = idx[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if vm.lt(&keys[pivot], &keys[idx[p]])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        idx.copy_within(l..start, l + 1);
        idx[l] = pivot;
    }
    Ok(())
}

/// Sorts the index array by `keys[i]` ascending (reversal is done by the caller around it).
fn merge_sort(
    vm: &mut Vm,
    keys: &[Value],
    idx: &mut [usize],
    buf: &mut [usize],
    reverse: bool,
) -> PyResult<()> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    if n <= 8 {
        return insertion_sort(vm, keys, idx, reverse);
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, keys, l, bl, reverse)?;
        merge_sort(vm, keys, r, br, reverse)?;
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if before(vm, keys, buf[j], buf[i], reverse)? {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

fn insertion_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize], reverse: bool) -> PyResult<()> {
    for i in 1..idx.len() {
        let cur = idx[i];
        let mut j = i;
        while j > 0 && before(vm, keys, cur, idx[j - 1], reverse)? {
            idx[j] = idx[j - 1];
            j -= 1;
        }
        idx[j] = cur;
    }
    Ok(())
}

/// True when item `a` must come strictly before item `b`.
fn before(vm: &mut Vm, keys: &[Value], a: usize, b: usize, _reverse: bool) -> PyResult<bool> {
    vm.lt(&keys[a], &keys[b])
}
