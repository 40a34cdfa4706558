//! What Tab completes: the word before the cursor and the names that can follow it
//! (keywords, globals and builtins; attributes after `obj.`; modules after `import`),
//! phrased the way CPython's `rlcompleter` phrases them.

use crate::api::interactive::completion::{NameCandidate, NameQuery};

/// Python 3.11's keywords (`keyword.kwlist`).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What to do for a Tab press.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request<'a> {
    /// Only blanks before the cursor: Tab indents.
    Indent,
    /// Complete `prefix` among the names `query` gives (and keywords for top-level names).
    Names {
        /// Byte offset in the line where the completed text starts.
        start: usize,
        /// The text typed so far.
        prefix: &'a str,
        /// Where the names come from.
        query: NameQuery<'a>,
    },
    /// Nothing to complete.
    Nothing,
}

/// Reads the request from the text left of the cursor.
pub fn request(before_cursor: &str) -> Request<'_> {
    if before_cursor.trim().is_empty() {
        return Request::Indent;
    }
    let word_start = before_cursor
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(before_cursor.len(), |(i, _)| i);
    let word = &before_cursor[word_start..];
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return Request::Nothing;
    }
    let statement = before_cursor[..word_start].trim_start();
    if let Some(module) = from_import_module(statement) {
        return Request::Names {
            start: word_start,
            prefix: word,
            query: NameQuery::ModuleMembers(module),
        };
    }
    if is_import_context(statement) {
        return Request::Names {
            start: word_start,
            prefix: word,
            query: NameQuery::Modules,
        };
    }
    match word.rfind('.') {
        Some(dot) if dot > 0 => Request::Names {
            start: word_start + dot + 1,
            prefix: &word[dot + 1..],
            query: NameQuery::Attributes(&word[..dot]),
        },
        Some(_) => Request::Nothing,
        None => Request::Names {
            start: word_start,
            prefix: word,
            query: NameQuery::Globals,
        },
    }
}

/// True when a module name is being typed: `import a, b` or `from a` (before `import`).
fn is_import_context(statement_before_word: &str) -> bool {
    let s = statement_before_word;
    (s.starts_with("import ") && s[7..].trim().split(',').all(is_plain_module_name))
        || (s == "from " || (s.starts_with("from ") && s.trim_end() == "from"))
}

/// The module of `from module import a, ` (the text before the name being typed).
fn from_import_module(statement_before_word: &str) -> Option<&str> {
    let rest = statement_before_word.strip_prefix("from ")?;
    let (module, names) = rest.split_once(" import ")?;
    let module = module.trim();
    let plain = !module.is_empty() && is_plain_module_name(module);
    let listing = names.trim_start_matches('(').split(',').all(|n| {
        n.trim()
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == ' ')
    });
    (plain && listing).then_some(module)
}

/// True for `a.b` (or nothing) as written in an import list before the current name.
fn is_plain_module_name(part: &str) -> bool {
    part.trim()
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
}

/// The completions of `prefix` among `names` (and keywords for top-level names), as
/// inserted: callables get `(`, keywords a space or colon as `rlcompleter` does.
pub fn completions(prefix: &str, query: NameQuery, names: &[NameCandidate]) -> Vec<String> {
    let hidden = hidden_prefix(prefix, query);
    let mut out: Vec<String> = Vec::new();
    if query == NameQuery::Globals {
        out.extend(
            KEYWORDS
                .iter()
                .filter(|k| k.starts_with(prefix))
                .map(|k| keyword_completion(k)),
        );
    }
    for n in names {
        let keyword = query == NameQuery::Globals && KEYWORDS.contains(&n.name.as_str());
        if !n.name.starts_with(prefix) || keyword {
            continue;
        }
        if hidden.is_some_and(|h| n.name.starts_with(h)) {
            continue;
        }
        // A call is likely after an expression's name, never in an import statement.
        let in_expression = matches!(query, NameQuery::Globals | NameQuery::Attributes(_));
        let callable = n.callable && in_expression;
        out.push(format!("{}{}", n.name, if callable { "(" } else { "" }));
    }
    out.sort();
    out.dedup();
    out
}

/// Attribute names hidden unless asked for: `_x` when nothing is typed, `__x` after `_`.
fn hidden_prefix(prefix: &str, query: NameQuery) -> Option<&'static str> {
    if !matches!(
        query,
        NameQuery::Attributes(_) | NameQuery::ModuleMembers(_)
    ) {
        return None;
    }
    match prefix {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    }
}

/// A keyword as completed: `try:`, `finally:`, bare constants and jumps, others with a space.
fn keyword_completion(k: &str) -> String {
    match k {
        "try" | "finally" => format!("{k}:"),
        "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_owned(),
        _ => format!("{k} "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[(&str, bool)]) -> Vec<NameCandidate> {
        list.iter()
            .map(|(n, c)| NameCandidate {
                name: n.to_string(),
                callable: *c,
            })
            .collect()
    }

    #[test]
    fn reads_the_word_and_its_context() {
        assert_eq!(request("    "), Request::Indent);
        assert_eq!(
            request("x = thre"),
            Request::Names {
                start: 4,
                prefix: "thre",
                query: NameQuery::Globals
            }
        );
        assert_eq!(
            request("threading.Ev"),
            Request::Names {
                start: 10,
                prefix: "Ev",
                query: NameQuery::Attributes("threading")
            }
        );
        assert_eq!(
            request("import os, thre"),
            Request::Names {
                start: 11,
                prefix: "thre",
                query: NameQuery::Modules
            }
        );
        assert_eq!(
            request("from thr"),
            Request::Names {
                start: 5,
                prefix: "thr",
                query: NameQuery::Modules
            }
        );
        assert_eq!(
            request("from threading import Ev"),
            Request::Names {
                start: 22,
                prefix: "Ev",
                query: NameQuery::ModuleMembers("threading")
            }
        );
        assert_eq!(request("x = 1."), Request::Nothing);
    }

    #[test]
    fn phrases_completions_like_rlcompleter() {
        let found = names(&[("threading", false), ("print", true), ("_x", false)]);
        assert_eq!(
            completions("thre", NameQuery::Globals, &found),
            vec!["threading"]
        );
        assert_eq!(
            completions("pr", NameQuery::Globals, &found),
            vec!["print("]
        );
        assert_eq!(completions("tr", NameQuery::Globals, &found), vec!["try:"]);
        assert_eq!(
            completions("whi", NameQuery::Globals, &found),
            vec!["while "]
        );
        let attrs = names(&[("Event", true), ("_private", false), ("__all__", false)]);
        let q = NameQuery::Attributes("threading");
        assert_eq!(completions("", q, &attrs), vec!["Event("]);
        assert_eq!(completions("_", q, &attrs), vec!["_private"]);
    }
}
