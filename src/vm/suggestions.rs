//! "Did you mean" hints for NameError and AttributeError, as CPython 3.11 prints them.

use super::Vm;
use crate::objects::Value;

/// Largest number of candidate names CPython considers.
const MAX_CANDIDATES: usize = 750;

/// The suggested name for a NameError/AttributeError, if one is close enough.
pub fn suggestion_for(vm: &mut Vm, exc: &Value) -> Option<String> {
    let Value::Instance(inst) = exc else {
        return None;
    };
    let class = inst.class();
    let name = match inst.dict.get_str("name") {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        _ => return None,
    };
    let candidates = if class.is_subclass(&vm.types().exc("AttributeError")) {
        let obj = inst.dict.get_str("obj")?;
        vm.dir_names(&obj)
    } else if class.is_subclass(&vm.types().exc("NameError")) {
        let mut names = inst
            .exc
            .as_ref()
            .map(|d| d.borrow().name_candidates.clone())
            .unwrap_or_default();
        names.extend(
            vm.builtins()
                .keys()
                .into_iter()
                .filter_map(|v| v.as_str().map(|s| s.as_str().to_owned())),
        );
        names
    } else {
        return None;
    };
    best_match(&name, &candidates)
}

/// The closest candidate by CPython's weighted Levenshtein distance, within its cutoff.
pub fn best_match(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for cand in candidates {
        if cand == name {
            continue;
        }
        let max = (name.len() + cand.len() + 3) * MOVE_COST / 6;
        let limit = best.map_or(max, |(d, _)| d.saturating_sub(1).min(max));
        let d = distance(name, cand, limit);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, cand));
        }
    }
    best.map(|(_, c)| c.clone())
}

/// Cost of an insertion, deletion or substitution.
const MOVE_COST: usize = 2;
/// Cost of a substitution that only changes case.
const CASE_COST: usize = 1;

/// Weighted edit distance (case changes are cheap); returns `max + 1` when over `max`.
fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return 0;
    }
    let mut row: Vec<usize> = (1..=b.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (i, ca) in a.iter().enumerate() {
        let mut distance_diag = i * MOVE_COST;
        result = (i + 1) * MOVE_COST;
        let mut min_in_row = usize::MAX;
        for (j, cb) in b.iter().enumerate() {
            let sub = distance_diag + substitution_cost(*ca, *cb);
            distance_diag = row[j];
            let del = row[j] + MOVE_COST;
            let ins = result + MOVE_COST;
            result = sub.min(del).min(ins);
            row[j] = result;
            min_in_row = min_in_row.min(result);
        }
        if min_in_row > max {
            return max + 1;
        }
    }
    result
}

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}
