//! `BuiltinTypes`: the class objects of every built-in type and exception, made once per interpreter.

use crate::objects::class::{Class, Layout};
use crate::objects::dict::PyDict;
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// The built-in classes of one interpreter.
pub struct BuiltinTypes {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub code: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub generator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub traceback: Rc<Class>,
    pub iterator: Rc<Class>,
    /// `_thread.lock` and `_thread.RLock` (their methods are added when `_thread` is built).
    pub lock: Rc<Class>,
    pub rlock: Rc<Class>,
    pub base_exception: Rc<Class>,
    pub exception: Rc<Class>,
    /// Every exception class by name (Fx-hashed: looked up on every raise).
    pub exceptions: HashMap<&'static str, Rc<Class>>,
    /// Iterator and view classes by name (`list_iterator`, `dict_keys` ...).
    pub misc: HashMap<&'static str, Rc<Class>>,
}

/// `(name, base)` for every built-in exception, parents before children.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// Names of the iterator/view/helper classes kept in `misc`.
const MISC: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "range_iterator",
    "longrange_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "callable_iterator",
    "iterator",
    "mappingproxy",
    "NoneType",
    "frame",
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "method-wrapper",
    "getset_descriptor",
];

/// Makes a built-in class deriving from `base`, with its MRO set.
pub fn make_class(name: &str, base: Option<&Rc<Class>>, layout: Layout) -> Rc<Class> {
    let bases: Vec<Rc<Class>> = base.into_iter().cloned().collect();
    let mro = match base {
        Some(b) => b.full_mro(),
        None => Vec::new(),
    };
    let class = Class::new(name, bases, Rc::new(PyDict::new()), layout, true);
    class.set_mro(mro);
    Rc::new(class)
}

/// `ExceptionGroup`, the one built-in exception with two bases
/// (`BaseExceptionGroup` and `Exception`).
fn exception_group_class(exceptions: &HashMap<&'static str, Rc<Class>>) -> Rc<Class> {
    let bases = vec![
        exceptions["BaseExceptionGroup"].clone(),
        exceptions["Exception"].clone(),
    ];
    let mro = crate::objects::class::c3_mro(&bases).unwrap_or_default();
    let class = Class::new(
        "ExceptionGroup",
        bases,
        Rc::new(PyDict::new()),
        Layout::Exception,
        true,
    );
    class.set_mro(mro);
    Rc::new(class)
}

impl BuiltinTypes {
    /// Creates every built-in class.
    pub fn new() -> BuiltinTypes {
        let object = make_class("object", None, Layout::Object);
        let b = |name: &str| make_class(name, Some(&object), Layout::Builtin);
        let int = b("int");
        let base_exception = make_class("BaseException", Some(&object), Layout::Exception);
        let mut exceptions = HashMap::default();
        exceptions.insert("BaseException", base_exception.clone());
        for (name, parent) in EXCEPTIONS {
            let parent = exceptions[parent].clone();
            exceptions.insert(*name, make_class(name, Some(&parent), Layout::Exception));
        }
        let group = exception_group_class(&exceptions);
        exceptions.insert("ExceptionGroup", group);
        let misc = MISC.iter().map(|n| (*n, b(n))).collect();
        BuiltinTypes {
            type_: b("type"),
            none: b("NoneType"),
            not_implemented: b("NotImplementedType"),
            ellipsis: b("ellipsis"),
            bool_: make_class("bool", Some(&int), Layout::Builtin),
            int,
            float: b("float"),
            complex: b("complex"),
            str_: b("str"),
            bytes: b("bytes"),
            bytearray: b("bytearray"),
            list: b("list"),
            tuple: b("tuple"),
            dict: b("dict"),
            set: b("set"),
            frozenset: b("frozenset"),
            function: b("function"),
            builtin_function: b("builtin_function_or_method"),
            method: b("method"),
            module: b("module"),
            cell: b("cell"),
            code: b("code"),
            range: b("range"),
            slice: b("slice"),
            generator: b("generator"),
            property: b("property"),
            staticmethod: b("staticmethod"),
            classmethod: b("classmethod"),
            super_: b("super"),
            traceback: b("traceback"),
            iterator: b("iterator"),
            lock: b("lock"),
            rlock: b("RLock"),
            exception: exceptions["Exception"].clone(),
            base_exception,
            exceptions,
            misc,
            object,
        }
    }

    /// The exception class called `name` (panics only on a misspelt built-in name).
    pub fn exc(&self, name: &str) -> Rc<Class> {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exception.clone())
    }

    /// The helper class called `name`.
    pub fn misc(&self, name: &str) -> Rc<Class> {
        self.misc
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.object.clone())
    }
}

impl Default for BuiltinTypes {
    fn default() -> Self {
        Self::new()
    }
}
