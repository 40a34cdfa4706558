//! The Python-visible methods of file objects: read, readline, write, seek, close, iteration ...

use super::file::{FileObject, TextCodec};
use super::file_mode::Newline;
use super::setup::add_methods;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::vm::{Kw, PyErr, PyResult, Vm};
use std::io::SeekFrom;
use std::rc::Rc;

/// Adds the file methods to a file class.
pub fn install(class: &Rc<Class>) {
    add_methods(
        class,
        "file",
        &[
            ("read", read),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("flush", flush),
            ("close", close),
            ("seek", seek),
            ("tell", tell),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("__iter__", iter_self),
            ("__next__", next),
            ("__enter__", iter_self),
            ("__exit__", exit),
            ("__repr__", repr),
        ],
    );
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a FileObject> {
    args.first()
        .and_then(|v| v.downcast::<FileObject>())
        .ok_or_else(|| vm.type_error("descriptor requires a file object"))
}

/// `ValueError` when the file is closed (`what`: the binary-file wording, if it differs).
fn check_open(vm: &Vm, f: &FileObject, what: Option<&str>) -> PyResult<()> {
    if !f.closed.get() {
        return Ok(());
    }
    Err(vm.value_error(match (what, f.text.is_some()) {
        (Some(w), false) => format!("{w} of closed file"),
        _ => "I/O operation on closed file.".to_owned(),
    }))
}

fn check_readable(vm: &mut Vm, f: &FileObject, what: Option<&str>) -> PyResult<()> {
    check_open(vm, f, what)?;
    if f.readable {
        Ok(())
    } else {
        Err(crate::modules::io::unsupported(vm, "not readable"))
    }
}

fn os_err(vm: &Vm, e: std::io::Error) -> PyErr {
    vm.io_error(&e, None)
}

/// The `size` argument of read methods (`None`, absent or negative: no limit).
fn size_arg(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.to_index(v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_readable(vm, f, Some("read"))?;
    let n = size_arg(vm, args)?;
    match f.text {
        None => {
            let data = f.channel(vm)?.read(vm, n).map_err(|e| os_err(vm, e))?;
            Ok(Value::bytes(data))
        }
        Some(codec) => read_text(vm, f, codec, n).map(Value::string),
    }
}

fn read_text(vm: &mut Vm, f: &FileObject, codec: TextCodec, n: Option<usize>) -> PyResult<String> {
    let Some(n) = n else {
        let data = f.channel(vm)?.read(vm, None).map_err(|e| os_err(vm, e))?;
        let text = codec
            .encoding
            .decode(&data)
            .map_err(|m| vm.error("UnicodeDecodeError", m))?;
        return Ok(codec.newline.on_read(text));
    };
    let mut out = String::new();
    for _ in 0..n {
        match read_char(vm, f, codec)? {
            Some(c) => out.push(c),
            None => break,
        }
    }
    Ok(out)
}

/// One decoded character, with universal newlines applied.
fn read_char(vm: &mut Vm, f: &FileObject, codec: TextCodec) -> PyResult<Option<char>> {
    let mut chan = f.channel(vm)?;
    let Some(lead) = chan.peek(vm, 0).map_err(|e| os_err(vm, e))? else {
        return Ok(None);
    };
    let width = codec.encoding.char_width(lead);
    chan.peek(vm, width - 1).map_err(|e| os_err(vm, e))?;
    let bytes = chan.take(width);
    let text = codec
        .encoding
        .decode(&bytes)
        .map_err(|m| vm.error("UnicodeDecodeError", m))?;
    let c = text.chars().next();
    if c == Some('\r') && codec.newline == Newline::Universal {
        if chan.peek(vm, 0).map_err(|e| os_err(vm, e))? == Some(b'\n') {
            chan.take(1);
        }
        return Ok(Some('\n'));
    }
    Ok(c)
}

/// The raw bytes of the next text line, ending as the newline mode says.
fn text_line_bytes(vm: &mut Vm, f: &FileObject, newline: Newline) -> PyResult<Vec<u8>> {
    let mut chan = f.channel(vm)?;
    let mut i = 0;
    loop {
        let Some(b) = chan.peek(vm, i).map_err(|e| os_err(vm, e))? else {
            return Ok(chan.take(i));
        };
        let any = matches!(newline, Newline::Universal | Newline::Untranslated);
        let end = match b {
            b'\n' if any || newline == Newline::Exact("\n") => Some(i + 1),
            b'\r' if any || newline != Newline::Exact("\n") => {
                let lf = chan.peek(vm, i + 1).map_err(|e| os_err(vm, e))? == Some(b'\n');
                match (lf, newline) {
                    (true, _) if newline != Newline::Exact("\r") => Some(i + 2),
                    (false, Newline::Exact("\r\n")) => None,
                    _ => Some(i + 1),
                }
            }
            _ => None,
        };
        if let Some(end) = end {
            return Ok(chan.take(end));
        }
        i += 1;
    }
}

/// Reads one line as a value (`str` or `bytes`); empty at the end.
fn read_line_value(vm: &mut Vm, f: &FileObject, limit: Option<usize>) -> PyResult<Value> {
    match f.text {
        None => {
            let data = f
                .channel(vm)?
                .read_line(vm, limit)
                .map_err(|e| os_err(vm, e))?;
            Ok(Value::bytes(data))
        }
        Some(codec) => {
            let data = text_line_bytes(vm, f, codec.newline)?;
            let text = codec
                .encoding
                .decode(&data)
                .map_err(|m| vm.error("UnicodeDecodeError", m))?;
            Ok(Value::string(codec.newline.on_read(text)))
        }
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Bytes(b) => b.is_empty(),
        Value::Str(s) => s.as_str().is_empty(),
        _ => true,
    }
}

fn readline(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_readable(vm, f, Some("readline"))?;
    let limit = size_arg(vm, args)?;
    read_line_value(vm, f, limit)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_readable(vm, f, None)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line_value(vm, f, None)?;
        if is_empty(&line) {
            return Ok(Value::list(lines));
        }
        lines.push(line);
    }
}

/// `next(file)`: the next line, `None` at the end.
pub fn next_line(vm: &mut Vm, f: &FileObject) -> PyResult<Option<Value>> {
    check_readable(vm, f, Some("readline"))?;
    let line = read_line_value(vm, f, None)?;
    Ok(if is_empty(&line) { None } else { Some(line) })
}

fn next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    match next_line(vm, f)? {
        Some(line) => Ok(line),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// Writes one str or bytes value; returns the count the method reports.
fn write_value(vm: &mut Vm, f: &FileObject, v: &Value) -> PyResult<usize> {
    if !f.writable {
        return Err(crate::modules::io::unsupported(vm, "not writable"));
    }
    check_open(vm, f, Some("write to"))?;
    let (bytes, count, rewind) = match (f.text, v) {
        (Some(codec), Value::Str(s)) => {
            let text = codec.newline.on_write(s.as_str());
            let data = codec
                .encoding
                .encode(&text)
                .map_err(|m| vm.error("UnicodeEncodeError", m))?;
            (data, s.char_len(), false)
        }
        (Some(_), other) => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(other)
            )));
        }
        (None, Value::Bytes(b)) => (b.to_vec(), b.len(), true),
        (None, Value::ByteArray(b)) => {
            let data = b.data().to_vec();
            let n = data.len();
            (data, n, true)
        }
        (None, other) => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )));
        }
    };
    f.channel(vm)?
        .write(vm, &bytes, rewind)
        .map_err(|e| os_err(vm, e))?;
    Ok(count)
}

