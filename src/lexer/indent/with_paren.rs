//! Looking past `with (` to its closing parenthesis: a `:` right after it, or an `as` inside
//! it, makes the parentheses a list of with-items (`Tok::WithParen`), as CPython's parser
//! tries first (and, failing, reports the token after the `)`).

use super::Lexer;
use crate::lexer::token::Tok;

impl Lexer<'_, '_> {
    /// With `with` just taken from the queue: true if `(` comes next and either the token after
    /// its matching `)` is `:` or an `as` is directly inside. Reads ahead as needed; an error
    /// met on the way keeps its turn.
    pub(super) fn parenthesised_items_follow(&mut self) -> bool {
        if self.peek_queued(0) != Some(&Tok::LPar) {
            return false;
        }
        let mut depth = 1usize;
        let mut i = 1;
        let mut has_as = false;
        while depth > 0 {
            match self.peek_queued(i) {
                None => return false,
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth -= 1,
                Some(Tok::As) => has_as |= depth == 1,
                Some(_) => {}
            }
            i += 1;
        }
        has_as || self.peek_queued(i) == Some(&Tok::Colon)
    }

    /// The queued token `i` places ahead, reading more input if needed; `None` at the end
    /// of input or at an error, which is kept to be reported after the queued tokens.
    fn peek_queued(&mut self, i: usize) -> Option<&Tok> {
        while self.pending.len() <= i {
            if self.finished || self.deferred.is_some() {
                return None;
            }
            if let Err(e) = self.advance() {
                self.deferred = Some(e);
                return None;
            }
        }
        self.pending.get(i).map(|t| &t.1)
    }
}
