//! The instruction set: the one definition of every opcode, its operand and its stack effect.
//!
//! Notation: `[a, b] -> [c]` shows the top of the value stack before and
//! after (rightmost = top). Jump targets are absolute instruction indexes.
//! Name operands index `CodeObject::names`, local operands index
//! `CodeObject::varnames`, cell operands index `cellvars ++ freevars`,
//! constant operands index `CodeObject::consts`.
//!
//! Exception handling uses a block stack kept in each frame:
//! - `SetupFinally(h)` pushes a handler block remembering the stack depth.
//! - When an exception E is raised, the VM pops blocks: an *except-handler*
//!   block (see below) restores the previously handled exception and is
//!   discarded; a handler block truncates the value stack to its depth,
//!   pushes an except-handler block (which remembers the currently handled
//!   exception and that depth), makes E the handled exception, pushes E and
//!   jumps to `h`. With no block left the frame ends with E.
//! - `PopExcept` pops the except-handler block and restores the handled
//!   exception it remembered; `Reraise` pops E and raises it again without
//!   adding a traceback entry.

/// Binary operators of `BinaryOp`; the `Inplace*` forms try `__iadd__` etc. first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOperator {
    Add,
    Subtract,
    Multiply,
    MatrixMultiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Power,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    InplaceAdd,
    InplaceSubtract,
    InplaceMultiply,
    InplaceMatrixMultiply,
    InplaceTrueDivide,
    InplaceFloorDivide,
    InplaceRemainder,
    InplacePower,
    InplaceLShift,
    InplaceRShift,
    InplaceAnd,
    InplaceOr,
    InplaceXor,
}

