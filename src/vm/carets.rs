//! Caret lines under traceback source lines (`^^^^`) and under SyntaxError text.

use crate::compiler::code::CodeObject;
use crate::objects::Value;

/// The caret line CPython 3.11 prints under a traceback entry's source line, if any.
///
/// Carets appear when the failing instruction covers only part of the line.
pub fn caret_line(code: &CodeObject, ip: usize, src: &str) -> Option<String> {
    let loc = code.locations.get(ip)?;
    if loc.line == 0 || loc.end_line == 0 {
        return None;
    }
    let stripped = src.trim();
    let leading = src.chars().count() - src.trim_start().chars().count();
    let start = loc.col as usize;
    let end = if loc.end_line == loc.line {
        loc.end_col as usize
    } else {
        leading + stripped.chars().count()
    };
    if end <= start || end - start >= stripped.chars().count() {
        return None;
    }
    let pad = " ".repeat(start.saturating_sub(leading));
    Some(format!("    {pad}{}\n", "^".repeat(end - start)))
}

/// The text line and caret line of a SyntaxError report (offsets are 1-based characters).
pub fn syntax_caret(text: &str, offset: i64, end_offset: i64, _end_lineno: Value, _lineno: i64) -> (String, Option<String>) {
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    let removed = (text.chars().count() - trimmed.chars().count()) as i64;
    let line = trimmed.trim_end_matches('\n');
    let len = line.chars().count() as i64;
    let mut start = (offset - 1 - removed).min(len);
    let mut end = if end_offset > 0 { end_offset - 1 - removed } else { start + 1 };
    if end <= start {
        end = start + 1;
    }
    if start < 0 {
        return (line.to_owned(), None);
    }
    end = end.min(len + 1).max(start + 1);
    start = start.max(0);
    let pad: String = line.chars().take(start as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
    let pad = if pad.chars().count() < start as usize { format!("{pad}{}", " ".repeat(start as usize - pad.chars().count())) } else { pad };
    (line.to_owned(), Some(format!("{pad}{}", "^".repeat((end - start) as usize))))
}
