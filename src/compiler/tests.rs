//! Unit tests of the compiler on hand-built syntax trees (no parser needed).

use super::code::ConstValue;
use super::disasm::{const_repr, float_repr, str_repr};
use super::opcode::Instr;
use super::symtable::mangle;
use super::{Mode, compile};
use crate::parser::ast::*;

fn loc(line: u32, col: u32, end_col: u32) -> Loc {
    Loc {
        line,
        col,
        end_line: line,
        end_col,
    }
}

fn name(id: &str, at: Loc) -> Expr {
    Expr::new(at, ExprKind::Name(id.to_string()))
}

fn int(v: i64, at: Loc) -> Expr {
    Expr::new(at, ExprKind::Constant(Constant::Int(v.into())))
}

fn stmt(at: Loc, kind: StmtKind) -> Stmt {
    Stmt::new(at, kind)
}

#[test]
fn assignment_at_module_level_uses_names() {
    let body = vec![stmt(
        loc(1, 0, 5),
        StmtKind::Assign {
            targets: vec![name("x", loc(1, 0, 1))],
            value: int(1, loc(1, 4, 5)),
        },
    )];
    let code = compile(&Module { body }, "x = 1\n", "m.py", Mode::Exec).unwrap();
    let expected = [
        Instr::LoadConst(0),
        Instr::StoreName(0),
        Instr::LoadConst(1),
        Instr::ReturnValue,
    ];
    assert_eq!(code.instructions, expected);
    assert_eq!(code.consts, [ConstValue::Int(1.into()), ConstValue::None]);
    assert_eq!(code.locations.len(), 4);
    assert_eq!(code.locations[0], loc(1, 4, 5));
    assert_eq!(code.locations[1], loc(1, 0, 1));
}

#[test]
fn lambda_captures_parameter_through_a_cell() {
    // def f(a): return lambda: a
    let lambda = Expr::new(
        loc(1, 17, 26),
        ExprKind::Lambda {
            args: Box::default(),
            body: Box::new(name("a", loc(1, 25, 26))),
        },
    );
    let args = Arguments {
        args: vec![Arg {
            name: "a".into(),
            annotation: None,
            loc: loc(1, 6, 7),
        }],
        ..Arguments::default()
    };
    let def = FunctionDef {
        name: "f".into(),
        args,
        body: vec![stmt(loc(1, 10, 26), StmtKind::Return(Some(lambda)))],
        decorators: vec![],
        returns: None,
    };
    let body = vec![stmt(loc(1, 0, 26), StmtKind::FunctionDef(Box::new(def)))];
    let code = compile(&Module { body }, "", "m.py", Mode::Exec).unwrap();
    let ConstValue::Code(f) = &code.consts[0] else {
        panic!("no code constant")
    };
    assert_eq!(&*f.cellvars[0], "a");
    assert_eq!(f.cell_params, [(0, 0)]);
    assert_eq!(f.instructions[0], Instr::LoadClosure(0));
}

#[test]
fn return_outside_function_is_an_error() {
    let body = vec![stmt(loc(1, 0, 6), StmtKind::Return(None))];
    let err = compile(&Module { body }, "return\n", "m.py", Mode::Exec).unwrap_err();
    assert_eq!(err.msg, "'return' outside function");
    assert_eq!((err.lineno, err.offset, err.end_offset), (1, 1, 7));
    assert_eq!(err.text.as_deref(), Some("return\n"));
}

#[test]
fn private_names_mangle_like_python() {
    assert_eq!(mangle(Some("Foo"), "__x"), "_Foo__x");
    assert_eq!(mangle(Some("_Foo"), "__x"), "_Foo__x");
    assert_eq!(mangle(Some("Foo"), "__x__"), "__x__");
    assert_eq!(mangle(Some("___"), "__x"), "__x");
    assert_eq!(mangle(Some("Foo"), "_x"), "_x");
    assert_eq!(mangle(None, "__x"), "__x");
}

#[test]
fn constants_print_like_python_reprs() {
    assert_eq!(float_repr(1.0), "1.0");
    assert_eq!(float_repr(0.1), "0.1");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1.5e-7), "1.5e-07");
    assert_eq!(float_repr(123456.789), "123456.789");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(str_repr("it's"), "\"it's\"");
    assert_eq!(str_repr("a\n'\""), "'a\\n\\'\"'");
    let one = ConstValue::Tuple(vec![ConstValue::Str("a".into())].into());
    assert_eq!(const_repr(&one), "('a',)");
    assert_eq!(
        const_repr(&ConstValue::Bytes(b"\x00a'".to_vec().into())),
        "b\"\\x00a'\""
    );
}
