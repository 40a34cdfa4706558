//! The token type shared by the logos scanner, the indentation wrapper and the grammar.

use logos::Logos;
use num_bigint::BigInt;

use super::error::RawError;
use super::{numbers, strings};

/// The kind of a string literal, from its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrKind {
    /// A plain `str` literal (`''`, `u''`, `r''`).
    Str,
    /// A `bytes` literal (`b''`, `rb''`).
    Bytes,
    /// An f-string (`f''`, `rf''`); its fields are parsed later.
    Format,
}

/// One string literal token.
#[derive(Debug, Clone, PartialEq)]
pub struct StrLit {
    /// Which kind of literal the prefix makes it.
    pub kind: StrKind,
    /// True for raw literals (`r` prefix): escapes are not processed.
    pub raw: bool,
    /// Byte offset of the token (its prefix) in the source.
    pub start: usize,
    /// Byte offset just past the closing quotes.
    pub end: usize,
    /// Byte offset of the body (just after the opening quotes) in the source.
    pub body_start: usize,
    /// Byte offset just past the body (at the closing quotes).
    pub body_end: usize,
}

/// A token. `Indent`, `Dedent` and the `Start*` markers are made by the wrapper, never by logos.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
pub enum Tok {
    /// An identifier (keywords are separate variants).
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*", |lex| super::chars::identifier(lex.slice()))]
    Name(String),
    /// An integer literal.
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// An imaginary literal (`2j`): its imaginary part.
    Imag(f64),
    /// A decimal int literal longer than CPython converts: its digit count.
    HugeInt(usize),
    /// A character or operator Python does not have (`$`, `?`, `!`, `<>`): always a syntax error.
    #[token("<>")]
    Unknown,
    /// Any number literal before it is classified; the wrapper never passes it on.
    #[regex(r"[0-9]", numbers::scan)]
    #[regex(r"\.[0-9]", numbers::scan)]
    Number(numbers::Num),
    /// A string literal of any kind.
    #[regex(r#"(?i:rb|br|fr|rf|r|b|f|u)?["']"#, strings::scan)]
    Str(Box<StrLit>),
    /// A physical newline from logos; the wrapper turns it into a logical `Newline` or drops it.
    #[regex(r"\n")]
    Newline,
    /// A backslash; followed by a newline it joins lines.
    #[regex(r"\\\n?")]
    Backslash,
    /// An increase of indentation.
    Indent,
    /// A decrease of indentation.
    Dedent,
    /// Marks the start of a module (file input).
    StartModule,
    /// Marks the start of an expression (eval input).
    StartExpr,
    /// Marks the start of an f-string replacement field's expression.
    StartFString,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    /// `with` followed by parentheses that close right before the `:` (see
    /// `parser::with_items`).
    WithParen,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("@")]
    At,
    #[token("=")]
    Equal,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

impl Tok {
    /// The source spelling of an operator, keyword or marker token, for messages.
    pub fn spelling(&self) -> &'static str {
        use Tok::*;
        match self {
            Name(_) => "NAME",
            Int(_) | Float(_) | Imag(_) | HugeInt(_) | Number(_) => "NUMBER",
            Unknown => "?",
            Str(_) => "STRING",
            Newline => "NEWLINE",
            Backslash => "\\",
            Indent => "INDENT",
            Dedent => "DEDENT",
            StartModule | StartExpr | StartFString => "START",
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With | WithParen => "with",
            Yield => "yield",
            _ => self.op_spelling(),
        }
    }

    fn op_spelling(&self) -> &'static str {
        use Tok::*;
        match self {
            LPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Colon => ":",
            Comma => ",",
            Semi => ";",
            Dot => ".",
            Ellipsis => "...",
            Arrow => "->",
            ColonEqual => ":=",
            At => "@",
            Equal => "=",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            VBar => "|",
            Amper => "&",
            Circumflex => "^",
            Tilde => "~",
            LeftShift => "<<",
            RightShift => ">>",
            Less => "<",
            Greater => ">",
            LessEqual => "<=",
            GreaterEqual => ">=",
            EqEqual => "==",
            NotEqual => "!=",
            PlusEqual => "+=",
            MinEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            DoubleSlashEqual => "//=",
            PercentEqual => "%=",
            AtEqual => "@=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CircumflexEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            _ => "?",
        }
    }

    /// True for the keywords that open a compound statement (`if`, `def`, ...).
    pub fn is_block_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            If | Elif | Else | While | For | Try | Except | Finally | With | Def | Class
        )
    }
}

impl StrLit {
    /// Moves all offsets by `base` (for tokens scanned from a slice of the source).
    pub fn shift(&mut self, base: usize) {
        self.start += base;
        self.end += base;
        self.body_start += base;
        self.body_end += base;
    }
}
