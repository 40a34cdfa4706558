//! Caret lines under traceback source lines (`^^^^`) and under SyntaxError text.

use crate::compiler::code::CodeObject;
use crate::objects::Value;
use crate::parser::ast::ExprKind;

/// The caret line CPython 3.11 prints under a traceback entry's source line, if any.
///
/// Carets appear when the failing instruction covers only part of the line, or
/// when it is a binary operation or subscript: then the operands are marked
/// with `~` and the operator (or the brackets) with `^`.
pub fn caret_line(code: &CodeObject, ip: usize, src: &str) -> Option<String> {
    let loc = code.locations.get(ip)?;
    if loc.line == 0 || loc.end_line < loc.line {
        return None;
    }
    let line: Vec<char> = src.trim_end_matches(['\n', '\r']).chars().collect();
    let leading = line.iter().take_while(|c| c.is_whitespace()).count();
    let stripped_len = src.trim().chars().count();
    let start = loc.col as usize;
    let end = if loc.end_line == loc.line {
        loc.end_col as usize
    } else {
        line.len()
    };
    if end <= start || end > line.len() || start < leading {
        return None;
    }
    let anchors = if loc.end_line == loc.line {
        let segment: String = line[start..end].iter().collect();
        anchors_of(&segment)
    } else {
        None
    };
    let partial = end - start < stripped_len;
    if !partial && anchors.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start - leading));
    for i in 0..end - start {
        let c = match anchors {
            Some((l, r)) if i >= l && i < r => '^',
            Some(_) => '~',
            None => '^',
        };
        out.push(c);
    }
    out.push('\n');
    Some(out)
}

/// Where the operator (or subscript brackets) sits in a segment: `(left, right)` char offsets.
fn anchors_of(segment: &str) -> Option<(usize, usize)> {
    let expr = crate::parser::parse_expression(segment, "<string>").ok()?;
    let chars: Vec<char> = segment.chars().collect();
    let skip =
        |from: usize, to: usize| (from..to).find(|&i| !chars[i].is_whitespace() && chars[i] != ')');
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.loc.end_col as usize, right.loc.col as usize);
            let i = skip(from, to.min(chars.len()))?;
            let mut r = i + 1;
            if r < to && !chars[r].is_whitespace() {
                r += 1;
            }
            Some((i, r))
        }
        ExprKind::Subscript { value, slice } => {
            let l =
                skip(value.loc.end_col as usize, chars.len()).unwrap_or(value.loc.end_col as usize);
            Some((l, (slice.loc.end_col as usize + 1).min(chars.len())))
        }
        _ => None,
    }
}

/// The text line and caret line of a SyntaxError report (offsets are 1-based characters).
pub fn syntax_caret(
    text: &str,
    offset: i64,
    end_offset: i64,
    _end_lineno: Value,
    _lineno: i64,
) -> (String, Option<String>) {
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    let removed = (text.chars().count() - trimmed.chars().count()) as i64;
    let line = trimmed.trim_end_matches('\n');
    let len = line.chars().count() as i64;
    let mut start = (offset - 1 - removed).min(len);
    let mut end = if end_offset > 0 {
        end_offset - 1 - removed
    } else {
        start + 1
    };
    if end <= start {
        end = start + 1;
    }
    if start < 0 {
        return (line.to_owned(), None);
    }
    end = end.min(len + 1).max(start + 1);
    start = start.max(0);
    let pad: String = line
        .chars()
        .take(start as usize)
        .map(|c| if c.is_whitespace() { c } else { ' ' })
        .collect();
    let pad = if pad.chars().count() < start as usize {
        format!("{pad}{}", " ".repeat(start as usize - pad.chars().count()))
    } else {
        pad
    };
    (
        line.to_owned(),
        Some(format!("{pad}{}", "^".repeat((end - start) as usize))),
    )
}
