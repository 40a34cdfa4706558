//! The wrapper around the logos scanner: indentation (INDENT/DEDENT), logical NEWLINEs,
//! bracket matching, line continuation, and the limits on nesting.

use std::cell::Cell;
use std::collections::VecDeque;

use logos::Logos;

mod with_paren;

use super::Pos;
use super::chars::is_printable;
use super::error::{RawError, SyntaxError, SyntaxErrorKind};
use super::numbers::Num;
use super::source::Source;
use super::token::Tok;

/// A token with its start and end positions, as lalrpop consumes it.
pub type Spanned = (Pos, Tok, Pos);

/// CPython's tokenizer limit on nested brackets.
const MAX_BRACKETS: usize = 200;
/// CPython's tokenizer limit on indentation levels.
const MAX_INDENT: usize = 100;
/// Bound on operators nested without brackets, so the syntax tree stays shallow.
const MAX_NESTING: u32 = 2500;
/// The message for input nested deeper than [`MAX_NESTING`].
pub const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

/// What the wrapper is tokenizing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module: indentation is significant.
    Module,
    /// An `eval()` expression: indentation is ignored.
    Expr,
    /// The expression of an f-string field: lines join as inside brackets.
    FString,
}

/// State the wrapper shares with the grammar's actions and error reporting.
#[derive(Debug, Default)]
pub struct Shared {
    /// Start of the token most recently handed to the parser.
    pub lookahead: Cell<Pos>,
    /// End of the token most recently handed to the parser.
    pub lookahead_end: Cell<Pos>,
    /// The block keyword opening the last complete logical line, with its line.
    pub last_header: Cell<Option<(&'static str, u32)>>,
}

/// One level of bracket nesting, with its operator counts.
#[derive(Debug, Clone, Copy)]
struct Level {
    close: u8,
    open: u8,
    pos: Pos,
    ops: u32,
    lambdas: u32,
}

/// The indentation-aware token stream.
pub struct Lexer<'a, 's> {
    src: &'a Source<'s>,
    shared: &'a Shared,
    inner: logos::Lexer<'a, Tok>,
    base: usize,
    mode: Mode,
    pending: VecDeque<Spanned>,
    levels: Vec<Level>,
    indents: Vec<(u32, u32)>,
    line_has_content: bool,
    line_header: Option<(&'static str, u32)>,
    nesting: u32,
    started: bool,
    finished: bool,
    deferred: Option<SyntaxError>,
    /// Start of the first physical line of a backslash-continued line.
    continued_from: Option<usize>,
}

impl<'a, 's> Lexer<'a, 's> {
    /// Tokenizes `src.text()[start..end]` in `mode`; positions are those of the whole source.
    pub fn new(
        src: &'a Source<'s>,
        shared: &'a Shared,
        start: usize,
        end: usize,
        mode: Mode,
    ) -> Self {
        let inner = Tok::lexer(&src.text()[start..end]);
        let base_level = Level {
            close: 0,
            open: 0,
            pos: Pos::default(),
            ops: 0,
            lambdas: 0,
        };
        Lexer {
            src,
            shared,
            inner,
            base: start,
            mode,
            pending: VecDeque::new(),
            levels: vec![base_level],
            indents: vec![(0, 0)],
            line_has_content: false,
            line_header: None,
            nesting: 0,
            started: false,
            finished: false,
            deferred: None,
            continued_from: None,
        }
    }

    /// The number of open brackets.
    pub fn depth(&self) -> usize {
        self.levels.len() - 1
    }

    fn start_marker(&self) -> Tok {
        match self.mode {
            Mode::Module => Tok::StartModule,
            Mode::Expr => Tok::StartExpr,
            Mode::FString => Tok::StartFString,
        }
    }

    /// Reads raw tokens until something is pending or input ends.
    fn advance(&mut self) -> Result<(), SyntaxError> {
        let Some(raw) = self.inner.next() else {
            return self.end_of_input();
        };
        let span = self.inner.span();
        let (start, end) = (span.start + self.base, span.end + self.base);
        match raw {
            Err(RawError::UnknownChar) if self.is_stray_ascii(start) => {
                self.token(Tok::Unknown, start, end)
            }
            Err(e) => {
                let err = self.raw_error(e, start, end);
                if self.at_line_start() {
                    self.indentation(self.src.pos(start))?;
                }
                self.fail_after_pending(err)
            }
            Ok(Tok::Newline) => {
                self.continued_from = None;
                self.newline(start);
                Ok(())
            }
            Ok(Tok::Backslash) => self.backslash(start, end),
            Ok(Tok::Number(n)) => self.token(number_token(n), start, end),
            Ok(Tok::Str(mut lit)) => {
                lit.shift(self.base);
                self.token(Tok::Str(lit), start, end)
            }
            Ok(tok) => self.token(tok, start, end),
        }
    }

