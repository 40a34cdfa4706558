//! Capturing a script's output: a shared buffer, or a callback that receives the text.

use parking_lot::Mutex;
use std::io::Write;
use std::sync::Arc;

/// A growable buffer that standard output or error can be written into, readable
/// by the host at any time (it is `Send + Sync` and clones share the buffer).
///
/// ```
/// use gilpy::{Interpreter, Options, OutputBuffer};
/// let out = OutputBuffer::new();
/// let mut interp = Interpreter::with_options(Options::default().stdout(out.clone()));
/// interp.run("print('hello')", "<p>").unwrap();
/// interp.flush();
/// assert_eq!(out.contents(), "hello\n");
/// ```
#[derive(Clone, Default, Debug)]
pub struct OutputBuffer {
    bytes: Arc<Mutex<Vec<u8>>>,
}

impl OutputBuffer {
    /// An empty buffer.
    ///
    /// ```
    /// assert_eq!(gilpy::OutputBuffer::new().contents(), "");
    /// ```
    pub fn new() -> OutputBuffer {
        OutputBuffer::default()
    }

    /// The text written so far (invalid UTF-8 replaced by U+FFFD).
    ///
    /// ```
    /// use std::io::Write;
    /// let mut b = gilpy::OutputBuffer::new();
    /// b.write_all(b"abc").unwrap();
    /// assert_eq!(b.contents(), "abc");
    /// ```
    pub fn contents(&self) -> String {
        String::from_utf8_lossy(&self.bytes.lock()).into_owned()
    }

    /// Removes and returns the text written so far.
    ///
    /// ```
    /// use std::io::Write;
    /// let mut b = gilpy::OutputBuffer::new();
    /// b.write_all(b"abc").unwrap();
    /// assert_eq!(b.take(), "abc");
    /// assert_eq!(b.contents(), "");
    /// ```
    pub fn take(&self) -> String {
        let bytes = std::mem::take(&mut *self.bytes.lock());
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for OutputBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes.lock().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A sink that hands each piece of output text to a callback. Text is passed
/// on in whole UTF-8 characters; a character split across writes waits for
/// its remaining bytes.
///
/// ```
/// use gilpy::{Interpreter, Options};
/// use std::sync::{Arc, Mutex};
/// let lines = Arc::new(Mutex::new(String::new()));
/// let sink = lines.clone();
/// let opts = Options::default().stdout_callback(move |text| sink.lock().unwrap().push_str(text));
/// let mut interp = Interpreter::with_options(opts);
/// interp.run("print('é', 1)", "<p>").unwrap();
/// interp.flush();
/// assert_eq!(*lines.lock().unwrap(), "é 1\n");
/// ```
pub struct CallbackWriter {
    callback: Box<dyn FnMut(&str) + Send>,
    partial: Vec<u8>,
}

impl CallbackWriter {
    /// A writer calling `callback` with the text written.
    ///
    /// ```
    /// use std::io::Write;
    /// let mut got = String::new();
    /// {
    ///     let (tx, rx) = std::sync::mpsc::channel();
    ///     let mut w = gilpy::CallbackWriter::new(move |s| tx.send(s.to_owned()).unwrap());
    ///     w.write_all("ab".as_bytes()).unwrap();
    ///     drop(w);
    ///     got.extend(rx.iter());
    /// }
    /// assert_eq!(got, "ab");
    /// ```
    pub fn new(callback: impl FnMut(&str) + Send + 'static) -> CallbackWriter {
        CallbackWriter {
            callback: Box::new(callback),
            partial: Vec::new(),
        }
    }
}

impl Write for CallbackWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.partial.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.partial) {
            Ok(_) => self.partial.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => {
                let text = String::from_utf8_lossy(&self.partial).into_owned();
                self.partial.clear();
                (self.callback)(&text);
                return Ok(buf.len());
            }
        };
        if valid > 0 {
            let rest = self.partial.split_off(valid);
            let text = std::mem::replace(&mut self.partial, rest);
            (self.callback)(std::str::from_utf8(&text).unwrap_or_default());
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
