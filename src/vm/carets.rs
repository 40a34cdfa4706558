//! Caret lines under traceback source lines (`^^^^`) and under SyntaxError text.

use crate::compiler::code::CodeObject;
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

/// The text line and caret line of a SyntaxError report, as CPython 3.11's `print_error_text`.
///
/// `offset` and `end_offset` are 1-based; lengths count UTF-8 bytes as CPython's do. A range
/// reaching past `lineno` is shown up to the end of the first line, and `end_offset` is
/// clipped to the text. The caller passes `end_offset` -1 for a SyntaxError subclass
/// (IndentationError, TabError): CPython shows those with a single caret.
pub fn syntax_caret(
    text: &str,
    offset: i64,
    end_offset: i64,
    lineno: i64,
    end_lineno: i64,
) -> (String, Option<String>) {
    let line_size = text.len() as i64;
    let mut end_offset = end_offset;
    if end_lineno > lineno {
        end_offset = line_size;
    }
    end_offset = end_offset.min(line_size + 1);
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let (line, column) = error_text_line(text, offset - 1);
    let caret = (column >= 0).then(|| {
        format!(
            "{}{}",
            " ".repeat(column as usize),
            "^".repeat(carets as usize)
        )
    });
    (line.to_owned(), caret)
}

/// The part of a SyntaxError's text CPython prints, and the 0-based caret column in it: leading
/// blanks are stripped and lines before the one holding `column` are skipped.
fn error_text_line(text: &str, mut column: i64) -> (&str, i64) {
    let mut rest = text.trim_start_matches([' ', '\t', '\x0c']);
    column -= (text.len() - rest.len()) as i64;
    let len = rest.len() as i64 - i64::from(rest.ends_with('\n'));
    column = column.min(len);
    while let Some(nl) = rest.find('\n') {
        if nl as i64 >= column {
            break;
        }
        rest = &rest[nl + 1..];
        column -= nl as i64 + 1;
    }
    (rest.strip_suffix('\n').unwrap_or(rest), column)
}