    fn newline(&mut self, at: usize) {
        if self.depth() > 0 || !self.line_has_content || self.mode == Mode::FString {
            return;
        }
        let p = self.src.pos(at);
        self.pending.push_back((p, Tok::Newline, p));
        self.end_logical_line();
    }

    fn end_logical_line(&mut self) {
        self.line_has_content = false;
        self.shared.last_header.set(self.line_header.take());
        self.levels[0].ops = 0;
        self.levels[0].lambdas = 0;
        self.nesting = 0;
    }

    fn backslash(&mut self, start: usize, end: usize) -> Result<(), SyntaxError> {
        let joined = end - start == 2;
        let line_start = self.src.line_start(self.src.pos(start).line);
        let chain_start = *self.continued_from.get_or_insert(line_start);
        if end >= self.base + self.inner.source().len() {
            let line = self.src.pos(start).line;
            let len = self.src.line(line).chars().count() as u32;
            return Err(
                SyntaxError::new("unexpected EOF while parsing", line, len + 1, line, 0)
                    .with_text(Some(self.src.line_nl(line)))
                    .with_incomplete(true),
            );
        }
        if joined {
            return Ok(());
        }
        // CPython counts from the first of the lines joined by backslashes, and shows them all.
        let p = self.src.pos(end);
        let text = &self.src.text()[chain_start..];
        let line_end = self.src.line_start(p.line) + self.src.line(p.line).len() - chain_start;
        let col = text[..end - chain_start].chars().count() as u32 + 1;
        let shown = format!("{}\n", &text[..line_end]);
        Err(SyntaxError::new(
            "unexpected character after line continuation character",
            p.line,
            col,
            p.line,
            0,
        )
        .with_text(Some(shown)))
    }

    fn end_of_input(&mut self) -> Result<(), SyntaxError> {
        self.finished = true;
        if self.mode == Mode::FString {
            return Ok(());
        }
        if let Some(level) = self.levels.last().filter(|_| self.depth() > 0) {
            return Err(unclosed(self.src, level));
        }
        let eof = self.src.eof_pos();
        if self.line_has_content {
            self.pending.push_back((eof, Tok::Newline, eof));
            self.end_logical_line();
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((eof, Tok::Dedent, eof));
        }
        Ok(())
    }

    /// True before the first token of a logical line (where indentation is measured).
    fn at_line_start(&self) -> bool {
        !self.line_has_content && self.depth() == 0 && self.mode == Mode::Module
    }

    /// Reports `err` after the INDENT/DEDENT tokens already queued, as CPython's tokenizer
    /// hands those out before it reads the offending token.
    fn fail_after_pending(&mut self, err: SyntaxError) -> Result<(), SyntaxError> {
        if self.pending.is_empty() {
            return Err(err);
        }
        self.deferred = Some(err);
        Ok(())
    }

    fn token(&mut self, tok: Tok, start: usize, end: usize) -> Result<(), SyntaxError> {
        let (p, q) = (self.src.pos(start), self.src.pos(end));
        if self.at_line_start() {
            self.indentation(p)?;
            let header = tok.is_block_keyword().then(|| tok.spelling());
            self.line_header = header.map(|h| (h, p.line));
        }
        self.line_has_content = true;
        if let Err(err) = self.brackets(&tok, p, end) {
            return self.fail_after_pending(err);
        }
        self.count_nesting(&tok, p, q)?;
        self.pending.push_back((p, tok, q));
        Ok(())
    }