fn write(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Int(write_value(vm, f, &v)? as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    let items = vm.collect(args.get(1).unwrap_or(&Value::None))?;
    for item in &items {
        write_value(vm, f, item)?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, None)?;
    f.channel(vm)?.flush(vm).map_err(|e| os_err(vm, e))?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    if !f.closed.get() {
        f.closed.set(true);
        f.channel(vm)?.close(vm).map_err(|e| os_err(vm, e))?;
    }
    Ok(Value::None)
}

fn exit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    close(vm, &args[..1.min(args.len())], kw)
}

fn seek(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, Some("seek"))?;
    let offset = vm.to_index(args.get(1).unwrap_or(&Value::Int(0)))?;
    let whence = vm.to_index(args.get(2).unwrap_or(&Value::Int(0)))?;
    if f.text.is_some() && whence != 0 && offset != 0 {
        let which = if whence == 1 { "cur" } else { "end" };
        return Err(crate::modules::io::unsupported(
            vm,
            &format!("can't do nonzero {which}-relative seeks"),
        ));
    }
    let to = match whence {
        0 if offset < 0 => return Err(vm.value_error(format!("negative seek position {offset}"))),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let pos = f.channel(vm)?.seek(vm, to).map_err(|e| os_err(vm, e))?;
    Ok(Value::Int(pos as i64))
}

fn tell(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, None)?;
    let pos = f.channel(vm)?.tell().map_err(|e| os_err(vm, e))?;
    Ok(Value::Int(pos as i64))
}

/// The "closed" check of the query methods (no trailing period, like CPython).
fn check_open_query(vm: &Vm, f: &FileObject) -> PyResult<()> {
    if f.closed.get() {
        Err(vm.value_error("I/O operation on closed file"))
    } else {
        Ok(())
    }
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open_query(vm, f)?;
    Ok(Value::Int(f.channel(vm)?.fileno()))
}

fn isatty(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open_query(vm, f)?;
    Ok(Value::Bool(f.channel(vm)?.isatty()))
}

fn readable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open_query(vm, f)?;
    Ok(Value::Bool(f.readable))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open_query(vm, f)?;
    Ok(Value::Bool(f.writable))
}

fn seekable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open_query(vm, f)?;
    Ok(Value::Bool(f.channel(vm)?.seekable()))
}

fn iter_self(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, None)?;
    Ok(args[0].clone())
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, args)?;
    f.repr(vm).map(Value::string)
}
