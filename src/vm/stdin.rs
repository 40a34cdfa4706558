//! Reading lines from stdin without the GIL, interruptibly when it is the process's own stdin.

use super::{PyResult, Vm};
use std::io::{BufRead, BufReader, Stdin};
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

/// Where `input()` reads from.
pub enum StdinSource {
    /// The process's stdin: waits for data with `poll(2)`, so Ctrl-C can interrupt it.
    Process(BufReader<Stdin>),
    /// A reader supplied by an embedding host: read with a plain blocking call.
    Host(Box<dyn BufRead>),
}

/// How long a thread that finds stdin taken by another reader waits before looking again.
const TAKEN_RETRY: Duration = Duration::from_millis(1);

impl Vm {
    /// Reads one line from stdin (with its newline) without holding the GIL;
    /// `None` at end of input. In the main thread, Ctrl-C raises
    /// KeyboardInterrupt while it waits.
    pub fn read_stdin_line(&mut self) -> PyResult<Option<String>> {
        let mut source = self.take_stdin()?;
        let mut line = Vec::new();
        let read = match &mut source {
            StdinSource::Process(reader) => self.read_process_line(reader, &mut line),
            StdinSource::Host(reader) => {
                let n = self.allow_threads(|| reader.read_until(b'\n', &mut line));
                n.map(|_| ()).map_err(|e| self.io_error(&e, None))
            }
        };
        self.interp.stdin.borrow_mut().source = Some(source);
        read?;
        if line.is_empty() {
            return Ok(None);
        }
        Ok(Some(String::from_utf8_lossy(&line).into_owned()))
    }

    /// Takes the stdin source, waiting while another thread is reading it.
    fn take_stdin(&mut self) -> PyResult<StdinSource> {
        loop {
            if let Some(src) = self.interp.stdin.borrow_mut().source.take() {
                return Ok(src);
            }
            let retry = Instant::now() + TAKEN_RETRY;
            self.blocking_wait(Some(retry), |until| {
                std::thread::sleep(
                    until.map_or(TAKEN_RETRY, |u| u.saturating_duration_since(Instant::now())),
                );
                false
            })?;
        }
    }

    /// Appends bytes up to and including the next newline (or end of input) to `line`,
    /// waiting for input in interruptible slices.
    fn read_process_line(
        &mut self,
        reader: &mut BufReader<Stdin>,
        line: &mut Vec<u8>,
    ) -> PyResult<()> {
        loop {
            if reader.buffer().is_empty() {
                let fd = reader.get_ref().as_raw_fd();
                self.blocking_wait(None, |until| wait_readable(fd, until))?;
            }
            let chunk = match reader.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(self.io_error(&e, None)),
            };
            if chunk.is_empty() {
                return Ok(());
            }
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            line.extend_from_slice(&chunk[..take]);
            reader.consume(take);
            if done {
                return Ok(());
            }
        }
    }
}

/// Waits until `fd` is readable (data, end of input or an error) or `until` passes.
fn wait_readable(fd: i32, until: Option<Instant>) -> bool {
    let timeout_ms = match until {
        None => -1,
        Some(u) => {
            let left = u.saturating_duration_since(Instant::now());
            left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32
        }
    };
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: `pfd` is a valid pollfd for the duration of the call, and the count is 1.
    let n = unsafe { libc::poll(&mut pfd, 1, timeout_ms) };
    n != 0
}
