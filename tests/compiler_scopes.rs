//! Scope analysis and code-object shape: locals, cells, free variables,
//! flags, qualified names and the instructions chosen for each name.

use gilpy::compiler::code::{CodeObject, ConstValue};
use gilpy::compiler::opcode::Instr;
use gilpy::compiler::{Mode, compile, compile_expression};
use gilpy::parser::parse_module;
use std::rc::Rc;

fn compile_src(source: &str) -> Rc<CodeObject> {
    let module = parse_module(source, "t.py").expect("parses");
    compile(&module, source, "t.py", Mode::Exec).expect("compiles")
}

/// The nested code object called `name`, searched depth first.
fn find<'c>(code: &'c CodeObject, name: &str) -> Option<&'c CodeObject> {
    if &*code.name == name {
        return Some(code);
    }
    code.consts.iter().find_map(|c| match c {
        ConstValue::Code(inner) => find(inner, name),
        _ => None,
    })
}

fn strs(names: &[Rc<str>]) -> Vec<&str> {
    names.iter().map(|n| &**n).collect()
}

fn uses_name(code: &CodeObject, pred: impl Fn(&Instr) -> Option<u32>, name: &str) -> bool {
    code.instructions
        .iter()
        .filter_map(pred)
        .any(|i| &*code.names[i as usize] == name)
}

#[test]
fn closures_use_cells_and_free_variables() {
    let code =
        compile_src("def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n");
    let f = find(&code, "f").unwrap();
    assert_eq!(strs(&f.cellvars), ["a", "c"]);
    assert_eq!(f.cell_params, [(0, 0)]);
    assert_eq!(strs(&f.varnames), ["a", "b", "g"]);
    let g = find(&code, "g").unwrap();
    assert_eq!(strs(&g.freevars), ["a", "c"]);
    assert_eq!(&*g.qualname, "f.<locals>.g");
    assert!(g.flags.nested && g.flags.optimized);
    assert!(g.instructions.contains(&Instr::LoadDeref(0)));
}

#[test]
fn free_variables_pass_through_intermediate_scopes() {
    let code = compile_src(
        "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    );
    assert_eq!(strs(&find(&code, "g").unwrap().freevars), ["x"]);
    assert_eq!(strs(&find(&code, "h").unwrap().freevars), ["x"]);
    assert_eq!(strs(&find(&code, "f").unwrap().cellvars), ["x"]);
}

#[test]
fn methods_do_not_see_class_scope() {
    let code = compile_src("class A:\n    x = 1\n    def m(self):\n        return x\n");
    let m = find(&code, "m").unwrap();
    assert!(m.freevars.is_empty());
    assert!(uses_name(
        m,
        |i| if let Instr::LoadGlobal(n) = i {
            Some(*n)
        } else {
            None
        },
        "x"
    ));
    assert_eq!(&*m.qualname, "A.m");
}

#[test]
fn zero_argument_super_gets_a_class_cell() {
    let code = compile_src("class A(B):\n    def m(self):\n        return super().m()\n");
    let a = find(&code, "A").unwrap();
    assert_eq!(strs(&a.cellvars), ["__class__"]);
    let n = a.instructions.len();
    assert_eq!(a.instructions[n - 4], Instr::LoadClosure(0));
    assert!(
        matches!(a.instructions[n - 3], Instr::StoreName(i) if &*a.names[i as usize] == "__classcell__")
    );
    assert_eq!(strs(&find(&code, "m").unwrap().freevars), ["__class__"]);
}

#[test]
fn class_bodies_load_free_variables_with_class_deref() {
    let code = compile_src("def f():\n    v = 1\n    class C:\n        w = v\n    return C\n");
    let c = find(&code, "C").unwrap();
    assert_eq!(strs(&c.freevars), ["v"]);
    assert!(c.instructions.contains(&Instr::LoadClassDeref(0)));
    assert_eq!(&*c.qualname, "f.<locals>.C");
}

#[test]
fn private_names_are_mangled() {
    let code = compile_src(
        "class K:\n    __slot = 1\n    def m(self, __p):\n        return self.__attr + __p + self.__dunder__\n",
    );
    let k = find(&code, "K").unwrap();
    assert!(strs(&k.names).contains(&"_K__slot"));
    let m = find(&code, "m").unwrap();
    assert_eq!(strs(&m.varnames), ["self", "_K__p"]);
    assert!(strs(&m.names).contains(&"_K__attr"));
    assert!(strs(&m.names).contains(&"__dunder__"));
}

#[test]
fn comprehensions_are_functions_of_dot_zero() {
    let code = compile_src("def f(xs):\n    return [x for x in xs if (y := x)], y\n");
    let comp = find(&code, "<listcomp>").unwrap();
    assert_eq!(comp.argcount, 1);
    assert_eq!(strs(&comp.varnames), [".0", "x"]);
    assert_eq!(strs(&comp.freevars), ["y"]);
    assert_eq!(&*comp.qualname, "f.<locals>.<listcomp>");
    assert_eq!(strs(&find(&code, "f").unwrap().cellvars), ["y"]);
}

#[test]
fn module_level_walrus_in_comprehension_is_global() {
    let code = compile_src("[last := i for i in range(3)]\n");
    let comp = find(&code, "<listcomp>").unwrap();
    assert!(uses_name(
        comp,
        |i| if let Instr::StoreGlobal(n) = i {
            Some(*n)
        } else {
            None
        },
        "last"
    ));
}

#[test]
fn generators_are_flagged() {
    let code =
        compile_src("def g():\n    yield 1\ndef h():\n    return 1\nx = (i for i in range(3))\n");
    assert!(find(&code, "g").unwrap().flags.generator);
    assert!(!find(&code, "h").unwrap().flags.generator);
    let genexpr = find(&code, "<genexpr>").unwrap();
    assert!(genexpr.flags.generator);
    assert!(genexpr.instructions.contains(&Instr::YieldValue));
}

#[test]
fn function_shapes_and_docstrings() {
    let code = compile_src("def f(a, /, b, *args, c, d=1, **kw):\n    'doc'\n    return a\n");
    let f = find(&code, "f").unwrap();
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 2));
    assert!(f.flags.varargs && f.flags.varkeywords);
    assert_eq!(strs(&f.varnames), ["a", "b", "c", "d", "args", "kw"]);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!(code.locations.len(), code.instructions.len());
}

