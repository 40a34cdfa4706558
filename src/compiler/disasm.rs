//! The disassembler: a readable listing of a code object and every code
//! object nested in it, in the layout of CPython's `dis` module.

use super::code::{CodeObject, ConstValue};
use super::opcode::{BinaryOperator, ComparisonOperator, Conversion, Instr};
use std::fmt::Write;

/// Lists `code` and, after it, every nested code object (depth first, in constant order).
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    if !out.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "Disassembly of {}:", code_repr(code));
    let targets: Vec<u32> = code
        .instructions
        .iter()
        .filter_map(Instr::jump_target)
        .collect();
    let line_width = code
        .locations
        .iter()
        .map(|l| l.line)
        .max()
        .unwrap_or(0)
        .to_string()
        .len()
        .max(3);
    let mut last_line = None;
    for (index, instr) in code.instructions.iter().enumerate() {
        let line = code.line_of(index);
        let starts_line = last_line != Some(line);
        if starts_line && index > 0 {
            out.push('\n');
        }
        last_line = Some(line);
        let line_field = if starts_line {
            line.to_string()
        } else {
            String::new()
        };
        let marker = if targets.contains(&(index as u32)) {
            ">>"
        } else {
            "  "
        };
        let text = format!(
            "{line_field:>line_width$}     {marker} {index:>4} {}",
            operand_text(code, instr)
        );
        out.push_str(text.trim_end());
        out.push('\n');
    }
    for constant in &code.consts {
        if let ConstValue::Code(inner) = constant {
            disassemble_into(inner, out);
        }
    }
}

/// `<code object NAME, file "F", line N>`.
fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.first_line
    )
}

/// `OPNAME  arg (meaning)` for one instruction.
fn operand_text(code: &CodeObject, instr: &Instr) -> String {
    let name = opname(instr);
    match operand(code, instr) {
        None => name,
        Some((arg, None)) => format!("{name:<20} {arg:>5}"),
        Some((arg, Some(meaning))) => format!("{name:<20} {arg:>5} ({meaning})"),
    }
}

/// The opcode's name in SCREAMING_SNAKE_CASE, derived from the variant name.
fn opname(instr: &Instr) -> String {
    let debug = format!("{instr:?}");
    let variant = debug.split(['(', ' ', '{']).next().unwrap_or("");
    let mut name = String::new();
    for (i, ch) in variant.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(ch.to_ascii_uppercase());
    }
    name
}

type Operand = Option<(u32, Option<String>)>;

/// The numeric operand and its meaning, if the instruction has one.
fn operand(code: &CodeObject, instr: &Instr) -> Operand {
    use Instr::*;
    let name = |i: u32| code.names.get(i as usize).map(|n| n.to_string());
    let local = |i: u32| code.varnames.get(i as usize).map(|n| n.to_string());
    let cell = |i: u32| {
        let all = code.cellvars.iter().chain(&code.freevars);
        all.clone().nth(i as usize).map(|n| n.to_string())
    };
    match *instr {
        LoadConst(i) => Some((i, code.consts.get(i as usize).map(const_repr))),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => Some((i, local(i))),
        LoadFastAttr { local: l, name: n }
        | LoadFastMethod { local: l, name: n }
        | StoreFastAttr { local: l, name: n } => {
            let both = local(l.into())
                .zip(name(n))
                .map(|(l, n)| format!("{l}.{n}"));
            Some((l.into(), both))
        }
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            Some((i, cell(i)))
        }
        LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i)
        | DeleteGlobal(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => Some((i, name(i))),
        BinaryOp(op) => Some(binary_operand(op)),
        CompareOp(op) => Some(compare_operand(op)),
        IsOp(b) | ContainsOp(b) | CallEx(b) => Some((b as u32, None)),
        ForIter(t) | Jump(t) | JumpBackward(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t)
        | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | SetupFinally(t) => {
            Some((t, Some(format!("to {t}"))))
        }
        UnpackEx { before, after } => Some((before as u32 | ((after as u32) << 8), None)),
        FormatValue {
            conversion,
            has_spec,
        } => Some(format_operand(conversion, has_spec)),
        MakeFunction(flags) => Some((flags, make_function_flags(flags))),
        Copy(n) | Swap(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildMap(n)
        | BuildString(n) | BuildSlice(n) | ListAppend(n) | SetAdd(n) | MapAdd(n)
        | ListExtend(n) | SetUpdate(n) | DictUpdate(n) | DictMerge(n) | UnpackSequence(n)
        | Call(n) | CallKw(n) | CallMethod(n) | CallMethodKw(n) | RaiseVarargs(n) => {
            Some((n, None))
        }
        _ => None,
    }
}

