//! Syntax error messages and locations, checked against the values CPython 3.11 reports
//! (`compile(src, "f", "exec")` / `"eval"`, recorded once; these tests do not run Python).

use gilpy::parser::{SyntaxError, parse_expression, parse_module};

/// One source and the `SyntaxError` fields CPython gives for it (`end_offset` 0 stands for
/// CPython's -1 or None).
struct Case {
    src: &'static str,
    class: &'static str,
    msg: &'static str,
    line: u32,
    offset: u32,
    end_line: u32,
    end_offset: u32,
    text: Option<&'static str>,
}

/// Module input: tokenizer errors, indentation, targets, arguments, f-strings, hints.
#[rustfmt::skip]
const MODULE_CASES: &[Case] = &[
    Case { src: "x = 　 1", class: "SyntaxError", msg: "invalid non-printable character U+3000", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = 　 1") },
    Case { src: "x = €", class: "SyntaxError", msg: "invalid character '€' (U+20AC)", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = €") },
    Case { src: "x = 'abc", class: "SyntaxError", msg: "unterminated string literal (detected at line 1)", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = 'abc") },
    Case { src: "x = 'abc\ny = 2", class: "SyntaxError", msg: "unterminated string literal (detected at line 1)", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = 'abc") },
    Case { src: "x = '''abc\ny = 2\n", class: "SyntaxError", msg: "unterminated triple-quoted string literal (detected at line 2)", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = '''abc") },
    Case { src: "x = 1abc", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = 1abc") },
    Case { src: "x = 1_", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 1_") },
    Case { src: "x = 1__0", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 1__0") },
    Case { src: "x = 0x", class: "SyntaxError", msg: "invalid hexadecimal literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 0x") },
    Case { src: "x = 0xg", class: "SyntaxError", msg: "invalid hexadecimal literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 0xg") },
    Case { src: "x = 0o8", class: "SyntaxError", msg: "invalid digit '8' in octal literal", line: 1, offset: 7, end_line: 1, end_offset: 7, text: Some("x = 0o8") },
    Case { src: "x = 0o", class: "SyntaxError", msg: "invalid octal literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 0o") },
    Case { src: "x = 0b2", class: "SyntaxError", msg: "invalid digit '2' in binary literal", line: 1, offset: 7, end_line: 1, end_offset: 7, text: Some("x = 0b2") },
    Case { src: "x = 0b", class: "SyntaxError", msg: "invalid binary literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 0b") },
    Case { src: "x = 0777", class: "SyntaxError", msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: 1, offset: 5, end_line: 1, end_offset: 6, text: Some("x = 0777") },
    Case { src: "x = 1e", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = 1e") },
    Case { src: "x = 1e+", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 7, end_line: 1, end_offset: 7, text: Some("x = 1e+") },
    Case { src: "x = 1.5j2", class: "SyntaxError", msg: "invalid imaginary literal", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("x = 1.5j2") },
    Case { src: "x = 1jx", class: "SyntaxError", msg: "invalid imaginary literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 1jx") },
    Case { src: "x = (1,\ny = 2", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = (1,") },
    Case { src: "x = (1,", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = (1,\n") },
    Case { src: "x = (1,\n", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = (1,\n") },
    Case { src: "x = 1)", class: "SyntaxError", msg: "unmatched ')'", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 1)") },
    Case { src: "x = (1]", class: "SyntaxError", msg: "closing parenthesis ']' does not match opening parenthesis '('", line: 1, offset: 7, end_line: 1, end_offset: 7, text: Some("x = (1]") },
    Case { src: "x = [1,\n2)", class: "SyntaxError", msg: "closing parenthesis ')' does not match opening parenthesis '[' on line 1", line: 2, offset: 2, end_line: 2, end_offset: 2, text: Some("2)") },
    Case { src: "foo(a b)", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 5, end_line: 1, end_offset: 8, text: Some("foo(a b)\n") },
    Case { src: "foo(a b", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 4, end_line: 1, end_offset: 0, text: Some("foo(a b\n") },
    Case { src: "if x\n  pass", class: "SyntaxError", msg: "expected ':'", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("if x\n") },
    Case { src: "if x:\npass", class: "IndentationError", msg: "expected an indented block after 'if' statement on line 1", line: 2, offset: 1, end_line: 2, end_offset: 5, text: Some("pass\n") },
    Case { src: "if x:\n", class: "IndentationError", msg: "expected an indented block after 'if' statement on line 1", line: 1, offset: 6, end_line: 1, end_offset: 0, text: Some("if x:\n") },
    Case { src: "if x:", class: "IndentationError", msg: "expected an indented block after 'if' statement on line 1", line: 1, offset: 6, end_line: 1, end_offset: 0, text: Some("if x:\n") },
    Case { src: "if x:\n# c\n", class: "IndentationError", msg: "expected an indented block after 'if' statement on line 1", line: 2, offset: 4, end_line: 2, end_offset: 0, text: Some("# c\n") },
    Case { src: "def f():\n", class: "IndentationError", msg: "expected an indented block after function definition on line 1", line: 1, offset: 9, end_line: 1, end_offset: 0, text: Some("def f():\n") },
    Case { src: "class A:\n", class: "IndentationError", msg: "expected an indented block after class definition on line 1", line: 1, offset: 9, end_line: 1, end_offset: 0, text: Some("class A:\n") },
    Case { src: "for x in y:\n", class: "IndentationError", msg: "expected an indented block after 'for' statement on line 1", line: 1, offset: 12, end_line: 1, end_offset: 0, text: Some("for x in y:\n") },
    Case { src: "while x:\n", class: "IndentationError", msg: "expected an indented block after 'while' statement on line 1", line: 1, offset: 9, end_line: 1, end_offset: 0, text: Some("while x:\n") },
    Case { src: "try:\n", class: "IndentationError", msg: "expected an indented block after 'try' statement on line 1", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("try:\n") },
    Case { src: "with a:\n", class: "IndentationError", msg: "expected an indented block after 'with' statement on line 1", line: 1, offset: 8, end_line: 1, end_offset: 0, text: Some("with a:\n") },
    Case { src: "if x:\n  pass\nelse:\n", class: "IndentationError", msg: "expected an indented block after 'else' statement on line 3", line: 3, offset: 6, end_line: 3, end_offset: 0, text: Some("else:\n") },
    Case { src: "if x:\n  pass\nelif y:\n", class: "IndentationError", msg: "expected an indented block after 'elif' statement on line 3", line: 3, offset: 8, end_line: 3, end_offset: 0, text: Some("elif y:\n") },
    Case { src: "try:\n  pass\nexcept:\n", class: "IndentationError", msg: "expected an indented block after 'except' statement on line 3", line: 3, offset: 8, end_line: 3, end_offset: 0, text: Some("except:\n") },
    Case { src: "try:\n  pass\nfinally:\n", class: "IndentationError", msg: "expected an indented block after 'finally' statement on line 3", line: 3, offset: 9, end_line: 3, end_offset: 0, text: Some("finally:\n") },
    Case { src: "@d\ndef f():\n", class: "IndentationError", msg: "expected an indented block after function definition on line 2", line: 2, offset: 9, end_line: 2, end_offset: 0, text: Some("def f():\n") },
    Case { src: "  x = 1", class: "IndentationError", msg: "unexpected indent", line: 1, offset: 2, end_line: 1, end_offset: 0, text: Some("  x = 1\n") },
    Case { src: "if x:\n    a\n  b", class: "IndentationError", msg: "unindent does not match any outer indentation level", line: 3, offset: 4, end_line: 3, end_offset: 0, text: Some("  b\n") },
    Case { src: "if x:\n\ta\n        b", class: "TabError", msg: "inconsistent use of tabs and spaces in indentation", line: 3, offset: 1, end_line: 3, end_offset: 0, text: Some("        b\n") },
    Case { src: "if x:\n        a\n\tb", class: "TabError", msg: "inconsistent use of tabs and spaces in indentation", line: 3, offset: 1, end_line: 3, end_offset: 0, text: Some("\tb\n") },
    Case { src: "x = 1 +", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("x = 1 +\n") },
    Case { src: "x = 1 \\", class: "SyntaxError", msg: "unexpected EOF while parsing", line: 1, offset: 8, end_line: 1, end_offset: 0, text: Some("x = 1 \\\n") },
    Case { src: "x = \\\n", class: "SyntaxError", msg: "unexpected EOF while parsing", line: 1, offset: 6, end_line: 1, end_offset: 0, text: Some("x = \\\n") },
    Case { src: "    x = 1", class: "IndentationError", msg: "unexpected indent", line: 1, offset: 4, end_line: 1, end_offset: 0, text: Some("    x = 1\n") },
    Case { src: "if 1:\n  x\n    y", class: "IndentationError", msg: "unexpected indent", line: 3, offset: 4, end_line: 3, end_offset: 0, text: Some("    y\n") },
    Case { src: "if 1:\n    a\n   bb = 1", class: "IndentationError", msg: "unindent does not match any outer indentation level", line: 3, offset: 10, end_line: 3, end_offset: 0, text: Some("   bb = 1\n") },
    Case { src: "if x:\n\n\n", class: "IndentationError", msg: "expected an indented block after 'if' statement on line 1", line: 3, offset: 1, end_line: 3, end_offset: 0, text: Some("\n") },
    Case { src: "x = (\n1 +\n", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = (") },
    Case { src: "x = 1 +\n\n", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("x = 1 +\n") },
    Case { src: "x = 1 +\n# hi\n", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("x = 1 +\n") },
    Case { src: "f(**a, *b)", class: "SyntaxError", msg: "iterable argument unpacking follows keyword argument unpacking", line: 1, offset: 8, end_line: 1, end_offset: 9, text: Some("f(**a, *b)\n") },
    Case { src: "f(a=1, b)", class: "SyntaxError", msg: "positional argument follows keyword argument", line: 1, offset: 9, end_line: 1, end_offset: 10, text: Some("f(a=1, b)\n") },
    Case { src: "f(**a, b)", class: "SyntaxError", msg: "positional argument follows keyword argument unpacking", line: 1, offset: 9, end_line: 1, end_offset: 10, text: Some("f(**a, b)\n") },
    Case { src: "f(a=1, a=2)", class: "SyntaxError", msg: "keyword argument repeated: a", line: 1, offset: 8, end_line: 1, end_offset: 11, text: None },
    Case { src: "def f(a=1, b): pass", class: "SyntaxError", msg: "non-default argument follows default argument", line: 1, offset: 12, end_line: 1, end_offset: 13, text: Some("def f(a=1, b): pass\n") },
    Case { src: "def f(a, a): pass", class: "SyntaxError", msg: "duplicate argument 'a' in function definition", line: 1, offset: 10, end_line: 1, end_offset: 11, text: None },
    Case { src: "def f(*): pass", class: "SyntaxError", msg: "named arguments must follow bare *", line: 1, offset: 7, end_line: 1, end_offset: 8, text: Some("def f(*): pass\n") },
    Case { src: "def f(*, **k): pass", class: "SyntaxError", msg: "named arguments must follow bare *", line: 1, offset: 7, end_line: 1, end_offset: 8, text: Some("def f(*, **k): pass\n") },
    Case { src: "def f(/): pass", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 7, end_line: 1, end_offset: 8, text: Some("def f(/): pass\n") },
    Case { src: "def f(a, /, b, /): pass", class: "SyntaxError", msg: "/ may appear only once", line: 1, offset: 16, end_line: 1, end_offset: 17, text: Some("def f(a, /, b, /): pass\n") },
    Case { src: "def f(*a, /): pass", class: "SyntaxError", msg: "/ must be ahead of *", line: 1, offset: 11, end_line: 1, end_offset: 12, text: Some("def f(*a, /): pass\n") },
    Case { src: "def f(**k, a): pass", class: "SyntaxError", msg: "arguments cannot follow var-keyword argument", line: 1, offset: 12, end_line: 1, end_offset: 13, text: Some("def f(**k, a): pass\n") },
    Case { src: "def f(*a=1): pass", class: "SyntaxError", msg: "var-positional argument cannot have default value", line: 1, offset: 9, end_line: 1, end_offset: 10, text: Some("def f(*a=1): pass\n") },
    Case { src: "def f(*a, *b): pass", class: "SyntaxError", msg: "* argument may appear only once", line: 1, offset: 11, end_line: 1, end_offset: 12, text: Some("def f(*a, *b): pass\n") },
    Case { src: "def f(**k=1): pass", class: "SyntaxError", msg: "var-keyword argument cannot have default value", line: 1, offset: 10, end_line: 1, end_offset: 11, text: Some("def f(**k=1): pass\n") },
    Case { src: "lambda a=1, b: 0", class: "SyntaxError", msg: "non-default argument follows default argument", line: 1, offset: 13, end_line: 1, end_offset: 14, text: Some("lambda a=1, b: 0\n") },
    Case { src: "f() = 1", class: "SyntaxError", msg: "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, offset: 1, end_line: 1, end_offset: 4, text: Some("f() = 1\n") },
    Case { src: "1 = x", class: "SyntaxError", msg: "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, offset: 1, end_line: 1, end_offset: 2, text: Some("1 = x\n") },
    Case { src: "del f()", class: "SyntaxError", msg: "cannot delete function call", line: 1, offset: 5, end_line: 1, end_offset: 8, text: Some("del f()\n") },
    Case { src: "del a + b", class: "SyntaxError", msg: "cannot delete expression", line: 1, offset: 5, end_line: 1, end_offset: 10, text: Some("del a + b\n") },
    Case { src: "(a, b) += 1", class: "SyntaxError", msg: "'tuple' is an illegal expression for augmented assignment", line: 1, offset: 1, end_line: 1, end_offset: 7, text: Some("(a, b) += 1\n") },
    Case { src: "a, b += 1", class: "SyntaxError", msg: "'tuple' is an illegal expression for augmented assignment", line: 1, offset: 1, end_line: 1, end_offset: 5, text: Some("a, b += 1\n") },
    Case { src: "f() += 1", class: "SyntaxError", msg: "'function call' is an illegal expression for augmented assignment", line: 1, offset: 1, end_line: 1, end_offset: 4, text: Some("f() += 1\n") },
    Case { src: "x, y: int = 1", class: "SyntaxError", msg: "only single target (not tuple) can be annotated", line: 1, offset: 1, end_line: 1, end_offset: 2, text: Some("x, y: int = 1\n") },
    Case { src: "None = 1", class: "SyntaxError", msg: "cannot assign to None", line: 1, offset: 1, end_line: 1, end_offset: 5, text: Some("None = 1\n") },
    Case { src: "x.None", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 3, end_line: 1, end_offset: 7, text: Some("x.None\n") },
    Case { src: "f(True=1)", class: "SyntaxError", msg: "cannot assign to True", line: 1, offset: 3, end_line: 1, end_offset: 8, text: Some("f(True=1)\n") },
    Case { src: "f(a.b=1)", class: "SyntaxError", msg: "expression cannot contain assignment, perhaps you meant \"==\"?", line: 1, offset: 3, end_line: 1, end_offset: 7, text: Some("f(a.b=1)\n") },
    Case { src: "f(x for x in y, 1)", class: "SyntaxError", msg: "Generator expression must be parenthesized", line: 1, offset: 3, end_line: 1, end_offset: 15, text: Some("f(x for x in y, 1)\n") },
    Case { src: "*a", class: "SyntaxError", msg: "can't use starred expression here", line: 1, offset: 1, end_line: 1, end_offset: 3, text: None },
    Case { src: "x = *a", class: "SyntaxError", msg: "can't use starred expression here", line: 1, offset: 5, end_line: 1, end_offset: 7, text: None },
    Case { src: "x = '\\x4'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", line: 1, offset: 10, end_line: 1, end_offset: 10, text: Some("x = '\\x4'\n") },
    Case { src: "x = 'ab\\x4z'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", line: 1, offset: 13, end_line: 1, end_offset: 13, text: Some("x = 'ab\\x4z'\n") },
    Case { src: "x = 'é\\x4z'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = 'é\\x4z'\n") },
    Case { src: "x = '\\u12'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", line: 1, offset: 11, end_line: 1, end_offset: 11, text: Some("x = '\\u12'\n") },
    Case { src: "x = '\\U0011ffff'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", line: 1, offset: 17, end_line: 1, end_offset: 17, text: Some("x = '\\U0011ffff'\n") },
    Case { src: "x = '\\N{foo}'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", line: 1, offset: 14, end_line: 1, end_offset: 14, text: Some("x = '\\N{foo}'\n") },
    Case { src: "x = '\\N'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", line: 1, offset: 9, end_line: 1, end_offset: 9, text: Some("x = '\\N'\n") },
    Case { src: "x = '\\Nab'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", line: 1, offset: 11, end_line: 1, end_offset: 11, text: Some("x = '\\Nab'\n") },
    Case { src: "x = b'\\x4'", class: "SyntaxError", msg: "(value error) invalid \\x escape at position 0", line: 1, offset: 11, end_line: 1, end_offset: 11, text: Some("x = b'\\x4'\n") },
    Case { src: "x = b'é'", class: "SyntaxError", msg: "bytes can only contain ASCII literal characters", line: 1, offset: 5, end_line: 1, end_offset: 9, text: Some("x = b'é'\n") },
    Case { src: "x = 'a' b'b'", class: "SyntaxError", msg: "cannot mix bytes and nonbytes literals", line: 1, offset: 13, end_line: 1, end_offset: 13, text: Some("x = 'a' b'b'\n") },
    Case { src: "x = '1' + 1 + '\\x4'", class: "SyntaxError", msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", line: 1, offset: 20, end_line: 1, end_offset: 20, text: Some("x = '1' + 1 + '\\x4'\n") },
    Case { src: "x = 1\nx = = 2\ny = 'abc", class: "SyntaxError", msg: "unterminated string literal (detected at line 3)", line: 3, offset: 5, end_line: 3, end_offset: 5, text: Some("y = 'abc") },
    Case { src: "x = 1\nx = = 2\ny = €", class: "SyntaxError", msg: "invalid character '€' (U+20AC)", line: 3, offset: 5, end_line: 3, end_offset: 5, text: Some("y = €") },
    Case { src: "x = 1\nx = = 2\ny = (1,", class: "SyntaxError", msg: "invalid syntax", line: 2, offset: 5, end_line: 2, end_offset: 6, text: Some("x = = 2\n") },
    Case { src: "x = (1,\nx = = 2\n", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = (1,") },
    Case { src: "a ! b", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 3, end_line: 1, end_offset: 4, text: Some("a ! b\n") },
    Case { src: "a <> b", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 3, end_line: 1, end_offset: 5, text: Some("a <> b\n") },
    Case { src: "a $ b", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 3, end_line: 1, end_offset: 4, text: Some("a $ b\n") },
    Case { src: "a ? b", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 3, end_line: 1, end_offset: 4, text: Some("a ? b\n") },
    Case { src: "a ` b", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 3, end_line: 1, end_offset: 4, text: Some("a ` b\n") },
    Case { src: "x = 1 \\ 2", class: "SyntaxError", msg: "unexpected character after line continuation character", line: 1, offset: 8, end_line: 1, end_offset: 0, text: Some("x = 1 \\ 2\n") },
    Case { src: "x = 1 \\  \n", class: "SyntaxError", msg: "unexpected character after line continuation character", line: 1, offset: 8, end_line: 1, end_offset: 0, text: Some("x = 1 \\  \n") },
    Case { src: "(*a)", class: "SyntaxError", msg: "cannot use starred expression here", line: 1, offset: 2, end_line: 1, end_offset: 4, text: Some("(*a)\n") },
    Case { src: "f(x for x in y,)", class: "SyntaxError", msg: "Generator expression must be parenthesized", line: 1, offset: 3, end_line: 1, end_offset: 15, text: Some("f(x for x in y,)\n") },
    Case { src: "f(x for x in y, )", class: "SyntaxError", msg: "Generator expression must be parenthesized", line: 1, offset: 3, end_line: 1, end_offset: 15, text: Some("f(x for x in y, )\n") },
    Case { src: "print 'hi'", class: "SyntaxError", msg: "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, offset: 1, end_line: 1, end_offset: 11, text: Some("print 'hi'\n") },
    Case { src: "x = [1, 2 3]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 9, end_line: 1, end_offset: 12, text: Some("x = [1, 2 3]\n") },
    Case { src: "x = [a b c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 9, text: Some("x = [a b c]\n") },
    Case { src: "x = (a, b c)", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 9, end_line: 1, end_offset: 12, text: Some("x = (a, b c)\n") },
    Case { src: "x = f(a b, c)", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 7, end_line: 1, end_offset: 10, text: Some("x = f(a b, c)\n") },
    Case { src: "x = {a b}", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 9, text: Some("x = {a b}\n") },
    Case { src: "x = {1: a b}", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 9, end_line: 1, end_offset: 12, text: Some("x = {1: a b}\n") },
    Case { src: "def f(**k, /): pass", class: "SyntaxError", msg: "arguments cannot follow var-keyword argument", line: 1, offset: 12, end_line: 1, end_offset: 13, text: Some("def f(**k, /): pass\n") },
    Case { src: "def f(**a, **b): pass", class: "SyntaxError", msg: "arguments cannot follow var-keyword argument", line: 1, offset: 12, end_line: 1, end_offset: 14, text: Some("def f(**a, **b): pass\n") },
    Case { src: "def f(**a, *b): pass", class: "SyntaxError", msg: "arguments cannot follow var-keyword argument", line: 1, offset: 12, end_line: 1, end_offset: 13, text: Some("def f(**a, *b): pass\n") },
    Case { src: "def f(a, /, /): pass", class: "SyntaxError", msg: "/ may appear only once", line: 1, offset: 13, end_line: 1, end_offset: 14, text: Some("def f(a, /, /): pass\n") },
    Case { src: "lambda /: 0", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 8, end_line: 1, end_offset: 9, text: Some("lambda /: 0\n") },
    Case { src: "def f(*, a, /): pass", class: "SyntaxError", msg: "/ must be ahead of *", line: 1, offset: 13, end_line: 1, end_offset: 14, text: Some("def f(*, a, /): pass\n") },
    Case { src: "def f(a=1, /, b): pass", class: "SyntaxError", msg: "non-default argument follows default argument", line: 1, offset: 15, end_line: 1, end_offset: 16, text: Some("def f(a=1, /, b): pass\n") },
    Case { src: "x = 1 2", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 7, end_line: 1, end_offset: 8, text: Some("x = 1 2\n") },
    Case { src: "x = 1 = 2", class: "SyntaxError", msg: "cannot assign to literal", line: 1, offset: 5, end_line: 1, end_offset: 6, text: Some("x = 1 = 2\n") },
    Case { src: "f() = g() = 1", class: "SyntaxError", msg: "cannot assign to function call", line: 1, offset: 1, end_line: 1, end_offset: 4, text: Some("f() = g() = 1\n") },
    Case { src: "x = f() = 1", class: "SyntaxError", msg: "cannot assign to function call", line: 1, offset: 5, end_line: 1, end_offset: 8, text: Some("x = f() = 1\n") },
    Case { src: "[f()] = 1", class: "SyntaxError", msg: "cannot assign to function call", line: 1, offset: 2, end_line: 1, end_offset: 5, text: Some("[f()] = 1\n") },
    Case { src: "a < b = 1", class: "SyntaxError", msg: "cannot assign to comparison", line: 1, offset: 1, end_line: 1, end_offset: 6, text: Some("a < b = 1\n") },
    Case { src: "(a + b) = 1", class: "SyntaxError", msg: "cannot assign to expression here. Maybe you meant '==' instead of '='?", line: 1, offset: 2, end_line: 1, end_offset: 7, text: Some("(a + b) = 1\n") },
    Case { src: "f() = 1, 2", class: "SyntaxError", msg: "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, offset: 1, end_line: 1, end_offset: 4, text: Some("f() = 1, 2\n") },
    Case { src: "f() = not x", class: "SyntaxError", msg: "cannot assign to function call", line: 1, offset: 1, end_line: 1, end_offset: 4, text: Some("f() = not x\n") },
    Case { src: "for f() in x: pass", class: "SyntaxError", msg: "cannot assign to function call", line: 1, offset: 5, end_line: 1, end_offset: 8, text: Some("for f() in x: pass\n") },
    Case { src: "for x + 1 in y: pass", class: "SyntaxError", msg: "cannot assign to expression", line: 1, offset: 5, end_line: 1, end_offset: 10, text: Some("for x + 1 in y: pass\n") },
    Case { src: "[x for f() in y]", class: "SyntaxError", msg: "cannot assign to function call", line: 1, offset: 8, end_line: 1, end_offset: 11, text: Some("[x for f() in y]\n") },
    Case { src: "with a as f(): pass", class: "SyntaxError", msg: "cannot assign to function call", line: 1, offset: 11, end_line: 1, end_offset: 14, text: Some("with a as f(): pass\n") },
    Case { src: "(a.b := 1)", class: "SyntaxError", msg: "cannot use assignment expressions with attribute", line: 1, offset: 2, end_line: 1, end_offset: 5, text: Some("(a.b := 1)\n") },
    Case { src: "if x = 1: pass", class: "SyntaxError", msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, offset: 4, end_line: 1, end_offset: 9, text: Some("if x = 1: pass\n") },
    Case { src: "if x.y = 1: pass", class: "SyntaxError", msg: "cannot assign to attribute here. Maybe you meant '==' instead of '='?", line: 1, offset: 4, end_line: 1, end_offset: 7, text: Some("if x.y = 1: pass\n") },
    Case { src: "while x = 1: pass", class: "SyntaxError", msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, offset: 7, end_line: 1, end_offset: 12, text: Some("while x = 1: pass\n") },
    Case { src: "f(a, x = 1 = 2)", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 12, end_line: 1, end_offset: 13, text: Some("f(a, x = 1 = 2)\n") },
    Case { src: "[x = 1]", class: "SyntaxError", msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, offset: 2, end_line: 1, end_offset: 7, text: Some("[x = 1]\n") },
    Case { src: "(x, y): int", class: "SyntaxError", msg: "only single target (not tuple) can be annotated", line: 1, offset: 1, end_line: 1, end_offset: 7, text: Some("(x, y): int\n") },
    Case { src: "[x]: int", class: "SyntaxError", msg: "only single target (not list) can be annotated", line: 1, offset: 1, end_line: 1, end_offset: 4, text: Some("[x]: int\n") },
    Case { src: "f(): int", class: "SyntaxError", msg: "illegal target for annotation", line: 1, offset: 1, end_line: 1, end_offset: 4, text: Some("f(): int\n") },
    Case { src: "x = yield = 1", class: "SyntaxError", msg: "assignment to yield expression not possible", line: 1, offset: 5, end_line: 1, end_offset: 10, text: Some("x = yield = 1\n") },
    Case { src: "try:\n  x\ny = 1", class: "SyntaxError", msg: "expected 'except' or 'finally' block", line: 3, offset: 1, end_line: 3, end_offset: 2, text: Some("y = 1\n") },
    Case { src: "try:\n  x\nexcept:\n  pass\nelse:\n  pass\nexcept:\n  pass", class: "SyntaxError", msg: "invalid syntax", line: 7, offset: 1, end_line: 7, end_offset: 7, text: Some("except:\n") },
    Case { src: "if x:\n  a\n else:\n  b", class: "IndentationError", msg: "unindent does not match any outer indentation level", line: 3, offset: 7, end_line: 3, end_offset: 0, text: Some(" else:\n") },
    Case { src: "class A:\npass", class: "IndentationError", msg: "expected an indented block after class definition on line 1", line: 2, offset: 1, end_line: 2, end_offset: 5, text: Some("pass\n") },
    Case { src: "except a, b: pass", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 1, end_line: 1, end_offset: 7, text: Some("except a, b: pass\n") },
    Case { src: "try:\n  pass\nexcept a, b:\n  pass", class: "SyntaxError", msg: "multiple exception types must be parenthesized", line: 3, offset: 8, end_line: 3, end_offset: 12, text: Some("except a, b:\n") },
    Case { src: "from x import a,", class: "SyntaxError", msg: "trailing comma not allowed without surrounding parentheses", line: 1, offset: 17, end_line: 1, end_offset: 17, text: Some("from x import a,\n") },
    Case { src: "x = (", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = (\n") },
    Case { src: "x = [1, 2", class: "SyntaxError", msg: "'[' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = [1, 2\n") },
    Case { src: "print('hi'", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 6, end_line: 1, end_offset: 0, text: Some("print('hi'\n") },
    Case { src: "x = f'{}'", class: "SyntaxError", msg: "f-string: empty expression not allowed", line: 1, offset: 10, end_line: 1, end_offset: 10, text: Some("x = f'{}'\n") },
    Case { src: "x = f'{ }'", class: "SyntaxError", msg: "f-string: empty expression not allowed", line: 1, offset: 11, end_line: 1, end_offset: 11, text: Some("x = f'{ }'\n") },
    Case { src: "x = f'{'", class: "SyntaxError", msg: "f-string: expecting '}'", line: 1, offset: 9, end_line: 1, end_offset: 9, text: Some("x = f'{'\n") },
    Case { src: "x = f'}'", class: "SyntaxError", msg: "f-string: single '}' is not allowed", line: 1, offset: 9, end_line: 1, end_offset: 9, text: Some("x = f'}'\n") },
    Case { src: "x = f'{x!z}'", class: "SyntaxError", msg: "f-string: invalid conversion character: expected 's', 'r', or 'a'", line: 1, offset: 13, end_line: 1, end_offset: 13, text: Some("x = f'{x!z}'\n") },
    Case { src: "x = f'{x!}'", class: "SyntaxError", msg: "f-string: invalid conversion character: expected 's', 'r', or 'a'", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{x!}'\n") },
    Case { src: "x = f'{x!r'", class: "SyntaxError", msg: "f-string: expecting '}'", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{x!r'\n") },
    Case { src: "x = f'{x\\n}'", class: "SyntaxError", msg: "f-string expression part cannot include a backslash", line: 1, offset: 13, end_line: 1, end_offset: 13, text: Some("x = f'{x\\n}'\n") },
    Case { src: "x = f'{x#}'", class: "SyntaxError", msg: "f-string expression part cannot include '#'", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{x#}'\n") },
    Case { src: "x = f'{a b}'", class: "SyntaxError", msg: "f-string: invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 2, end_line: 1, end_offset: 5, text: Some("(a b)\n") },
    Case { src: "x = f'{a +}'", class: "SyntaxError", msg: "f-string: invalid syntax", line: 1, offset: 5, end_line: 1, end_offset: 6, text: Some("(a +)\n") },
    Case { src: "x = f'{a)}'", class: "SyntaxError", msg: "f-string: unmatched ')'", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{a)}'\n") },
    Case { src: "x = f'{(a}'", class: "SyntaxError", msg: "f-string: closing parenthesis '}' does not match opening parenthesis '('", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{(a}'\n") },
    Case { src: "x = f'{x:{y:{z}}}'", class: "SyntaxError", msg: "f-string: expressions nested too deeply", line: 1, offset: 19, end_line: 1, end_offset: 19, text: Some("x = f'{x:{y:{z}}}'\n") },
    Case { src: "x = f'{*a}'", class: "SyntaxError", msg: "f-string: cannot use starred expression here", line: 1, offset: 2, end_line: 1, end_offset: 4, text: Some("(*a)\n") },
    Case { src: "x = f'{x!r=}'", class: "SyntaxError", msg: "f-string: expecting '}'", line: 1, offset: 14, end_line: 1, end_offset: 14, text: Some("x = f'{x!r=}'\n") },
    Case { src: "x = 1 + f'{a b}'", class: "SyntaxError", msg: "f-string: invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 2, end_line: 1, end_offset: 5, text: Some("(a b)\n") },
    Case { src: "x = f'''\n{a b}'''", class: "SyntaxError", msg: "f-string: invalid syntax. Perhaps you forgot a comma?", line: 2, offset: 2, end_line: 2, end_offset: 5, text: Some("(a b)\n") },
    Case { src: "x = f'a' b'c'", class: "SyntaxError", msg: "cannot mix bytes and nonbytes literals", line: 1, offset: 14, end_line: 1, end_offset: 14, text: Some("x = f'a' b'c'\n") },
    Case { src: "f(a=1, b, c)", class: "SyntaxError", msg: "positional argument follows keyword argument", line: 1, offset: 12, end_line: 1, end_offset: 13, text: Some("f(a=1, b, c)\n") },
    Case { src: "f(a=1, bb + 1)", class: "SyntaxError", msg: "positional argument follows keyword argument", line: 1, offset: 14, end_line: 1, end_offset: 15, text: Some("f(a=1, bb + 1)\n") },
    Case { src: "f(a=1, b,)", class: "SyntaxError", msg: "positional argument follows keyword argument", line: 1, offset: 10, end_line: 1, end_offset: 11, text: Some("f(a=1, b,)\n") },
    Case { src: "f(**k, bbb)", class: "SyntaxError", msg: "positional argument follows keyword argument unpacking", line: 1, offset: 11, end_line: 1, end_offset: 12, text: Some("f(**k, bbb)\n") },
    Case { src: "f(**k, *bbb)", class: "SyntaxError", msg: "iterable argument unpacking follows keyword argument unpacking", line: 1, offset: 8, end_line: 1, end_offset: 9, text: Some("f(**k, *bbb)\n") },
    Case { src: "f(**k, *bbb, c)", class: "SyntaxError", msg: "iterable argument unpacking follows keyword argument unpacking", line: 1, offset: 8, end_line: 1, end_offset: 9, text: Some("f(**k, *bbb, c)\n") },
    Case { src: "class A(x=1, y): pass", class: "SyntaxError", msg: "positional argument follows keyword argument", line: 1, offset: 15, end_line: 1, end_offset: 16, text: Some("class A(x=1, y): pass\n") },
    Case { src: "def f(x, *): pass", class: "SyntaxError", msg: "named arguments must follow bare *", line: 1, offset: 10, end_line: 1, end_offset: 11, text: Some("def f(x, *): pass\n") },
    Case { src: "def f(x, *, **k): pass", class: "SyntaxError", msg: "named arguments must follow bare *", line: 1, offset: 10, end_line: 1, end_offset: 11, text: Some("def f(x, *, **k): pass\n") },
    Case { src: "print 'hi', 1", class: "SyntaxError", msg: "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, offset: 1, end_line: 1, end_offset: 14, text: Some("print 'hi', 1\n") },
    Case { src: "print x", class: "SyntaxError", msg: "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, offset: 1, end_line: 1, end_offset: 8, text: Some("print x\n") },
    Case { src: "exec 'x'", class: "SyntaxError", msg: "Missing parentheses in call to 'exec'. Did you mean exec(...)?", line: 1, offset: 1, end_line: 1, end_offset: 9, text: Some("exec 'x'\n") },
    Case { src: "x = [a, b c d]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 9, end_line: 1, end_offset: 12, text: Some("x = [a, b c d]\n") },
    Case { src: "x = [a b + c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 13, text: Some("x = [a b + c]\n") },
    Case { src: "x = [a + b c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 13, text: Some("x = [a + b c]\n") },
    Case { src: "x = [a.b c.d]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 13, text: Some("x = [a.b c.d]\n") },
    Case { src: "x = [f(a) b]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 12, text: Some("x = [f(a) b]\n") },
    Case { src: "x = [1 if a else b c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 18, end_line: 1, end_offset: 21, text: Some("x = [1 if a else b c]\n") },
    Case { src: "x = ['a' 'b' c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 15, text: Some("x = ['a' 'b' c]\n") },
    Case { src: "x = [a 'b']", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 8, end_line: 1, end_offset: 11, text: Some("x = [a 'b']\n") },
    Case { src: "x = [a b for b in c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 9, text: Some("x = [a b for b in c]\n") },
    Case { src: "x = [a, b\n c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 9, end_line: 2, end_offset: 3, text: Some("x = [a, b") },
    Case { src: "x = f(a, b c=1)", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 10, end_line: 1, end_offset: 13, text: Some("x = f(a, b c=1)\n") },
    Case { src: "x = a b", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 7, end_line: 1, end_offset: 8, text: Some("x = a b\n") },
    Case { src: "x = [match b]", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 12, end_line: 1, end_offset: 13, text: Some("x = [match b]\n") },
    Case { src: "x = [not a b]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 13, text: Some("x = [not a b]\n") },
    Case { src: "x = [a not b]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 13, text: Some("x = [a not b]\n") },
    Case { src: "x = [a in b c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 14, text: Some("x = [a in b c]\n") },
    Case { src: "x = [-a b]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 10, text: Some("x = [-a b]\n") },
    Case { src: "x = [a -b c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 12, text: Some("x = [a -b c]\n") },
    Case { src: "x = [1 2]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 9, text: Some("x = [1 2]\n") },
    Case { src: "x = [a lambda: b]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 17, text: Some("x = [a lambda: b]\n") },
    Case { src: "x = a if b", class: "SyntaxError", msg: "expected 'else' after 'if' expression", line: 1, offset: 5, end_line: 1, end_offset: 11, text: Some("x = a if b\n") },
    Case { src: "x = [a if b]", class: "SyntaxError", msg: "expected 'else' after 'if' expression", line: 1, offset: 6, end_line: 1, end_offset: 12, text: Some("x = [a if b]\n") },
    Case { src: "def f(:\n  pass", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 7, end_line: 1, end_offset: 8, text: Some("def f(:\n") },
    Case { src: "def f()\n  pass", class: "SyntaxError", msg: "expected ':'", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("def f()\n") },
    Case { src: "class A\n  pass", class: "SyntaxError", msg: "expected ':'", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("class A\n") },
    Case { src: "for x in y\n  pass", class: "SyntaxError", msg: "expected ':'", line: 1, offset: 11, end_line: 1, end_offset: 11, text: Some("for x in y\n") },
    Case { src: "while x\n  pass", class: "SyntaxError", msg: "expected ':'", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("while x\n") },
    Case { src: "else:\n  pass", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 1, end_line: 1, end_offset: 5, text: Some("else:\n") },
    Case { src: "x = 1\n  y = 2", class: "IndentationError", msg: "unexpected indent", line: 2, offset: 2, end_line: 2, end_offset: 0, text: Some("  y = 2\n") },
    Case { src: "if x:\n  y\n    z", class: "IndentationError", msg: "unexpected indent", line: 3, offset: 4, end_line: 3, end_offset: 0, text: Some("    z\n") },
    Case { src: "def f():\n  return\n x", class: "IndentationError", msg: "unindent does not match any outer indentation level", line: 3, offset: 3, end_line: 3, end_offset: 0, text: Some(" x\n") },
    Case { src: "x = [\n1,\n2\n", class: "SyntaxError", msg: "'[' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = [") },
    Case { src: "x = {\n", class: "SyntaxError", msg: "'{' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("x = {\n") },
    Case { src: "x = '''\n\n", class: "SyntaxError", msg: "unterminated triple-quoted string literal (detected at line 2)", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = '''") },
    Case { src: "x = 'abc' 'def", class: "SyntaxError", msg: "unterminated string literal (detected at line 1)", line: 1, offset: 11, end_line: 1, end_offset: 11, text: Some("x = 'abc' 'def") },
    Case { src: "x = 5 if 3", class: "SyntaxError", msg: "expected 'else' after 'if' expression", line: 1, offset: 5, end_line: 1, end_offset: 11, text: Some("x = 5 if 3\n") },
    Case { src: "del *x", class: "SyntaxError", msg: "cannot delete starred", line: 1, offset: 5, end_line: 1, end_offset: 7, text: Some("del *x\n") },
    Case { src: "from x import *, y", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 16, end_line: 1, end_offset: 17, text: Some("from x import *, y\n") },
    Case { src: "x = 09", class: "SyntaxError", msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: 1, offset: 5, end_line: 1, end_offset: 6, text: Some("x = 09") },
    Case { src: "x = 1.__class__", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 1.__class__") },
    Case { src: "x = f'{lambda x: 1}'", class: "SyntaxError", msg: "f-string: invalid syntax", line: 1, offset: 10, end_line: 1, end_offset: 11, text: Some("(lambda x)\n") },
    Case { src: "x = f'{a['b']}'", class: "SyntaxError", msg: "f-string: unmatched '['", line: 1, offset: 16, end_line: 1, end_offset: 16, text: Some("x = f'{a['b']}'\n") },
    Case { src: "x = f'{x}}'", class: "SyntaxError", msg: "f-string: single '}' is not allowed", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{x}}'\n") },
    Case { src: "x = f'{{x}'", class: "SyntaxError", msg: "f-string: single '}' is not allowed", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{{x}'\n") },
    Case { src: "x = f'{x:}}'", class: "SyntaxError", msg: "f-string: single '}' is not allowed", line: 1, offset: 13, end_line: 1, end_offset: 13, text: Some("x = f'{x:}}'\n") },
    Case { src: "x = f'{!r}'", class: "SyntaxError", msg: "f-string: expression required before '!'", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{!r}'\n") },
    Case { src: "x = f'{x!r }'", class: "SyntaxError", msg: "f-string: expecting '}'", line: 1, offset: 14, end_line: 1, end_offset: 14, text: Some("x = f'{x!r }'\n") },
    Case { src: "x = f'{\"\\n\"}'", class: "SyntaxError", msg: "f-string expression part cannot include a backslash", line: 1, offset: 14, end_line: 1, end_offset: 14, text: Some("x = f'{\"\\n\"}'\n") },
    Case { src: "x = f'{1:{2:{3}}}'", class: "SyntaxError", msg: "f-string: expressions nested too deeply", line: 1, offset: 19, end_line: 1, end_offset: 19, text: Some("x = f'{1:{2:{3}}}'\n") },
    Case { src: "x = f'{a!r!s}'", class: "SyntaxError", msg: "f-string: expecting '}'", line: 1, offset: 15, end_line: 1, end_offset: 15, text: Some("x = f'{a!r!s}'\n") },
    Case { src: "x = f'{a:{b}'", class: "SyntaxError", msg: "f-string: expecting '}'", line: 1, offset: 14, end_line: 1, end_offset: 14, text: Some("x = f'{a:{b}'\n") },
    Case { src: "x = f'{#}'", class: "SyntaxError", msg: "f-string expression part cannot include '#'", line: 1, offset: 11, end_line: 1, end_offset: 11, text: Some("x = f'{#}'\n") },
    Case { src: "x = f'{a}' b'x'", class: "SyntaxError", msg: "cannot mix bytes and nonbytes literals", line: 1, offset: 16, end_line: 1, end_offset: 16, text: Some("x = f'{a}' b'x'\n") },
    Case { src: "x = b'a' f'{b}'", class: "SyntaxError", msg: "cannot mix bytes and nonbytes literals", line: 1, offset: 16, end_line: 1, end_offset: 16, text: Some("x = b'a' f'{b}'\n") },
    Case { src: "def f:\n  pass", class: "SyntaxError", msg: "expected '('", line: 1, offset: 6, end_line: 1, end_offset: 7, text: Some("def f:\n") },
    Case { src: "def f x:\n  pass", class: "SyntaxError", msg: "expected '('", line: 1, offset: 7, end_line: 1, end_offset: 8, text: Some("def f x:\n") },
    Case { src: "try x:\n  pass", class: "SyntaxError", msg: "expected ':'", line: 1, offset: 5, end_line: 1, end_offset: 6, text: Some("try x:\n") },
    Case { src: "try:\n  pass\nfinally x:\n  pass", class: "SyntaxError", msg: "expected ':'", line: 3, offset: 9, end_line: 3, end_offset: 10, text: Some("finally x:\n") },
    Case { src: "if x:\n  pass\nelse x:\n  pass", class: "SyntaxError", msg: "expected ':'", line: 3, offset: 6, end_line: 3, end_offset: 7, text: Some("else x:\n") },
    Case { src: "def f() -> int x:\n  pass", class: "SyntaxError", msg: "expected ':'", line: 1, offset: 16, end_line: 1, end_offset: 17, text: Some("def f() -> int x:\n") },
    Case { src: "x = {1: }", class: "SyntaxError", msg: "expression expected after dictionary key and ':'", line: 1, offset: 7, end_line: 1, end_offset: 8, text: Some("x = {1: }\n") },
    Case { src: "x = {1:2, 3}", class: "SyntaxError", msg: "':' expected after dictionary key", line: 1, offset: 11, end_line: 1, end_offset: 0, text: Some("x = {1:2, 3}\n") },
    Case { src: "f(a.b=)", class: "SyntaxError", msg: "expression cannot contain assignment, perhaps you meant \"==\"?", line: 1, offset: 3, end_line: 1, end_offset: 7, text: Some("f(a.b=)\n") },
    Case { src: "f(True=)", class: "SyntaxError", msg: "cannot assign to True", line: 1, offset: 3, end_line: 1, end_offset: 8, text: Some("f(True=)\n") },
    Case { src: "def f(a=): pass", class: "SyntaxError", msg: "expected default value expression", line: 1, offset: 8, end_line: 1, end_offset: 9, text: Some("def f(a=): pass\n") },
    Case { src: "def f(a=, b): pass", class: "SyntaxError", msg: "expected default value expression", line: 1, offset: 8, end_line: 1, end_offset: 9, text: Some("def f(a=, b): pass\n") },
    Case { src: "*a = 1", class: "SyntaxError", msg: "starred assignment target must be in a list or tuple", line: 1, offset: 1, end_line: 1, end_offset: 3, text: None },
    Case { src: "for x in *a: pass", class: "SyntaxError", msg: "can't use starred expression here", line: 1, offset: 10, end_line: 1, end_offset: 12, text: None },
    Case { src: "x = p 'a' \\ 1", class: "SyntaxError", msg: "unexpected character after line continuation character", line: 1, offset: 12, end_line: 1, end_offset: 0, text: Some("x = p 'a' \\ 1\n") },
    Case { src: "x = 1\ny = 2 + \\\n  3 \\ 4", class: "SyntaxError", msg: "unexpected character after line continuation character", line: 3, offset: 16, end_line: 3, end_offset: 0, text: Some("y = 2 + \\\n  3 \\ 4\n") },
    Case { src: "if a:\n    if b:\nc\n", class: "IndentationError", msg: "expected an indented block after 'if' statement on line 2", line: 3, offset: 0, end_line: 3, end_offset: 0, text: Some("c\n") },
    Case { src: "'a': 'b',\n", class: "SyntaxError", msg: "illegal target for annotation", line: 1, offset: 1, end_line: 1, end_offset: 4, text: Some("'a': 'b',\n") },
    Case { src: "('a', 'b'): 1,\n", class: "SyntaxError", msg: "only single target (not tuple) can be annotated", line: 1, offset: 1, end_line: 1, end_offset: 11, text: Some("('a', 'b'): 1,\n") },
    Case { src: "x = [a if b]", class: "SyntaxError", msg: "expected 'else' after 'if' expression", line: 1, offset: 6, end_line: 1, end_offset: 12, text: Some("x = [a if b]\n") },
    Case { src: "x = a if b", class: "SyntaxError", msg: "expected 'else' after 'if' expression", line: 1, offset: 5, end_line: 1, end_offset: 11, text: Some("x = a if b\n") },
    Case { src: "print 'hi', 1", class: "SyntaxError", msg: "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, offset: 1, end_line: 1, end_offset: 14, text: Some("print 'hi', 1\n") },
    Case { src: "exec 'x'", class: "SyntaxError", msg: "Missing parentheses in call to 'exec'. Did you mean exec(...)?", line: 1, offset: 1, end_line: 1, end_offset: 9, text: Some("exec 'x'\n") },
    Case { src: "x = [a, b\n c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 9, end_line: 2, end_offset: 3, text: Some("x = [a, b") },
    Case { src: "x = [1 if a else b c]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 18, end_line: 1, end_offset: 21, text: Some("x = [1 if a else b c]\n") },
    Case { src: "x = [a not b]", class: "SyntaxError", msg: "invalid syntax. Perhaps you forgot a comma?", line: 1, offset: 6, end_line: 1, end_offset: 13, text: Some("x = [a not b]\n") },
    Case { src: "defe_init(self, maxsize):\n    pass\n", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 25, end_line: 1, end_offset: 26, text: Some("defe_init(self, maxsize):\n") },
    Case { src: "setsize = 21 = # comment\n", class: "SyntaxError", msg: "cannot assign to literal", line: 1, offset: 11, end_line: 1, end_offset: 13, text: Some("setsize = 21 = # comment\n") },
    Case { src: "list(a) =\n  [1]\n", class: "SyntaxError", msg: "cannot assign to function call", line: 1, offset: 1, end_line: 1, end_offset: 8, text: Some("list(a) =\n") },
    Case { src: "if x = 1 or y:\n  pass", class: "SyntaxError", msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, offset: 4, end_line: 1, end_offset: 9, text: Some("if x = 1 or y:\n") },
    Case { src: "x = (y % 100 = 0 or z)", class: "SyntaxError", msg: "cannot assign to expression here. Maybe you meant '==' instead of '='?", line: 1, offset: 6, end_line: 1, end_offset: 13, text: Some("x = (y % 100 = 0 or z)\n") },
    Case { src: "x = f'{!r}'", class: "SyntaxError", msg: "f-string: expression required before '!'", line: 1, offset: 12, end_line: 1, end_offset: 12, text: Some("x = f'{!r}'\n") },
    Case { src: "x = f'{:>3}'", class: "SyntaxError", msg: "f-string: expression required before ':'", line: 1, offset: 13, end_line: 1, end_offset: 13, text: Some("x = f'{:>3}'\n") },
    Case { src: "x = f'{a['b']}'", class: "SyntaxError", msg: "f-string: unmatched '['", line: 1, offset: 16, end_line: 1, end_offset: 16, text: Some("x = f'{a['b']}'\n") },
    Case { src: "x = 1验", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 6, end_line: 1, end_offset: 7, text: Some("x = 1验\n") },
    Case { src: "if s{lf.width <= 0:\n", class: "SyntaxError", msg: "'{' was never closed", line: 1, offset: 5, end_line: 1, end_offset: 0, text: Some("if s{lf.width <= 0:\n") },
    Case { src: "class R{ational(Real):\n    pass\n", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 8, end_line: 1, end_offset: 9, text: Some("class R{ational(Real):\n") },
    Case { src: "from termios im(port *\n", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 14, end_line: 1, end_offset: 16, text: Some("from termios im(port *\n") },
    Case { src: "x = 5 if 3 else", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 16, end_line: 1, end_offset: 16, text: Some("x = 5 if 3 else\n") },
    Case { src: "try:\n    x = 1\n", class: "SyntaxError", msg: "expected 'except' or 'finally' block", line: 2, offset: 10, end_line: 2, end_offset: 0, text: Some("    x = 1\n") },
    Case { src: "if True:\n\tx = 1\n        y = 2\n", class: "TabError", msg: "inconsistent use of tabs and spaces in indentation", line: 3, offset: 1, end_line: 3, end_offset: 0, text: Some("        y = 2\n") },
    Case { src: "x = '''abc\n\ndef", class: "SyntaxError", msg: "unterminated triple-quoted string literal (detected at line 3)", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = '''abc") },
    Case { src: "x = 'abc\\\ndef", class: "SyntaxError", msg: "unterminated string literal (detected at line 2)", line: 1, offset: 5, end_line: 1, end_offset: 5, text: Some("x = 'abc\\") },
    Case { src: "x = 1 +\n  2", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("x = 1 +\n") },
    Case { src: "while True print(x)", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 12, end_line: 1, end_offset: 17, text: Some("while True print(x)\n") },
    Case { src: "for i in range(10) print(i)", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 20, end_line: 1, end_offset: 25, text: Some("for i in range(10) print(i)\n") },
    Case { src: "import a.b as", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 14, end_line: 1, end_offset: 14, text: Some("import a.b as\n") },
    Case { src: "from . import (a, b", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 15, end_line: 1, end_offset: 0, text: Some("from . import (a, b\n") },
    Case { src: "x = [i for i in range(3) if]", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 28, end_line: 1, end_offset: 29, text: Some("x = [i for i in range(3) if]\n") },
    Case { src: "f(**x, y=1, *z)", class: "SyntaxError", msg: "iterable argument unpacking follows keyword argument unpacking", line: 1, offset: 13, end_line: 1, end_offset: 14, text: Some("f(**x, y=1, *z)\n") },
    Case { src: "def f(*, a): pass\nf(1, a=2, a=3)", class: "SyntaxError", msg: "keyword argument repeated: a", line: 2, offset: 11, end_line: 2, end_offset: 14, text: None },
    Case { src: "class A(metaclass=M, metaclass=N): pass", class: "SyntaxError", msg: "keyword argument repeated: metaclass", line: 1, offset: 22, end_line: 1, end_offset: 33, text: None },
    Case { src: "x = 1\n\tif x:\n  pass", class: "IndentationError", msg: "unexpected indent", line: 2, offset: 1, end_line: 2, end_offset: 0, text: Some("\tif x:\n") },
    Case { src: "x = 0b102", class: "SyntaxError", msg: "invalid digit '2' in binary literal", line: 1, offset: 9, end_line: 1, end_offset: 9, text: Some("x = 0b102") },
    Case { src: "x = 0o19", class: "SyntaxError", msg: "invalid digit '9' in octal literal", line: 1, offset: 8, end_line: 1, end_offset: 8, text: Some("x = 0o19") },
    Case { src: "x = 1__2", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 1__2") },
    Case { src: "x = 1e-", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 7, end_line: 1, end_offset: 7, text: Some("x = 1e-") },
    Case { src: "x = .5j5", class: "SyntaxError", msg: "invalid imaginary literal", line: 1, offset: 7, end_line: 1, end_offset: 7, text: Some("x = .5j5") },
    Case { src: "x = 0_", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 6, end_line: 1, end_offset: 6, text: Some("x = 0_") },
    Case { src: "x = 0x_", class: "SyntaxError", msg: "invalid hexadecimal literal", line: 1, offset: 7, end_line: 1, end_offset: 7, text: Some("x = 0x_") },
    Case { src: "x = 1.2.3", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 8, end_line: 1, end_offset: 10, text: Some("x = 1.2.3\n") },
    Case { src: "x = 123abc", class: "SyntaxError", msg: "invalid decimal literal", line: 1, offset: 7, end_line: 1, end_offset: 7, text: Some("x = 123abc") },
];

/// `eval()` input.
#[rustfmt::skip]
const EVAL_CASES: &[Case] = &[
    Case { src: "x = 1", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 3, end_line: 1, end_offset: 4, text: Some("x = 1") },
    Case { src: "1 +", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 0, end_line: 1, end_offset: 0, text: Some("1 +") },
    Case { src: "(1,", class: "SyntaxError", msg: "'(' was never closed", line: 1, offset: 1, end_line: 1, end_offset: 0, text: Some("(1,") },
    Case { src: "a b", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 3, end_line: 1, end_offset: 4, text: Some("a b") },
    Case { src: "1\n2", class: "SyntaxError", msg: "invalid syntax", line: 2, offset: 1, end_line: 2, end_offset: 2, text: Some("2") },
    Case { src: "if x", class: "SyntaxError", msg: "invalid syntax", line: 1, offset: 1, end_line: 1, end_offset: 3, text: Some("if x") },
    Case { src: "f(**a, *b)", class: "SyntaxError", msg: "iterable argument unpacking follows keyword argument unpacking", line: 1, offset: 8, end_line: 1, end_offset: 9, text: Some("f(**a, *b)") },
];

fn check(case: &Case, got: Result<(), SyntaxError>) -> Option<String> {
    let Err(e) = got else {
        return Some(format!("{:?}: parsed, expected {}", case.src, case.msg));
    };
    let want = (
        case.class,
        case.msg,
        case.line,
        case.offset,
        case.end_line,
        case.end_offset,
    );
    let have = (
        e.class_name(),
        e.msg.as_str(),
        e.lineno,
        e.offset,
        e.end_lineno,
        e.end_offset,
    );
    if want != have {
        return Some(format!("{:?}:\n  want {want:?}\n  have {have:?}", case.src));
    }
    match case.text {
        Some(t) if e.text.as_deref() != Some(t) => {
            Some(format!("{:?}: text {:?}, want {t:?}", case.src, e.text))
        }
        _ => None,
    }
}

#[test]
fn module_errors_match_cpython() {
    let failures: Vec<String> = MODULE_CASES
        .iter()
        .filter_map(|c| check(c, parse_module(c.src, "f").map(|_| ())))
        .collect();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn eval_errors_match_cpython() {
    let failures: Vec<String> = EVAL_CASES
        .iter()
        .filter_map(|c| check(c, parse_expression(c.src, "f").map(|_| ())))
        .collect();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn filename_is_recorded() {
    let e = parse_module("x = = 1", "prog.py").unwrap_err();
    assert_eq!(e.filename, "prog.py");
}

#[test]
fn incomplete_input_is_flagged_for_the_repl() {
    for src in [
        "x = (1,",
        "if x:\n",
        "def f():",
        "s = \"\"\"abc",
        "x = 1 + \\",
    ] {
        let e = parse_module(src, "<stdin>").unwrap_err();
        assert!(e.incomplete, "{src:?} should be incomplete: {e:?}");
    }
    for src in ["x = = 1", "x = 'abc", "x = (1]", "  x"] {
        let e = parse_module(src, "<stdin>").unwrap_err();
        assert!(!e.incomplete, "{src:?} should be complete: {e:?}");
    }
}

#[test]
fn too_many_nested_parentheses() {
    let src = format!("x = {}1{}", "(".repeat(1000), ")".repeat(1000));
    let e = parse_module(&src, "f").unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.lineno, e.offset),
        ("too many nested parentheses", 1, 205)
    );
    let ok = format!("x = {}1{}", "[".repeat(199), "]".repeat(199));
    assert!(parse_module(&ok, "f").is_ok());
}

#[test]
fn deep_nesting_is_bounded_without_overflowing() {
    let cases = [
        format!("{}1", "-".repeat(100_000)),
        format!("{}x", "not ".repeat(50_000)),
        format!("a{}", ".b".repeat(100_000)),
        format!("1{}", "+1".repeat(100_000)),
        format!("{}1", "lambda: ".repeat(50_000)),
        format!("x{}", "()".repeat(100_000)),
        format!("{}1", "2**".repeat(100_000)),
        format!("{}1", "1 if 1 else ".repeat(50_000)),
    ];
    for src in cases {
        let e = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || parse_module(&src, "f").map(|_| ()).unwrap_err())
            .expect("thread starts")
            .join()
            .expect("parsing deep input does not overflow the stack");
        assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    }
}

#[test]
fn moderately_deep_input_parses() {
    for src in [
        format!("{}1", "-".repeat(1000)),
        format!("a{}", ".b".repeat(1000)),
        format!("1{}", "+1".repeat(2000)),
    ] {
        let ok = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || parse_module(&src, "f").is_ok())
            .expect("thread starts")
            .join()
            .expect("no overflow");
        assert!(ok);
    }
}

#[test]
fn too_many_levels_of_indentation() {
    let deep: String = (0..100)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    let e = parse_module(&(deep + &" ".repeat(100) + "pass\n"), "f").unwrap_err();
    assert_eq!(
        (e.class_name(), e.msg.as_str(), e.lineno),
        ("IndentationError", "too many levels of indentation", 101)
    );
    assert_eq!((e.offset, e.end_offset), (1, 0));
}

#[test]
fn null_bytes_and_huge_literals() {
    let e = parse_module("x = 1\0", "f").unwrap_err();
    assert_eq!(e.msg, "source code string cannot contain null bytes");
    let e = parse_module(&format!("x = {}", "1".repeat(5000)), "f").unwrap_err();
    assert!(e.msg.starts_with(
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits"
    ));
    assert!(parse_module(&format!("x = 0x{}", "f".repeat(100_000)), "f").is_ok());
}

#[test]
fn compile_time_errors_wait_for_syntax_errors() {
    // CPython reports the later syntax error before the earlier duplicate keyword.
    let e = parse_module("f(a=1, a=2)\nx = = 1\n", "f").unwrap_err();
    assert_eq!((e.msg.as_str(), e.lineno), ("invalid syntax", 2));
    let e = parse_module("def g(a, a): pass\nf(b=1, b=2)\n", "f").unwrap_err();
    assert_eq!(e.msg, "duplicate argument 'a' in function definition");
}
