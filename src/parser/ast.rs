//! The abstract syntax tree: the contract between the parser and the compiler.
//!
//! Shapes follow CPython's `ast` module closely so that its documentation
//! explains them. Every statement and expression carries a [`Loc`].

use num_bigint::BigInt;

/// An identifier as written in the source (NFKC normalisation is not applied).
pub type Ident = String;

/// A source range. Lines are 1-based; columns are 0-based and counted in
/// characters (code points) from the start of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loc {
    /// First line of the node.
    pub line: u32,
    /// Column of the first character.
    pub col: u32,
    /// Last line of the node.
    pub end_line: u32,
    /// Column just past the last character.
    pub end_col: u32,
}

/// A whole module (file, `-c` string or REPL input).
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// The statements in order.
    pub body: Vec<Stmt>,
}

/// A statement with its location.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    /// Where the statement is.
    pub loc: Loc,
    /// What it is.
    pub kind: StmtKind,
}

/// The kinds of statement.
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Expr),
    /// `a = b = value`: `targets` in source order.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` is true for a bare name target.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    /// `del a, b[0], c.d`.
    Delete(Vec<Expr>),
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `return [value]`.
    Return(Option<Expr>),
    /// `if test: body else: orelse` (`elif` nests another `If` in `orelse`).
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`.
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for target in iter: body else: orelse`.
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `def name(args): body`, with decorators.
    FunctionDef(Box<FunctionDef>),
    /// `class name(bases, keywords): body`, with decorators.
    ClassDef(Box<ClassDef>),
    /// `global a, b`.
    Global(Vec<Ident>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<Ident>),
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from .module import a as b, c` (`names` is `[Alias { name: "*" }]` for a star import).
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    /// `try: ... except ...: ... else: ... finally: ...`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise [exc [from cause]]`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `with a as b, c: body`.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `assert test[, msg]`.
    Assert { test: Expr, msg: Option<Expr> },
}

/// A function definition (also used for the body of nothing else: lambdas have their own node).
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: Ident,
    /// Its parameters.
    pub args: Arguments,
    /// Its body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first (as written, top to bottom).
    pub decorators: Vec<Expr>,
    /// The return annotation, if any.
    pub returns: Option<Expr>,
}

/// A class definition.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    /// The class's name.
    pub name: Ident,
    /// Positional bases; may contain `Starred`.
    pub bases: Vec<Expr>,
    /// Keyword arguments such as `metaclass=`.
    pub keywords: Vec<Keyword>,
    /// The class body.
    pub body: Vec<Stmt>,
    /// Decorators, top to bottom.
    pub decorators: Vec<Expr>,
}

/// The parameter list of a function or lambda.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    /// Parameters before `/`.
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Arg>,
    /// Parameters after `*` or `*args`.
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of `kwonlyargs`, one per parameter (`None`: no default).
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional parameters (posonly + args).
    pub defaults: Vec<Expr>,
}

/// One parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// Its name.
    pub name: Ident,
    /// Its annotation, if any.
    pub annotation: Option<Expr>,
    /// Where it is.
    pub loc: Loc,
}

/// A keyword argument in a call or class definition; `arg == None` is `**value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The keyword, or `None` for `**mapping`.
    pub arg: Option<Ident>,
    /// The value.
    pub value: Expr,
    /// Where it is.
    pub loc: Loc,
}

/// `name as asname` in an import.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// Dotted name (`a.b.c`) or `*`.
    pub name: Ident,
    /// The `as` name.
    pub asname: Option<Ident>,
    /// Where it is.
    pub loc: Loc,
}

/// One `except` clause.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    /// The exception type expression (`None` for a bare `except:`).
    pub typ: Option<Expr>,
    /// The `as` name.
    pub name: Option<Ident>,
    /// The handler body.
    pub body: Vec<Stmt>,
    /// Where the `except` keyword is.
    pub loc: Loc,
}

/// One item of a `with` statement.
#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target.
    pub optional_vars: Option<Expr>,
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` conditions.
    pub ifs: Vec<Expr>,
}

/// An expression with its location.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// Where the expression is.
    pub loc: Loc,
    /// What it is.
    pub kind: ExprKind,
}

/// The kinds of expression.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `name := value`.
    NamedExpr { target: Ident, value: Box<Expr> },
    /// `left op right`.
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `lambda args: body`.
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key means `**value`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `[a for ...]`.
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{a for ...}`.
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{k: v for ...}`.
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `(a for ...)`.
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `yield [value]`.
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`; `args` may contain `Starred`, a keyword with `arg: None` is `**`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` field of an f-string.
    /// `conversion` is `'s'`, `'r'`, `'a'` or absent; `format_spec` is a `JoinedStr`.
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: `Constant(Str)` and `FormattedValue` parts in order.
    JoinedStr(Vec<Expr>),
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute { value: Box<Expr>, attr: Ident },
    /// `value[slice]` (a tuple index is a `Tuple`; `a:b:c` is a `Slice`).
    Subscript { value: Box<Expr>, slice: Box<Expr> },
    /// `*value` in a call, display or assignment target.
    Starred(Box<Expr>),
    /// A plain name.
    Name(Ident),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `(a, b)` or `a, b`.
    Tuple(Vec<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// Literal values. Adjacent string literals are already concatenated.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An integer literal of any size.
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// An imaginary literal such as `2j` (its imaginary part).
    Imaginary(f64),
    /// A str literal with escapes resolved.
    Str(String),
    /// A bytes literal with escapes resolved.
    Bytes(Vec<u8>),
    /// `...`.
    Ellipsis,
}

/// `and` / `or`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary arithmetic and bitwise operators (also used by augmented assignment).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Expr {
    /// Makes an expression node.
    pub fn new(loc: Loc, kind: ExprKind) -> Self {
        Expr { loc, kind }
    }
}

impl Stmt {
    /// Makes a statement node.
    pub fn new(loc: Loc, kind: StmtKind) -> Self {
        Stmt { loc, kind }
    }
}