    /// Compares the indentation of the line starting at `first` with the stack.
    fn indentation(&mut self, first: Pos) -> Result<(), SyntaxError> {
        let (col, alt) = measure(self.src.line(first.line));
        let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        let tab_error = || {
            SyntaxError::new(
                "inconsistent use of tabs and spaces in indentation",
                first.line,
                1,
                first.line,
                0,
            )
            .with_kind(SyntaxErrorKind::Tab)
            .with_text(Some(self.src.line_nl(first.line)))
        };
        if col == top {
            return if alt == top_alt {
                Ok(())
            } else {
                Err(tab_error())
            };
        }
        if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(SyntaxError::new(
                    "too many levels of indentation",
                    first.line,
                    1,
                    first.line,
                    0,
                )
                .with_kind(SyntaxErrorKind::Indentation)
                .with_text(Some(self.src.line_nl(first.line))));
            }
            self.indents.push((col, alt));
            let start = Pos {
                line: first.line,
                col: 0,
            };
            self.pending.push_back((start, Tok::Indent, first));
            return Ok(());
        }
        while self.indents.last().is_some_and(|&(c, _)| c > col) {
            self.indents.pop();
            self.pending.push_back((first, Tok::Dedent, first));
        }
        match self.indents.last() {
            Some(&(c, a)) if c == col && a == alt => Ok(()),
            Some(&(c, _)) if c == col => Err(tab_error()),
            _ => {
                let len = self.src.line(first.line).chars().count() as u32;
                Err(SyntaxError::new(
                    "unindent does not match any outer indentation level",
                    first.line,
                    len + 1,
                    first.line,
                    0,
                )
                .with_kind(SyntaxErrorKind::Indentation)
                .with_text(Some(self.src.line_nl(first.line))))
            }
        }
    }

    fn brackets(&mut self, tok: &Tok, p: Pos, end: usize) -> Result<(), SyntaxError> {
        let (open, close) = match tok {
            Tok::LPar => (b'(', b')'),
            Tok::LSqb => (b'[', b']'),
            Tok::LBrace => (b'{', b'}'),
            Tok::RPar | Tok::RSqb | Tok::RBrace => return self.close_bracket(tok, p, end),
            _ => return Ok(()),
        };
        if self.depth() >= MAX_BRACKETS {
            return Err(self.src.tok_error("too many nested parentheses", end));
        }
        self.bump_nesting(1, p)?;
        self.levels.push(Level {
            close,
            open,
            pos: p,
            ops: 0,
            lambdas: 0,
        });
        Ok(())
    }

