//! Compiling source text at run time, turning parser/compiler errors into SyntaxError objects.

use super::{PyErr, PyResult, Vm};
use crate::compiler::{self, Mode};
use crate::objects::Value;
use crate::objects::code::PyCode;
use crate::parser::{self, SourceOrigin, SyntaxError, SyntaxErrorKind};
use std::rc::Rc;

impl Vm {
    /// Parses and compiles `source` given as text, remembering it for tracebacks.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Rc<PyCode>> {
        self.compile_source_from(source, filename, mode, SourceOrigin::Text)
    }

    /// Parses and compiles `source` that came from `origin` (which shapes error columns).
    pub fn compile_source_from(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
        origin: SourceOrigin,
    ) -> PyResult<Rc<PyCode>> {
        self.interp.remember_source(filename, source);
        let code = match mode {
            Mode::Eval => parser::parse_expression(source, filename)
                .and_then(|e| compiler::compile_expression(&e, source, filename)),
            _ => parser::parse_module_from(source, filename, origin).and_then(|m| {
                compiler::compile(&m, source, filename, mode)
                    .map_err(|e| origin.adjust_compile_error(e))
            }),
        };
        match code {
            Ok(c) => Ok(PyCode::new(c, &self.interp.names)),
            Err(e) => Err(self.syntax_error(&e)),
        }
    }

    /// Makes the Python exception for a parser/compiler SyntaxError.
    pub fn syntax_error(&self, e: &SyntaxError) -> PyErr {
        let class = match e.kind {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        };
        let text = e.text.as_deref().map_or(Value::None, Value::str);
        let details = Value::tuple(vec![
            Value::str(&e.filename),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text.clone(),
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset as i64),
        ]);
        let err = self.error_args(class, vec![Value::str(&e.msg), details]);
        if let Value::Instance(i) = &err.exc {
            let d = &i.dict;
            d.set_str("msg", Value::str(&e.msg));
            d.set_str("filename", Value::str(&e.filename));
            d.set_str("lineno", Value::Int(e.lineno as i64));
            d.set_str("offset", Value::Int(e.offset as i64));
            d.set_str("text", text);
            d.set_str("end_lineno", Value::Int(e.end_lineno as i64));
            d.set_str("end_offset", Value::Int(e.end_offset as i64));
            d.set_str("print_file_and_line", Value::None);
        }
        err
    }
}
