//! Printing an uncaught exception's chain, with exception groups drawn as
//! nested boxes the way CPython 3.11 prints them:
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 1, in <module>
//!   | ExceptionGroup: eg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: a
//!     +---------------- 2 ----------------
//!     | TypeError: b
//!     +------------------------------------
//! ```

use super::Vm;
use super::errors::exc_data;
use crate::objects::Value;

/// Groups nested deeper than this print `... (max_group_depth is 10)`.
const MAX_GROUP_DEPTH: usize = 10;
/// Sub-exceptions printed per group; the rest are counted.
const MAX_GROUP_WIDTH: usize = 15;

/// Where in the nesting of groups the printer is (CPython's `_ExceptionPrintContext`).
#[derive(Default)]
pub struct PrintContext {
    /// Exceptions already printed (their chains are not followed again).
    seen: Vec<usize>,
    /// How many group boxes enclose the current text.
    depth: usize,
    /// Whether the innermost box still needs its closing line.
    need_close: bool,
}

impl PrintContext {
    /// The indentation of the current nesting level.
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` with every line prefixed by the indentation and, inside
    /// a group, the margin character (`|`, or `+` for a box's first line).
    fn emit(&self, text: &str, margin: char, out: &mut String) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// The message between an exception and the one it was chained from.
const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
/// The message between an exception and the one being handled when it was raised.
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

impl Vm {
    /// Formats `exc` and the exceptions it is chained from, oldest first.
    pub(crate) fn format_in_context(
        &mut self,
        exc: &Value,
        ctx: &mut PrintContext,
        out: &mut String,
    ) {
        let chain = self.exception_chain(exc, ctx);
        for (message, e) in chain.into_iter().rev() {
            if let Some(m) = message {
                ctx.emit(m, '|', out);
            }
            match group_members(&e) {
                None => {
                    let mut text = String::new();
                    self.format_single(&e, &mut text);
                    ctx.emit(&text, '|', out);
                }
                Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                    let text = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
                    ctx.emit(&text, '|', out);
                }
                Some(members) => self.format_group(&e, &members, ctx, out),
            }
        }
    }

    /// `exc` and the causes/contexts it was raised from (newest first), each
    /// with the message printed between it and the exception it was chained from.
    fn exception_chain(
        &mut self,
        exc: &Value,
        ctx: &mut PrintContext,
    ) -> Vec<(Option<&'static str>, Value)> {
        let mut chain = Vec::new();
        let mut current = Some(exc.clone());
        while let Some(e) = current.take() {
            if let Some(p) = e.heap_ptr() {
                ctx.seen.push(p);
            }
            let (cause, context, suppress) = match exc_data(&e) {
                Some(d) => (d.cause.clone(), d.context.clone(), d.suppress_context),
                None => (Value::None, Value::None, false),
            };
            let unseen =
                |v: &Value| !v.is_none() && v.heap_ptr().is_some_and(|p| !ctx.seen.contains(&p));
            let next = if unseen(&cause) {
                Some((CAUSE_MESSAGE, cause))
            } else if !suppress && unseen(&context) {
                Some((CONTEXT_MESSAGE, context))
            } else {
                None
            };
            chain.push((next.as_ref().map(|(m, _)| *m), e));
            current = next.map(|(_, e)| e);
        }
        chain
    }

    /// A group: its traceback and message, then each member in its own box.
    fn format_group(
        &mut self,
        exc: &Value,
        members: &[Value],
        ctx: &mut PrintContext,
        out: &mut String,
    ) {
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let entries = exc_data(exc)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        if !entries.is_empty() {
            let header = "Exception Group Traceback (most recent call last):\n";
            ctx.emit(header, if toplevel { '+' } else { '|' }, out);
            let mut text = String::new();
            self.format_entries(&entries, &mut text);
            ctx.emit(&text, '|', out);
        }
        let only = self.exception_only(exc);
        ctx.emit(&only, '|', out);
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..shown {
            let last = i == shown - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_owned()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!(
                "{}{corner}+---------------- {title} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                    out,
                );
            } else {
                self.format_in_context(&members[i], ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}

/// The member exceptions of an exception group; `None` for other exceptions.
fn group_members(exc: &Value) -> Option<Vec<Value>> {
    match exc_data(exc)?.group.clone()? {
        (_, Value::Tuple(t)) => Some(t.as_slice().to_vec()),
        _ => None,
    }
}
