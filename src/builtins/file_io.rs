//! `Channel`: the buffered byte stream under a file object (a disk file or a standard stream).
//!
//! Reads fill `rbuf`; writes collect in `wbuf` and reach the OS on flush,
//! seek, close, when the buffer grows past [`WRITE_CHUNK`], or when the
//! channel is dropped.

use crate::vm::Vm;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

/// Bytes read from a disk file at a time.
const READ_CHUNK: usize = 8192;

/// Buffered writes are handed to the OS past this size.
const WRITE_CHUNK: usize = 8192;

/// Where a channel's bytes come from or go to.
pub enum Stream {
    /// A file on disk.
    Disk(File),
    /// The interpreter's standard input.
    Stdin,
    /// The interpreter's standard output.
    Stdout,
    /// The interpreter's standard error.
    Stderr,
    /// Closed: the OS file has been released.
    Closed,
}

/// A buffered byte stream.
pub struct Channel {
    /// The underlying stream.
    pub stream: Stream,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

impl Channel {
    /// A channel over `stream` with empty buffers.
    pub fn new(stream: Stream) -> Channel {
        Channel {
            stream,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
        }
    }

    /// The OS file descriptor.
    pub fn fileno(&self) -> i64 {
        match &self.stream {
            Stream::Disk(f) => std::os::unix::io::AsRawFd::as_raw_fd(f) as i64,
            Stream::Stdin => 0,
            Stream::Stdout => 1,
            Stream::Stderr => 2,
            Stream::Closed => -1,
        }
    }

    /// True when the stream is a terminal.
    pub fn isatty(&self) -> bool {
        use std::io::IsTerminal;
        match &self.stream {
            Stream::Disk(f) => f.is_terminal(),
            Stream::Stdin => io::stdin().is_terminal(),
            Stream::Stdout => io::stdout().is_terminal(),
            Stream::Stderr => io::stderr().is_terminal(),
            Stream::Closed => false,
        }
    }

    /// Reads more bytes into the buffer; false at end of input.
    fn fill(&mut self, vm: &mut Vm) -> io::Result<bool> {
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        match &mut self.stream {
            Stream::Disk(f) => {
                let mut chunk = [0u8; READ_CHUNK];
                let n = vm.allow_threads(|| f.read(&mut chunk))?;
                self.rbuf.extend_from_slice(&chunk[..n]);
                Ok(n > 0)
            }
            Stream::Stdin => {
                let line = vm
                    .read_stdin_line()
                    .map_err(|_| io::Error::from(io::ErrorKind::Other))?;
                let Some(line) = line else { return Ok(false) };
                self.rbuf.extend_from_slice(line.as_bytes());
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// The byte `offset` places past the read position, reading as needed.
    pub fn peek(&mut self, vm: &mut Vm, offset: usize) -> io::Result<Option<u8>> {
        while self.rpos + offset >= self.rbuf.len() {
            if !self.fill(vm)? {
                return Ok(None);
            }
        }
        Ok(self.rbuf.get(self.rpos + offset).copied())
    }

    /// Consumes up to `n` buffered bytes.
    pub fn take(&mut self, n: usize) -> Vec<u8> {
        let end = self.rpos.saturating_add(n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        out
    }

    /// Reads up to `n` bytes (`None`: everything left).
    pub fn read(&mut self, vm: &mut Vm, n: Option<usize>) -> io::Result<Vec<u8>> {
        self.flush_writes(vm)?;
        let want = n.unwrap_or(usize::MAX);
        while self.rbuf.len() - self.rpos < want {
            if !self.fill(vm)? {
                break;
            }
        }
        Ok(self.take(want))
    }

    /// Reads one line of bytes ending with `\n` (kept), or what is left at the end.
    pub fn read_line(&mut self, vm: &mut Vm, limit: Option<usize>) -> io::Result<Vec<u8>> {
        self.flush_writes(vm)?;
        let limit = limit.unwrap_or(usize::MAX);
        let mut i = 0;
        while i < limit {
            match self.peek(vm, i)? {
                Some(b'\n') => return Ok(self.take(i + 1)),
                Some(_) => i += 1,
                None => break,
            }
        }
        Ok(self.take(i))
    }

    /// Buffers bytes for writing (`rewind`: first move the OS position back over unread input).
    pub fn write(&mut self, vm: &mut Vm, data: &[u8], rewind: bool) -> io::Result<()> {
        if self.rpos < self.rbuf.len() && rewind {
            let unread = (self.rbuf.len() - self.rpos) as i64;
            if let Stream::Disk(f) = &mut self.stream {
                f.seek(SeekFrom::Current(-unread))?;
            }
        }
        self.rbuf.clear();
        self.rpos = 0;
        match &mut self.stream {
            Stream::Stdout => vm.interp.write_stdout(&String::from_utf8_lossy(data)),
            Stream::Stderr => vm.interp.write_stderr(&String::from_utf8_lossy(data)),
            Stream::Stdin | Stream::Closed => return Err(io::Error::from_raw_os_error(9)),
            Stream::Disk(_) => {
                self.wbuf.extend_from_slice(data);
                if self.wbuf.len() >= WRITE_CHUNK {
                    self.flush_writes(vm)?;
                }
            }
        }
        Ok(())
    }

    /// Hands buffered writes to the OS without holding the GIL.
    pub fn flush_writes(&mut self, vm: &mut Vm) -> io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        match &mut self.stream {
            Stream::Disk(f) => vm.allow_threads(|| f.write_all(&data)),
            _ => Ok(()),
        }
    }

    /// Hands buffered writes to the OS from where no interpreter is at hand (drop).
    fn flush_writes_here(&mut self) -> io::Result<()> {
        let data = std::mem::take(&mut self.wbuf);
        match &mut self.stream {
            Stream::Disk(f) if !data.is_empty() => f.write_all(&data),
            _ => Ok(()),
        }
    }

    /// Flushes writes, including the interpreter's stdout/stderr buffers.
    pub fn flush(&mut self, vm: &mut Vm) -> io::Result<()> {
        self.flush_writes(vm)?;
        match self.stream {
            Stream::Stdout => vm.interp.stdout.borrow_mut().flush(),
            Stream::Stderr => vm.interp.stderr.borrow_mut().flush(),
            _ => {}
        }
        Ok(())
    }

    /// The logical position in bytes.
    pub fn tell(&mut self) -> io::Result<u64> {
        let Stream::Disk(f) = &mut self.stream else {
            return Err(io::Error::from_raw_os_error(29));
        };
        let raw = f.stream_position()?;
        let unread = (self.rbuf.len() - self.rpos) as u64;
        Ok(raw.saturating_sub(unread) + self.wbuf.len() as u64)
    }

    /// Moves the position; returns the new one.
    pub fn seek(&mut self, vm: &mut Vm, to: SeekFrom) -> io::Result<u64> {
        self.flush_writes(vm)?;
        let unread = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        let Stream::Disk(f) = &mut self.stream else {
            return Err(io::Error::from_raw_os_error(29));
        };
        let to = match to {
            SeekFrom::Current(n) => SeekFrom::Current(n - unread),
            other => other,
        };
        f.seek(to)
    }

    /// Flushes and releases the OS file.
    pub fn close(&mut self, vm: &mut Vm) -> io::Result<()> {
        let r = self.flush_writes(vm);
        if let Stream::Disk(_) = self.stream {
            self.stream = Stream::Closed;
        }
        self.rbuf.clear();
        self.rpos = 0;
        r
    }

    /// True for disk files.
    pub fn seekable(&self) -> bool {
        matches!(self.stream, Stream::Disk(_))
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        let _ = self.flush_writes_here();
    }
}