    fn close_bracket(&mut self, tok: &Tok, p: Pos, end: usize) -> Result<(), SyntaxError> {
        let c = tok.spelling().as_bytes()[0];
        let Some(level) = self.levels.last().copied().filter(|_| self.depth() > 0) else {
            return Err(self
                .src
                .tok_error(format!("unmatched '{}'", c as char), end));
        };
        if level.close != c {
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                c as char, level.open as char
            );
            if level.pos.line != p.line {
                msg.push_str(&format!(" on line {}", level.pos.line));
            }
            return Err(self.src.tok_error(msg, end));
        }
        self.levels.pop();
        self.nesting -= level.ops + level.lambdas;
        Ok(())
    }

    /// Counts operators that can nest without brackets (`a+a+a`, `not not x`, `x.a.b`).
    fn count_nesting(&mut self, tok: &Tok, p: Pos, _q: Pos) -> Result<(), SyntaxError> {
        match tok {
            Tok::Comma | Tok::Semi => {
                let level = self
                    .levels
                    .last_mut()
                    .map_or(0, |l| std::mem::take(&mut l.ops));
                self.nesting -= level;
                Ok(())
            }
            Tok::Lambda => {
                if let Some(l) = self.levels.last_mut() {
                    l.lambdas += 1;
                }
                self.nesting += 1;
                self.check_nesting(p)
            }
            Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::HugeInt(_)
            | Tok::Str(_) => Ok(()),
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::RPar | Tok::RSqb | Tok::RBrace => Ok(()),
            Tok::Colon
            | Tok::Equal
            | Tok::For
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis => Ok(()),
            _ => self.bump_nesting(1, p),
        }
    }

    fn bump_nesting(&mut self, n: u32, p: Pos) -> Result<(), SyntaxError> {
        if let Some(l) = self.levels.last_mut() {
            l.ops += n;
        }
        self.nesting += n;
        self.check_nesting(p)
    }

    fn check_nesting(&self, p: Pos) -> Result<(), SyntaxError> {
        if self.nesting + self.depth() as u32 <= MAX_NESTING {
            return Ok(());
        }
        // CPython raises RecursionError("maximum recursion depth exceeded during compilation") here.
        Err(self.src.error(TOO_DEEP, p, p))
    }

    fn raw_error(&self, e: RawError, start: usize, end: usize) -> SyntaxError {
        match e {
            RawError::UnknownChar => self.unknown_char(start, end),
            RawError::Number { msg, cur } => self.src.tok_error(msg, cur + self.base),
            RawError::NumberRange {
                msg,
                start: s,
                end: e,
            } => {
                let (a, b) = (self.src.pos(s + self.base), self.src.pos(e + self.base));
                SyntaxError::new(msg, a.line, a.col + 1, b.line, b.col)
                    .with_text(Some(self.src.line(a.line).to_string()))
                    .with_fixed_columns()
                    .with_tokenizer_origin()
            }
            RawError::Unterminated {
                start: s,
                detected,
                triple,
            } => self.unterminated(s + self.base, detected + self.base, triple),
        }
    }

    /// `!`, `$`, `?` and backquote: CPython makes them tokens the parser then rejects.
    fn is_stray_ascii(&self, start: usize) -> bool {
        matches!(
            self.src.text().as_bytes().get(start),
            Some(b'!' | b'$' | b'?' | b'`')
        )
    }

    fn unknown_char(&self, start: usize, end: usize) -> SyntaxError {
        let c = self.src.text()[start..end]
            .chars()
            .next()
            .unwrap_or('\u{fffd}');
        let msg = if is_printable(c) {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        self.src.tok_error(msg, start + c.len_utf8())
    }

    fn unterminated(&self, start: usize, detected: usize, triple: bool) -> SyntaxError {
        let p = self.src.pos(start);
        let at_end = detected >= self.src.text().len();
        let line = if at_end {
            self.src.last_line()
        } else {
            self.src.pos(detected).line
        };
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        SyntaxError::new(
            format!("{what} (detected at line {line})"),
            p.line,
            p.col + 1,
            p.line,
            p.col + 1,
        )
        .with_text(Some(self.src.line(p.line).to_string()))
        .with_incomplete(triple)
        .with_fixed_columns()
        .with_tokenizer_origin()
    }
}

impl Iterator for Lexer<'_, '_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if !self.started {
            self.started = true;
            let p = self.src.pos(self.base);
            return Some(Ok((p, self.start_marker(), p)));
        }
        loop {
            if let Some(mut t) = self.pending.pop_front() {
                if t.1 == Tok::With && self.parenthesised_items_follow() {
                    t.1 = Tok::WithParen;
                }
                self.shared.lookahead.set(t.0);
                self.shared.lookahead_end.set(t.2);
                return Some(Ok(t));
            }
            if let Some(e) = self.deferred.take() {
                self.finished = true;
                return Some(Err(e));
            }
            if self.finished {
                return None;
            }
            if let Err(e) = self.advance() {
                self.finished = true;
                self.pending.clear();
                return Some(Err(e));
            }
        }
    }
}

/// The `'(' was never closed` error for the innermost open bracket.
fn unclosed(src: &Source, level: &Level) -> SyntaxError {
    let p = level.pos;
    let msg = format!("'{}' was never closed", level.open as char);
    // CPython shows the line with its newline only when it is the last line.
    let text = if p.line == src.last_line() {
        src.line_nl(p.line)
    } else {
        src.line(p.line).to_string()
    };
    SyntaxError::new(msg, p.line, p.col + 1, p.line, 0)
        .with_text(Some(text))
        .with_incomplete(true)
}

/// Indentation of a line: (column with tabs to multiples of 8, column with tabs as 1).
fn measure(line: &str) -> (u32, u32) {
    let (mut col, mut alt) = (0u32, 0u32);
    for c in line.chars() {
        match c {
            ' ' => {
                col += 1;
                alt += 1;
            }
            '\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            '\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => break,
        }
    }
    (col, alt)
}

fn number_token(n: Num) -> Tok {
    match n {
        Num::Int(v) => Tok::Int(v),
        Num::TooManyDigits(d) => Tok::HugeInt(d),
        Num::Float(v) => Tok::Float(v),
        Num::Imag(v) => Tok::Imag(v),
    }
}
