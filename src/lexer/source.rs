//! The source text with its line table: byte offsets to line/column positions and error text.

use std::borrow::Cow;
use std::cell::Cell;

use super::Pos;
use super::error::{SyntaxError, SyntaxErrorKind};

/// Source text (newlines normalised to `\n`) with a table of line starts.
#[derive(Debug)]
pub struct Source<'s> {
    text: Cow<'s, str>,
    line_starts: Vec<usize>,
    /// The last conversion, so that converting increasing offsets is linear overall.
    cursor: Cell<(usize, Pos)>,
}

impl<'s> Source<'s> {
    /// Wraps `text`, turning `\r\n` and lone `\r` into `\n` as Python's reader does.
    pub fn new(text: &'s str) -> Self {
        let text: Cow<'s, str> = if text.contains('\r') {
            Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
        } else {
            Cow::Borrowed(text)
        };
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Source {
            text,
            line_starts,
            cursor: Cell::new((0, Pos { line: 1, col: 0 })),
        }
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The position of byte offset `byte` (clamped to the text).
    pub fn pos(&self, byte: usize) -> Pos {
        let byte = byte.min(self.text.len());
        let (last, pos) = self.cursor.get();
        let found = if byte >= last {
            self.advance(last, pos, byte)
        } else {
            self.lookup(byte)
        };
        self.cursor.set((byte, found));
        found
    }

    fn advance(&self, from: usize, mut pos: Pos, to: usize) -> Pos {
        for ch in self.text[from..to].chars() {
            if ch == '\n' {
                pos.line += 1;
                pos.col = 0;
            } else {
                pos.col += 1;
            }
        }
        pos
    }

    fn lookup(&self, byte: usize) -> Pos {
        let idx = self.line_starts.partition_point(|&s| s <= byte) - 1;
        let start = self.line_starts[idx];
        let col = self.text.get(start..byte).map_or(0, |s| s.chars().count());
        Pos {
            line: idx as u32 + 1,
            col: col as u32,
        }
    }

    /// The byte offset of position `p`.
    pub fn offset(&self, p: Pos) -> usize {
        let start = self.line_start(p.line);
        let rest = &self.text[start..];
        start
            + rest
                .char_indices()
                .nth(p.col as usize)
                .map_or(rest.len(), |(i, _)| i)
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> usize {
        let idx = (line.max(1) as usize - 1).min(self.line_starts.len() - 1);
        self.line_starts[idx]
    }

    /// The text of 1-based `line`, without its newline.
    pub fn line(&self, line: u32) -> &str {
        let start = self.line_start(line);
        let rest = &self.text[start..];
        rest.split('\n').next().unwrap_or("")
    }

    /// The number of the last line: a final newline does not start a new line.
    pub fn last_line(&self) -> u32 {
        let n = self.line_starts.len() as u32;
        if n > 1 && self.text.ends_with('\n') {
            n - 1
        } else {
            n
        }
    }

    /// Where CPython places the end of input: the end of the last line.
    pub fn eof_pos(&self) -> Pos {
        let line = self.last_line();
        Pos {
            line,
            col: self.line(line).chars().count() as u32,
        }
    }

    /// The line as the parser shows it in errors: with a newline at the end.
    pub fn line_nl(&self, line: u32) -> String {
        format!("{}\n", self.line(line))
    }

    /// A parser-style error over `start..end`: offsets are columns + 1, text keeps the newline.
    pub fn error(&self, msg: impl Into<String>, start: Pos, end: Pos) -> SyntaxError {
        SyntaxError::new(msg, start.line, start.col + 1, end.line, end.col + 1)
            .with_text(Some(self.line_nl(start.line)))
    }

    /// A parser-style error of another exception class.
    pub fn error_kind(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> SyntaxError {
        self.error(msg, start, end).with_kind(kind)
    }

    /// A tokenizer-style error at the cursor byte offset `cur`: offset is the column of
    /// `cur` (so it points just before it), text has no newline.
    pub fn tok_error(&self, msg: impl Into<String>, cur: usize) -> SyntaxError {
        let p = self.pos(cur);
        SyntaxError::new(msg, p.line, p.col, p.line, p.col)
            .with_text(Some(self.line(p.line).to_string()))
            .with_fixed_columns()
            .with_tokenizer_origin()
    }
}