/// Rich comparison operators of `CompareOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ComparisonOperator {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// `FormatValue` conversion: none, `!s`, `!r`, `!a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One instruction. `u32` operands keep the enum at 8 bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    /// Does nothing.
    Nop,
    /// `[a] -> []`.
    PopTop,
    /// `[.., x(at depth n), ..] -> [.., x, .., x]`: pushes a copy of the n-th item (1 = top).
    Copy(u32),
    /// Swaps the top with the n-th item (n >= 2).
    Swap(u32),

    /// `[] -> [consts[i]]`.
    LoadConst(u32),
    /// `[] -> [local i]`; UnboundLocalError when unset.
    LoadFast(u32),
    /// `[v] -> []`: local i = v.
    StoreFast(u32),
    /// Unsets local i; UnboundLocalError when unset.
    DeleteFast(u32),
    /// `[] -> [cell i contents]`; NameError/UnboundLocalError when empty.
    LoadDeref(u32),
    /// `[v] -> []`: cell i contents = v.
    StoreDeref(u32),
    /// Empties cell i.
    DeleteDeref(u32),
    /// `[] -> [cell i itself]` (to build a closure tuple).
    LoadClosure(u32),
    /// Class bodies: `[] -> [v]` from the class namespace, else from cell i.
    LoadClassDeref(u32),
    /// `[] -> [v]`: looks up names[i] in locals, globals, builtins (module and class bodies).
    LoadName(u32),
    /// `[v] -> []`: locals[names[i]] = v.
    StoreName(u32),
    /// Deletes locals[names[i]]; NameError when missing.
    DeleteName(u32),
    /// `[] -> [v]`: globals then builtins.
    LoadGlobal(u32),
    /// `[v] -> []`: globals[names[i]] = v.
    StoreGlobal(u32),
    /// Deletes globals[names[i]].
    DeleteGlobal(u32),

    /// `[obj] -> [obj.names[i]]`.
    LoadAttr(u32),
    /// `[v, obj] -> []`: obj.names[i] = v.
    StoreAttr(u32),
    /// `[obj] -> []`: del obj.names[i].
    DeleteAttr(u32),
    /// `[obj] -> [meth, obj]` for a plain method found on the type, else `[attr, NULL]`.
    /// Pair with `CallMethod`/`CallMethodKw`.
    LoadMethod(u32),
    /// `LoadFast(local)` then `LoadAttr(name)` in one instruction, for a
    /// parameter no statement unbinds (it is never `Null`).
    LoadFastAttr { local: u16, name: u32 },
    /// `LoadFast(local)` then `LoadMethod(name)` in one instruction, on the
    /// same condition as `LoadFastAttr`.
    LoadFastMethod { local: u16, name: u32 },
    /// `[v] -> []`: `LoadFast(local)` then `StoreAttr(name)` in one
    /// instruction, on the same condition as `LoadFastAttr`.
    StoreFastAttr { local: u16, name: u32 },
    /// `[c, i] -> [c[i]]`.
    BinarySubscr,
    /// `[v, c, i] -> []`: c[i] = v.
    StoreSubscr,
    /// `[c, i] -> []`: del c[i].
    DeleteSubscr,

    /// `[a, b] -> [a op b]`.
    BinaryOp(BinaryOperator),
    /// `[a] -> [-a]`.
    UnaryNegative,
    /// `[a] -> [+a]`.
    UnaryPositive,
    /// `[a] -> [not a]`.
    UnaryNot,
    /// `[a] -> [~a]`.
    UnaryInvert,
    /// `[a, b] -> [a op b]`.
    CompareOp(ComparisonOperator),
    /// `[a, b] -> [a is b]` (`true`: `is not`).
    IsOp(bool),
    /// `[a, b] -> [a in b]` (`true`: `not in`).
    ContainsOp(bool),

    /// `[x1..xn] -> [(x1..xn)]`.
    BuildTuple(u32),
    /// `[x1..xn] -> [[x1..xn]]`.
    BuildList(u32),
    /// `[x1..xn] -> [{x1..xn}]`.
    BuildSet(u32),
    /// `[k1, v1 .. kn, vn] -> [{k1: v1 ..}]`.
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all str; for f-strings).
    BuildString(u32),
    /// `[a, b] -> [slice(a, b)]` (n = 2) or `[a, b, c] -> [slice(a, b, c)]` (n = 3).
    BuildSlice(u32),
    /// `[list, .., v] -> [list, ..]`: list.append(v), where list is the i-th item from the top
    /// counting v as 1 (so `ListAppend(2)` appends to the item just below v). After popping v the
    /// target is `stack[len - i + 1]`. Comprehensions use `depth + 2` for `depth` nested loops.
    ListAppend(u32),
    /// As `ListAppend` for a set.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`: dict[k] = v. Pops v then k; the target is then
    /// `stack[len - i + 1]` (the (i-1)-th item from the top, 1 = top). Comprehensions use the
    /// same operand as `ListAppend`: `depth + 2` for `depth` nested loops.
    MapAdd(u32),
    /// `[list, .., it] -> [list, ..]`: list.extend(it); depth as for `ListAppend` (displays use 2).
    ListExtend(u32),
    /// `[set, .., it] -> [set, ..]`: set.update(it); depth as for `ListAppend`.
    SetUpdate(u32),
    /// `[dict, .., m] -> [dict, ..]`: dict.update(m) (dict displays `{**m}`); depth as for `ListAppend`.
    DictUpdate(u32),
    /// As `DictUpdate` but a repeated key is a TypeError `got multiple values for keyword argument` (calls).
    /// Depth as for `ListAppend` (calls use 2). The stack is `[f, args_tuple, dict, m]`: the
    /// function sits two items below the dict (used for the error message).
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`.
    ListToTuple,
    /// `[seq] -> [xn .. x1]`: unpacks exactly n items, first item on top.
    UnpackSequence(u32),
    /// `[seq] -> [after.., list, before..]`: `a, *b, c = seq` with `before` names before the star, `after` after.
    UnpackEx { before: u8, after: u16 },

    /// `[v] -> [format(conv(v), '')]` or `[v, spec] -> [format(conv(v), spec)]` when `has_spec`.
    FormatValue {
        conversion: Conversion,
        has_spec: bool,
    },

    /// `[obj] -> [iter(obj)]`.
    GetIter,
    /// `[it] -> [it, next(it)]`; when exhausted pops `it` and jumps to the target.
    ForIter(u32),
    /// Jumps forward or sideways (no tick).
    Jump(u32),
    /// Jumps backward to a loop head; counts a tick (the GIL check point).
    JumpBackward(u32),
    /// `[v] -> []`, jump when v is false.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump when v is true.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if false, else `[v] -> []`.
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if true, else `[v] -> []`.
    JumpIfTrueOrPop(u32),

    /// `[f, a1..an] -> [f(a1..an)]`; counts a tick.
    Call(u32),
    /// `[f, a1..an, names] -> [result]`: the last `len(names)` of the n arguments are keywords
    /// named by the constant tuple `names`.
    CallKw(u32),
    /// `[m, obj_or_null, a1..an] -> [result]` after `LoadMethod`.
    CallMethod(u32),
    /// `[m, obj_or_null, a1..an, names] -> [result]`: keywords as `CallKw`.
    CallMethodKw(u32),
    /// `[f, args_tuple] -> [f(*args)]` or with `true`: `[f, args_tuple, kwargs_dict] -> [f(*args, **kw)]`.
    CallEx(bool),
    /// `[v] -> (frame returns v)`.
    ReturnValue,

    /// Builds a function. Stack, bottom to top: `[defaults tuple]` if flags & 1,
    /// `[kwdefaults dict]` if flags & 2, `[annotations tuple (name, value, ...)]` if flags & 4,
    /// `[closure tuple]` if flags & 8, then the code
    /// object constant and the qualified name string: `[..., code, qualname] -> [function]`.
    MakeFunction(u32),
    /// `[] -> [builtins.__build_class__]`.
    LoadBuildClass,

    /// `[level, fromlist] -> [module]`: `__import__(names[i], globals, None, fromlist, level)`.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (ImportError `cannot import name` when missing).
    ImportFrom(u32),
    /// `[module] -> []`: copies its public names into the locals.
    ImportStar,

    /// Pushes a handler block: on exception jump to the target (see the module docs).
    SetupFinally(u32),
    /// Pops the innermost handler block (normal exit of a `try` body).
    PopBlock,
    /// Pops the except-handler block and restores the previously handled exception.
    PopExcept,
    /// `[exc] -> []`: raises exc again, keeping its traceback.
    Reraise,
    /// `[exc, type] -> [exc, matches]`: `isinstance(exc, type)` for a class or tuple of classes;
    /// TypeError when a type is not an exception class.
    CheckExcMatch,
    /// `raise` (n = 0: re-raise the handled exception; 1: `[exc]`; 2: `[exc, cause]`).
    RaiseVarargs(u32),
    /// `[mgr] -> [exit, mgr.__enter__()]` where exit is the bound `__exit__`.
    BeforeWith,
    /// `[exit, exc] -> [exit, exc, exit(type(exc), exc, exc.__traceback__)]`.
    WithExceptStart,

    /// `[v] -> [v]` and suspends the generator, producing v; resumes with `[sent]`.
    YieldValue,
    /// `[obj] -> [iter]`: `iter(obj)` unless obj is a generator.
    GetYieldFromIter,
    /// `[iter, sent] -> [result]`: delegates to iter until it finishes (`yield from`);
    /// suspends the frame for each value iter yields.
    YieldFrom,

    /// `[] -> [AssertionError]` (the class, not looked up by name).
    LoadAssertionError,
    /// `[v] -> []`: `print(repr(v))` when v is not None, and binds `builtins._` (REPL echo).
    PrintExpr,
}

impl Instr {
    /// The jump target of a jumping instruction, if it has one.
    pub fn jump_target(&self) -> Option<u32> {
        match *self {
            Instr::ForIter(t)
            | Instr::Jump(t)
            | Instr::JumpBackward(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::SetupFinally(t) => Some(t),
            _ => None,
        }
    }
}

// One instruction fits in eight bytes: the eval loop fetches it with one load.
const _: () = assert!(std::mem::size_of::<Instr>() == 8);
