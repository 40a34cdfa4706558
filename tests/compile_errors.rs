//! Compile-time SyntaxErrors: CPython 3.11's messages and positions.

use gilpy::compiler::{Mode, compile};
use gilpy::parser::parse_module;

/// `(lineno, offset, end_lineno, end_offset)`.
type Span = (u32, u32, u32, u32);

/// `(source, message, span)`, as CPython 3.11 reports them.
const CASES: &[(&str, &str, Span)] = &[
    ("return 1\n", "'return' outside function", (1, 1, 1, 9)),
    (
        "x = 1\nif x:\n    break\n",
        "'break' outside loop",
        (3, 5, 3, 10),
    ),
    (
        "continue\n",
        "'continue' not properly in loop",
        (1, 1, 1, 9),
    ),
    ("yield 1\n", "'yield' outside function", (1, 1, 1, 8)),
    ("x = (yield)\n", "'yield' outside function", (1, 6, 1, 11)),
    (
        "def f():\n    x\n    global x\n",
        "name 'x' is used prior to global declaration",
        (3, 5, 3, 13),
    ),
    (
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5, 3, 13),
    ),
    (
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        (2, 5, 2, 13),
    ),
    (
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        (2, 5, 2, 15),
    ),
    (
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        (1, 1, 1, 11),
    ),
    (
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        (2, 5, 2, 15),
    ),
    (
        "def f(a, a): pass\n",
        "duplicate argument 'a' in function definition",
        (1, 10, 1, 11),
    ),
    (
        "def f(a, *, a): pass\n",
        "duplicate argument 'a' in function definition",
        (1, 13, 1, 14),
    ),
    (
        "lambda a, a: 1\n",
        "duplicate argument 'a' in function definition",
        (1, 11, 1, 12),
    ),
    (
        "def f():\n    [(yield x) for x in y]\n",
        "'yield' inside list comprehension",
        (2, 7, 2, 14),
    ),
    (
        "def f():\n    {(yield x) for x in y}\n",
        "'yield' inside set comprehension",
        (2, 7, 2, 14),
    ),
    (
        "def f():\n    ((yield x) for x in y)\n",
        "'yield' inside generator expression",
        (2, 7, 2, 14),
    ),
    (
        "def f():\n    {x: (yield x) for x in y}\n",
        "'yield' inside dict comprehension",
        (2, 10, 2, 17),
    ),
    (
        "class A:\n    return 1\n",
        "'return' outside function",
        (2, 5, 2, 13),
    ),
    (
        "class A:\n    yield 1\n",
        "'yield' outside function",
        (2, 5, 2, 12),
    ),
    (
        "def f():\n    class A:\n        nonlocal q\n",
        "no binding for nonlocal 'q' found",
        (3, 9, 3, 19),
    ),
    (
        "def f():\n    global x\n    nonlocal x\n",
        "name 'x' is nonlocal and global",
        (2, 5, 2, 13),
    ),
    (
        "x: int = 1\nglobal x\n",
        "annotated name 'x' can't be global",
        (2, 1, 2, 9),
    ),
    (
        "def f():\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
        (3, 5, 3, 13),
    ),
    (
        "def f():\n    global x\n    x: int\n",
        "annotated name 'x' can't be global",
        (3, 5, 3, 11),
    ),
    (
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
        "name 'x' is assigned to before nonlocal declaration",
        (5, 9, 5, 19),
    ),
    (
        "def f():\n    x = 1\n    def g():\n        x\n        nonlocal x\n",
        "name 'x' is used prior to nonlocal declaration",
        (5, 9, 5, 19),
    ),
    (
        "[y := 1 for y in z]\n",
        "assignment expression cannot rebind comprehension iteration variable 'y'",
        (1, 2, 1, 3),
    ),
    (
        "class A:\n    [y := 1 for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        (2, 6, 2, 7),
    ),
    (
        "for x in y:\n    def f():\n        break\n",
        "'break' outside loop",
        (3, 9, 3, 14),
    ),
    (
        "[i for i in range(5) if (j := 0) for j in range(5)]\n",
        "comprehension inner loop cannot rebind assignment expression target 'j'",
        (1, 38, 1, 39),
    ),
    (
        "[(i := 1) for i in range(5)]\n",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        (1, 3, 1, 4),
    ),
    (
        "def f(*, x): global x\n",
        "name 'x' is parameter and global",
        (1, 14, 1, 22),
    ),
    (
        "def f():\n    for x in y: pass\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5, 3, 13),
    ),
    (
        "x = 1\ndef f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        (4, 5, 4, 13),
    ),
    (
        "del x\nglobal x\n",
        "name 'x' is assigned to before global declaration",
        (2, 1, 2, 9),
    ),
    (
        "def f():\n    def x(): pass\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5, 3, 13),
    ),
    (
        "def f(): yield from []\nclass C:\n  yield from x\n",
        "'yield' outside function",
        (3, 3, 3, 15),
    ),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "default 'except:' must be last",
        (3, 1, 4, 9),
    ),
    (
        "f(a=1, a=2)\n",
        "keyword argument repeated: a",
        (1, 8, 1, 11),
    ),
    (
        "def f():\n    from m import *\n",
        "import * only allowed at module level",
        (2, 19, 2, 20),
    ),
    (
        "class C:\n    from m import *\n",
        "import * only allowed at module level",
        (2, 19, 2, 20),
    ),
    (
        "*a = 1\n",
        "starred assignment target must be in a list or tuple",
        (1, 1, 1, 3),
    ),
    (
        "a, *b, *c = d\n",
        "multiple starred expressions in assignment",
        (1, 1, 1, 10),
    ),
    (
        "def f():\n  x = [i := 0 for i, j in k]\n",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        (2, 8, 2, 9),
    ),
    (
        "x = [(q := 1) for y in (q := z)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        (1, 25, 1, 31),
    ),
    (
        "[x for x in (y := 1)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        (1, 14, 1, 20),
    ),
    (
        "f(**{}, a=1, a=2)\n",
        "keyword argument repeated: a",
        (1, 14, 1, 17),
    ),
    (
        "class A(x=1, x=2): pass\n",
        "keyword argument repeated: x",
        (1, 14, 1, 17),
    ),
    (
        "while x:\n while x:\n  while x:\n   while x:\n    while x:\n     while x:\n      while x:\n       while x:\n        while x:\n         while x:\n          while x:\n           while x:\n            while x:\n             while x:\n              while x:\n               while x:\n                while x:\n                 while x:\n                  while x:\n                   while x:\n                    while x:\n                     pass\n",
        "too many statically nested blocks",
        (21, 21, 22, 26),
    ),
    (
        "try:\n while x:\n  while x:\n   while x:\n    while x:\n     while x:\n      while x:\n       while x:\n        while x:\n         while x:\n          while x:\n           while x:\n            while x:\n             while x:\n              while x:\n               while x:\n                while x:\n                 while x:\n                  while x:\n                   while x:\n                    pass\nexcept E:\n while x:\n  while x:\n   while x:\n    while x:\n     while x:\n      while x:\n       while x:\n        while x:\n         while x:\n          while x:\n           while x:\n            while x:\n             while x:\n              while x:\n               while x:\n                while x:\n                 while x:\n                  while x:\n                   while x:\n                    pass\n",
        "too many statically nested blocks",
        (41, 20, 42, 25),
    ),
    (
        "class A:\n    def f(self):\n        return 1\n    break\n",
        "'break' outside loop",
        (4, 5, 4, 10),
    ),
    (
        "def f():\n    global x\n    x = 1\n    def g():\n        nonlocal x\n",
        "no binding for nonlocal 'x' found",
        (5, 9, 5, 19),
    ),
];

