//! Auto-indentation of continuation lines: the indentation a block's next line starts with.

use crate::parser::OpenConstruct;

/// One indentation level.
const LEVEL: &str = "    ";

/// The indentation to put on the next continuation line, after `lines` (the input so
/// far) left `open` unfinished: one level deeper after a block header, one level less
/// after `return`, `pass`, `break`, `continue` or `raise`, else the last line's.
/// Inside brackets, strings and after a backslash nothing is added.
pub fn next_indent(lines: &[String], open: OpenConstruct) -> String {
    if open != OpenConstruct::Block {
        return String::new();
    }
    let Some(last) = lines.iter().rev().find(|l| !l.trim().is_empty()) else {
        return String::new();
    };
    let base = &last[..last.len() - last.trim_start().len()];
    let code = last.trim();
    if code.ends_with(':') {
        return format!("{base}{LEVEL}");
    }
    let first_word = code.split([' ', '(']).next().unwrap_or("");
    if matches!(
        first_word,
        "return" | "pass" | "break" | "continue" | "raise"
    ) {
        return base.strip_suffix(LEVEL).unwrap_or("").to_owned();
    }
    base.to_owned()
}

/// The line as meant when its typed text brought its own indentation after the one put
/// there (typed-ahead or pasted lines, written for a prompt that does not indent): the
/// typed text alone. Otherwise the line as it is.
pub fn without_doubled_indent(line: String, prefilled: &str) -> String {
    if prefilled.is_empty() {
        return line;
    }
    match line.strip_prefix(prefilled) {
        Some(rest) if rest.starts_with([' ', '\t']) => rest.to_owned(),
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn indents_after_a_header_and_keeps_the_body_level() {
        let b = OpenConstruct::Block;
        assert_eq!(next_indent(&lines(&["def f(x):"]), b), "    ");
        assert_eq!(next_indent(&lines(&["def f(x):", "    y = x"]), b), "    ");
        assert_eq!(
            next_indent(&lines(&["def f(x):", "    if x:"]), b),
            "        "
        );
        assert_eq!(next_indent(&lines(&["def f(x):", "    return x"]), b), "");
        assert_eq!(
            next_indent(&lines(&["x = (1,"]), OpenConstruct::Bracket),
            ""
        );
    }

    #[test]
    fn typed_indentation_replaces_the_prefilled_one() {
        assert_eq!(
            without_doubled_indent("        y = 1".into(), "    "),
            "    y = 1"
        );
        assert_eq!(
            without_doubled_indent("    y = 1".into(), "    "),
            "    y = 1"
        );
        assert_eq!(without_doubled_indent("y = 1".into(), "    "), "y = 1");
        assert_eq!(without_doubled_indent("    ".into(), "    "), "    ");
    }
}