#[test]
fn loops_close_with_backward_jumps() {
    let code = compile_src("while x:\n    x -= 1\nfor i in y:\n    pass\n");
    let backward = code
        .instructions
        .iter()
        .filter(|i| matches!(i, Instr::JumpBackward(_)))
        .count();
    assert_eq!(backward, 2);
    for (at, instr) in code.instructions.iter().enumerate() {
        match instr {
            Instr::JumpBackward(t) => assert!((*t as usize) <= at),
            Instr::Jump(t) => assert!((*t as usize) > at),
            _ => {}
        }
    }
}

#[test]
fn global_and_nonlocal_choose_instructions() {
    let code = compile_src(
        "def f():\n    global g\n    g = 1\n    n = 2\n    def h():\n        nonlocal n\n        n = 3\n    return h\n",
    );
    let f = find(&code, "f").unwrap();
    assert!(uses_name(
        f,
        |i| if let Instr::StoreGlobal(n) = i {
            Some(*n)
        } else {
            None
        },
        "g"
    ));
    assert!(
        find(&code, "h")
            .unwrap()
            .instructions
            .contains(&Instr::StoreDeref(0))
    );
}

#[test]
fn interactive_mode_echoes_expressions() {
    let source = "1 + 1\nx = 2\nx\n";
    let module = parse_module(source, "<stdin>").unwrap();
    let code = compile(&module, source, "<stdin>", Mode::Interactive).unwrap();
    let echoes = code
        .instructions
        .iter()
        .filter(|i| **i == Instr::PrintExpr)
        .count();
    assert_eq!(echoes, 2);
}

#[test]
fn eval_mode_returns_the_value() {
    let source = "a + 1";
    let module = parse_module(source, "<string>").unwrap();
    let code = compile(&module, source, "<string>", Mode::Eval).unwrap();
    assert_eq!(code.instructions.last(), Some(&Instr::ReturnValue));
    assert_eq!(
        code.instructions[code.instructions.len() - 2],
        Instr::BinaryOp(gilpy::compiler::opcode::BinaryOperator::Add)
    );
    let ast::StmtKind::Expr(e) = &module.body[0].kind else {
        panic!()
    };
    let code2 = compile_expression(e, source, "<string>").unwrap();
    assert_eq!(code.instructions, code2.instructions);
}

use gilpy::parser::ast;

#[test]
fn calls_pick_the_right_form() {
    let code = compile_src("f(1)\nf(1, k=2)\no.m(1)\no.m(k=1)\nf(*a)\nf(**k)\no.m(*a)\n");
    let has = |want: fn(&Instr) -> bool| code.instructions.iter().any(want);
    assert!(has(|i| *i == Instr::Call(1)));
    assert!(has(|i| *i == Instr::CallKw(2)));
    assert!(has(|i| *i == Instr::CallMethod(1)));
    assert!(has(|i| *i == Instr::CallMethodKw(1)));
    assert!(has(|i| *i == Instr::CallEx(false)));
    assert!(has(|i| *i == Instr::CallEx(true)));
}