#[test]
fn compile_errors_match_cpython() {
    let mut failures = Vec::new();
    for &(source, msg, (line, offset, end_line, end_offset)) in CASES {
        // Some checks (duplicate parameters) happen while parsing; either
        // stage must report the error exactly as CPython does.
        let compiled = parse_module(source, "f")
            .and_then(|module| compile(&module, source, "f", Mode::Exec).map(|_| ()));
        let err = match compiled {
            Ok(()) => {
                failures.push(format!("{source:?}: compiled, expected {msg:?}"));
                continue;
            }
            Err(err) => err,
        };
        let got = (
            err.msg.as_str(),
            (err.lineno, err.offset, err.end_lineno, err.end_offset),
        );
        if got != (msg, (line, offset, end_line, end_offset)) {
            failures.push(format!("{source:?}: got {got:?}"));
        }
        let expected_text = source
            .lines()
            .nth(line as usize - 1)
            .map(|l| format!("{l}\n"));
        assert_eq!(err.text, expected_text, "{source:?}");
        assert_eq!(err.filename, "f");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Programs near the limits that CPython accepts.
#[test]
fn accepted_programs_compile() {
    let ok = [
        "while 1:\n    try:\n        pass\n    finally:\n        continue\n",
        "import a\nglobal a\n",
        "def g():\n  x = lambda: (yield)\n  return x\n",
        "x = 1\nlambda: (yield)\n",
        "global x\nx = 1\n",
        "def f():\n    yield 1\n    return 2\n",
        "def f():\n    x = 1\n    class A:\n        nonlocal x\n        x = 2\n",
    ];
    for source in ok {
        let module = parse_module(source, "f").expect("parses");
        if let Err(e) = compile(&module, source, "f", Mode::Exec) {
            panic!("{source:?}: {}", e.msg);
        }
    }
}