fn binary_operand(op: BinaryOperator) -> (u32, Option<String>) {
    use BinaryOperator::*;
    let (n, sym) = match op {
        Add => (0, "+"),
        And => (1, "&"),
        FloorDivide => (2, "//"),
        LShift => (3, "<<"),
        MatrixMultiply => (4, "@"),
        Multiply => (5, "*"),
        Remainder => (6, "%"),
        Or => (7, "|"),
        Power => (8, "**"),
        RShift => (9, ">>"),
        Subtract => (10, "-"),
        TrueDivide => (11, "/"),
        Xor => (12, "^"),
        InplaceAdd => (13, "+="),
        InplaceAnd => (14, "&="),
        InplaceFloorDivide => (15, "//="),
        InplaceLShift => (16, "<<="),
        InplaceMatrixMultiply => (17, "@="),
        InplaceMultiply => (18, "*="),
        InplaceRemainder => (19, "%="),
        InplaceOr => (20, "|="),
        InplacePower => (21, "**="),
        InplaceRShift => (22, ">>="),
        InplaceSubtract => (23, "-="),
        InplaceTrueDivide => (24, "/="),
        InplaceXor => (25, "^="),
    };
    (n, Some(sym.to_string()))
}

fn compare_operand(op: ComparisonOperator) -> (u32, Option<String>) {
    use ComparisonOperator::*;
    let (n, sym) = match op {
        Lt => (0, "<"),
        Le => (1, "<="),
        Eq => (2, "=="),
        Ne => (3, "!="),
        Gt => (4, ">"),
        Ge => (5, ">="),
    };
    (n, Some(sym.to_string()))
}

fn format_operand(conversion: Conversion, has_spec: bool) -> (u32, Option<String>) {
    let (n, conv) = match conversion {
        Conversion::None => (0, ""),
        Conversion::Str => (1, "str"),
        Conversion::Repr => (2, "repr"),
        Conversion::Ascii => (3, "ascii"),
    };
    let arg = n | if has_spec { 4 } else { 0 };
    let meaning = match (conv.is_empty(), has_spec) {
        (true, false) => None,
        (true, true) => Some("with format".to_string()),
        (false, false) => Some(conv.to_string()),
        (false, true) => Some(format!("{conv}, with format")),
    };
    (arg, meaning)
}

fn make_function_flags(flags: u32) -> Option<String> {
    let names = [
        (1, "defaults"),
        (2, "kwdefaults"),
        (4, "annotations"),
        (8, "closure"),
    ];
    let set: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    if set.is_empty() {
        None
    } else {
        Some(set.join(", "))
    }
}

/// A Python-like `repr` of a constant.
pub(crate) fn const_repr(value: &ConstValue) -> String {
    match value {
        ConstValue::None => "None".to_string(),
        ConstValue::Bool(true) => "True".to_string(),
        ConstValue::Bool(false) => "False".to_string(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => float_repr(*f),
        ConstValue::Imaginary(f) => crate::format::complex_repr::repr_complex(0.0, *f),
        ConstValue::Str(s) => str_repr(s),
        ConstValue::Bytes(b) => bytes_repr(b),
        ConstValue::Ellipsis => "Ellipsis".to_string(),
        ConstValue::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            match parts.len() {
                1 => format!("({},)", parts[0]),
                _ => format!("({})", parts.join(", ")),
            }
        }
        ConstValue::Code(code) => code_repr(code),
    }
}

/// Python's float repr: shortest round-trip digits, exponent outside 1e-4..1e16.
pub(crate) fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..16).contains(&exp) {
        let text = format!("{f}");
        return if text.contains('.') {
            text
        } else {
            format!("{text}.0")
        };
    }
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exp.abs())
}

/// Python's str repr: single quotes unless the text has `'` and no `"`.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            b => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}
