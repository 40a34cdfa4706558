//! Formatting uncaught exceptions like CPython: tracebacks, chaining, SyntaxError carets.

use super::Vm;
use super::errors::exc_data;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::exception::TbEntry;
use crate::objects::native::NativeObject;
use std::any::Any;
use std::rc::Rc;

/// A traceback object (`exc.__traceback__`): one entry and the rest of the chain.
pub struct Traceback {
    /// Entries outermost first; this object is `entries[index]`.
    pub entries: Rc<Vec<TbEntry>>,
    /// Position in `entries`.
    pub index: usize,
}

impl NativeObject for Traceback {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().traceback.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<super::PyResult<Value>> {
        let entry = &self.entries[self.index];
        Some(Ok(match name {
            "tb_lineno" => Value::Int(entry.code.code.line_of(entry.ip as usize) as i64),
            "tb_lasti" => Value::Int(entry.ip as i64 * 2),
            "tb_next" => {
                if self.index + 1 < self.entries.len() {
                    Value::native(Traceback {
                        entries: self.entries.clone(),
                        index: self.index + 1,
                    })
                } else {
                    Value::None
                }
            }
            _ => return None,
        }))
    }
}

/// Identical consecutive entries printed before collapsing the rest.
const TB_RECURSIVE_CUTOFF: usize = 3;

/// Writes the `[Previous line repeated N more times]` line when a run was cut.
fn flush_repeats(count: usize, out: &mut String) {
    if count > TB_RECURSIVE_CUTOFF {
        let n = count - TB_RECURSIVE_CUTOFF;
        let plural = if n == 1 { "" } else { "s" };
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{plural}]\n"
        ));
    }
}

impl Vm {
    /// `exc.__traceback__` (None when it has no entries).
    pub fn traceback_object(&self, exc: &Value) -> Value {
        let Some(d) = exc_data(exc) else {
            return Value::None;
        };
        if d.traceback.is_empty() {
            return Value::None;
        }
        let entries: Vec<TbEntry> = d.traceback.iter().rev().cloned().collect();
        Value::native(Traceback {
            entries: Rc::new(entries),
            index: 0,
        })
    }

    /// The full report for an uncaught exception, with chained causes and
    /// contexts, and exception groups drawn as nested boxes.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut ctx = super::traceback_group::PrintContext::default();
        self.format_in_context(exc, &mut ctx, &mut out);
        out
    }

    /// One exception: its traceback entries and its `Type: message` line.
    pub(crate) fn format_single(&mut self, exc: &Value, out: &mut String) {
        let entries: Vec<TbEntry> = exc_data(exc)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            self.format_entries(&entries, out);
        }
        let class = self.class_of(exc);
        if class.is_subclass(&self.types().exc("SyntaxError")) {
            self.format_syntax_error_lines(exc, out);
        }
        out.push_str(&self.exception_only(exc));
    }

    /// Every entry outermost first, collapsing runs of the same line like CPython
    /// (`[Previous line repeated N more times]` after three repeats).
    pub(crate) fn format_entries(&self, entries: &[TbEntry], out: &mut String) {
        let mut last: Option<(String, u32, String)> = None;
        let mut count = 0usize;
        for e in entries.iter().rev() {
            let code = &e.code.code;
            let key = (
                code.filename.to_string(),
                code.line_of(e.ip as usize),
                code.name.to_string(),
            );
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                flush_repeats(count, out);
                last = Some(key);
                count = 1;
            }
            if count <= TB_RECURSIVE_CUTOFF {
                self.format_entry(e, out);
            }
        }
        flush_repeats(count, out);
    }

    /// `  File "f", line N, in name` and the stripped source line.
    fn format_entry(&self, e: &TbEntry, out: &mut String) {
        let code = &e.code.code;
        let line = code.line_of(e.ip as usize);
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename, line, code.name
        ));
        if let Some(src) = self.interp.source_line(&code.filename, line) {
            let trimmed = src.trim();
            if !trimmed.is_empty() {
                out.push_str(&format!("    {trimmed}\n"));
                if let Some(carets) = super::carets::caret_line(code, e.ip as usize, &src) {
                    out.push_str(&carets);
                }
            }
        }
    }

    /// The last line: `Type: message` (or just `Type`), with "Did you mean" hints.
    pub fn exception_only(&mut self, exc: &Value) -> String {
        let class = self.class_of(exc);
        let mut name = class.qualname.borrow().clone();
        if let Some(Value::Str(m)) = class.dict.get_str("__module__")
            && m.as_str() != "__main__"
            && m.as_str() != "builtins"
        {
            name = format!("{}.{}", m.as_str(), name);
        }
        let class_syntax = class.is_subclass(&self.types().exc("SyntaxError"));
        let msg = if class_syntax {
            self.syntax_error_msg(exc)
        } else {
            match self.str(exc) {
                Ok(s) => s.as_str().to_owned(),
                Err(_) => "<exception str() failed>".to_owned(),
            }
        };
        let hint = super::suggestions::suggestion_for(self, exc)
            .map(|s| format!(". Did you mean: '{s}'?"))
            .unwrap_or_default();
        if msg.is_empty() && hint.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}{hint}\n")
        }
    }

    fn syntax_error_msg(&mut self, exc: &Value) -> String {
        match exc {
            Value::Instance(i) => match i.dict.get_str("msg") {
                Some(Value::Str(s)) => s.as_str().to_owned(),
                _ => self
                    .str(exc)
                    .map(|s| s.as_str().to_owned())
                    .unwrap_or_default(),
            },
            _ => String::new(),
        }
    }

    /// The `File ..., line N` / source / caret lines of a SyntaxError.
    fn format_syntax_error_lines(&mut self, exc: &Value, out: &mut String) {
        let Value::Instance(i) = exc else { return };
        let get = |n: &str| i.dict.get_str(n).unwrap_or(Value::None);
        let filename = match get("filename") {
            Value::Str(s) => s.as_str().to_owned(),
            _ => "<string>".to_owned(),
        };
        let lineno = match get("lineno") {
            Value::Int(n) => n,
            _ => return,
        };
        out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
        let Value::Str(text) = get("text") else {
            return;
        };
        let int_or = |v: Value, default: i64| match v {
            Value::Int(n) => n,
            _ => default,
        };
        let offset = int_or(get("offset"), -1);
        // CPython reads the end of the range only for SyntaxError itself, not its subclasses.
        let exact = Rc::ptr_eq(&self.class_of(exc), &self.types().exc("SyntaxError"));
        let (end_lineno, end_offset) = if exact {
            (
                int_or(get("end_lineno"), lineno),
                int_or(get("end_offset"), -1),
            )
        } else {
            (lineno, -1)
        };
        let (line, carets) =
            super::carets::syntax_caret(text.as_str(), offset, end_offset, lineno, end_lineno);
        out.push_str(&format!("    {line}\n"));
        if let Some(c) = carets {
            out.push_str(&format!("    {c}\n"));
        }
    }

    /// Prints an uncaught exception to stderr.
    pub fn print_exception(&mut self, exc: &Value) {
        let text = self.format_exception(exc);
        self.interp.stdout.borrow_mut().flush();
        self.interp.write_stderr(&text);
    }
}
