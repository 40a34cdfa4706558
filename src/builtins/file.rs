//! File objects and the `open()` builtin: `_io.TextIOWrapper`, `BufferedReader` and `BufferedWriter`.
//!
//! One Rust type, [`FileObject`], serves text and binary files on disk and the
//! standard streams behind `sys.stdin`, `sys.stdout` and `sys.stderr`.

use super::args::bind;
use super::file_io::{Channel, Stream};
use super::file_mode::{Encoding, Newline, OpenMode};
use super::setup::function;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// How a text file turns characters into bytes.
#[derive(Clone, Copy)]
pub struct TextCodec {
    /// The encoding.
    pub encoding: Encoding,
    /// Line-ending handling.
    pub newline: Newline,
}

/// An open (or closed) file.
pub struct FileObject {
    class: Rc<Class>,
    /// The `name` attribute (a path str or a descriptor int).
    pub name: Value,
    /// The `mode` attribute.
    pub mode: String,
    /// The `encoding` attribute as given (text files only).
    pub encoding_name: String,
    /// `None` for binary files.
    pub text: Option<TextCodec>,
    /// Reading allowed.
    pub readable: bool,
    /// Writing allowed.
    pub writable: bool,
    /// The buffered stream.
    pub chan: RefCell<Channel>,
    /// Set by `close()`.
    pub closed: Cell<bool>,
}

/// How long a thread waits before looking again at a channel another thread is using.
const CHANNEL_RETRY: std::time::Duration = std::time::Duration::from_millis(1);

impl FileObject {
    /// The buffered stream, for this thread alone. A read or write releases
    /// the GIL around its system call while it holds the channel, so another
    /// thread may find it in use; it then waits (without the GIL) until the
    /// channel is free, as CPython's buffered files do.
    pub fn channel(&self, vm: &mut Vm) -> PyResult<std::cell::RefMut<'_, Channel>> {
        loop {
            if let Ok(chan) = self.chan.try_borrow_mut() {
                return Ok(chan);
            }
            let retry = std::time::Instant::now() + CHANNEL_RETRY;
            vm.blocking_wait(Some(retry), |until| {
                let left = until.map_or(CHANNEL_RETRY, |u| {
                    u.saturating_duration_since(std::time::Instant::now())
                });
                std::thread::sleep(left);
                false
            })?;
        }
    }
}

impl NativeObject for FileObject {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "name" => self.name.clone(),
            "mode" => Value::str(&self.mode),
            "closed" => Value::Bool(self.closed.get()),
            "encoding" if self.text.is_some() => Value::str(&self.encoding_name),
            "errors" if self.text.is_some() => Value::str("strict"),
            "newlines" if self.text.is_some() => Value::None,
            "line_buffering" if self.text.is_some() => Value::Bool(false),
            _ => return None,
        }))
    }

    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(super::file_methods::next_line(vm, self))
    }
}

impl FileObject {
    /// The repr CPython shows for this file.
    pub fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let name = vm.repr_str(&self.name)?;
        let class = self.class.name();
        Ok(match self.text {
            Some(_) => format!(
                "<_io.{class} name={name} mode='{}' encoding='{}'>",
                self.mode, self.encoding_name
            ),
            None => format!("<_io.{class} name={name}>"),
        })
    }
}

/// One of `sys.stdin`, `sys.stdout`, `sys.stderr` as a text file object.
pub fn std_stream(vm: &Vm, fd: i32) -> Value {
    let (stream, name, mode) = match fd {
        0 => (Stream::Stdin, "<stdin>", "r"),
        1 => (Stream::Stdout, "<stdout>", "w"),
        _ => (Stream::Stderr, "<stderr>", "w"),
    };
    Value::native(FileObject {
        class: vm.types().misc("TextIOWrapper"),
        name: Value::str(name),
        mode: mode.to_owned(),
        encoding_name: "utf-8".to_owned(),
        text: Some(TextCodec {
            encoding: Encoding::Utf8,
            newline: Newline::Universal,
        }),
        readable: fd == 0,
        writable: fd != 0,
        chan: RefCell::new(Channel::new(stream)),
        closed: Cell::new(false),
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn open(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let a = bind(vm, "open", args, kw, &names, 1)?;
    vm.require_capability(crate::vm::embedding::Capability::Filesystem, "open")?;
    let mode_text = opt_str(vm, &a[1], "open", "mode")?.unwrap_or_else(|| "r".to_owned());
    let mode = OpenMode::parse(&mode_text).map_err(|m| vm.value_error(m))?;
    let encoding = opt_str(vm, &a[3], "open", "encoding")?;
    let newline = opt_str(vm, &a[5], "open", "newline")?;
    if mode.binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if mode.binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    let newline = Newline::parse(newline.as_deref()).map_err(|m| vm.value_error(m))?;
    let text = match (&encoding, mode.binary) {
        (_, true) => None,
        (None, false) => Some(TextCodec {
            encoding: Encoding::Utf8,
            newline,
        }),
        (Some(e), false) => match Encoding::lookup(e) {
            Some(encoding) => Some(TextCodec { encoding, newline }),
            None => return Err(vm.error("LookupError", format!("unknown encoding: {e}"))),
        },
    };
    let file = a[0].clone().unwrap_or(Value::None);
    let stream = open_stream(vm, &file, &mode)?;
    let class_name = match (text.is_some(), mode.readable()) {
        (true, _) => "TextIOWrapper",
        (false, true) if !mode.writable() => "BufferedReader",
        (false, _) => "BufferedWriter",
    };
    Ok(Value::native(FileObject {
        class: vm.types().misc(class_name),
        name: file,
        mode: if mode.binary {
            mode.binary_name()
        } else {
            mode_text
        },
        encoding_name: encoding.unwrap_or_else(|| "UTF-8".to_owned()),
        text,
        readable: mode.readable(),
        writable: mode.writable(),
        chan: RefCell::new(Channel::new(stream)),
        closed: Cell::new(false),
    }))
}

/// Opens the OS file named by a path str (descriptors are not supported).
fn open_stream(vm: &mut Vm, file: &Value, mode: &OpenMode) -> PyResult<Stream> {
    let path = match file {
        Value::Str(s) => s.as_str().to_owned(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Value::Int(0) => return Ok(Stream::Stdin),
        Value::Int(1) => return Ok(Stream::Stdout),
        Value::Int(2) => return Ok(Stream::Stderr),
        other => {
            let tname = vm.type_name(other);
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {tname}"
            )));
        }
    };
    let f = mode
        .options()
        .open(&path)
        .map_err(|e| vm.io_error(&e, Some(&path)))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(vm.os_error(21, "Is a directory", Some(&path)));
    }
    Ok(Stream::Disk(f))
}

/// An optional str argument (`None` when absent or None).
fn opt_str(vm: &Vm, v: &Option<Value>, fname: &str, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_owned())),
        Some(other) => Err(vm.type_error(format!(
            "{fname}() argument '{what}' must be str or None, not {}",
            vm.type_name(other)
        ))),
    }
}

/// Installs `open` and the methods of the file classes.
pub fn register(vm: &mut Vm) {
    for name in ["TextIOWrapper", "BufferedReader", "BufferedWriter"] {
        let class = vm.types().misc(name);
        class.set_native_module("_io");
        super::file_methods::install(&class);
    }
    vm.builtins().set_str("open", function("open", open));
}
