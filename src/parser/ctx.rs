//! The state grammar actions can see: the source, the lexer's shared state, and errors
//! that CPython reports only after parsing (from its compiler), kept until the parse ends.

use std::cell::RefCell;

use lalrpop_util::ParseError;

use crate::lexer::{Pos, Shared, Source, SyntaxError, Tok};

/// The result type of grammar actions.
pub type PResult<T> = Result<T, ParseError<Pos, Tok, SyntaxError>>;

/// When CPython raises an error that the parser here detects early.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// CPython's symbol table pass (e.g. duplicate parameter names).
    Symtable,
    /// CPython's code generator (e.g. repeated keyword arguments).
    Compiler,
}

/// Parser context handed to every grammar action.
pub struct Ctx<'a> {
    /// The source text.
    pub src: &'a Source<'a>,
    /// State shared with the lexer (lookahead position, last block header).
    pub shared: &'a Shared,
    /// The first error of each later phase, reported only if parsing succeeds.
    deferred: RefCell<Option<(Phase, SyntaxError)>>,
    /// How deeply f-string fields nest here (CPython allows two levels).
    pub fstring_depth: u32,
}

impl<'a> Ctx<'a> {
    /// Makes a context over `src`.
    pub fn new(src: &'a Source<'a>, shared: &'a Shared, fstring_depth: u32) -> Self {
        Ctx {
            src,
            shared,
            deferred: RefCell::new(None),
            fstring_depth,
        }
    }

    /// A parser error over `start..end` as a grammar action result.
    pub fn fail<T>(&self, msg: impl Into<String>, start: Pos, end: Pos) -> PResult<T> {
        Err(user(self.src.error(msg, start, end)))
    }

    /// An error at the parser's lookahead token, where CPython reports errors found while
    /// building an atom (string decoding, f-strings).
    pub fn fail_at_lookahead<T>(&self, msg: impl Into<String>) -> PResult<T> {
        self.fail(
            msg,
            self.shared.lookahead.get(),
            self.shared.lookahead_end.get(),
        )
    }

    /// Records an error CPython finds after parsing; the first one of the earliest phase wins.
    /// Its columns count UTF-8 bytes, as CPython's AST positions do.
    pub fn defer(&self, phase: Phase, msg: impl Into<String>, start: Pos, end: Pos) {
        let mut err = self.src.error(msg, start, end).with_fixed_columns();
        err.to_byte_columns(|n| Some(self.src.line(n)));
        let mut slot = self.deferred.borrow_mut();
        if slot.as_ref().is_none_or(|(p, _)| phase < *p) {
            *slot = Some((phase, err));
        }
    }

    /// Takes the recorded later-phase error, if any.
    pub fn take_deferred(&self) -> Option<SyntaxError> {
        self.deferred.borrow_mut().take().map(|(_, e)| e)
    }

    /// Moves the deferred error of a nested context into this one.
    pub fn absorb(&self, other: Option<(Phase, SyntaxError)>) {
        if let Some((phase, err)) = other {
            let mut slot = self.deferred.borrow_mut();
            if slot.as_ref().is_none_or(|(p, _)| phase < *p) {
                *slot = Some((phase, err));
            }
        }
    }

    /// Takes the deferred error with its phase (for nesting contexts).
    pub fn take_deferred_with_phase(&self) -> Option<(Phase, SyntaxError)> {
        self.deferred.borrow_mut().take()
    }
}

/// Wraps a syntax error as a lalrpop user error.
pub fn user(e: SyntaxError) -> ParseError<Pos, Tok, SyntaxError> {
    ParseError::User { error: e }
}
