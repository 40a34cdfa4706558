//! Driving gilpy through a pseudo-terminal, as a person at a terminal would: send keys,
//! wait for text to appear (escape sequences stripped), check how it exits.

// Each test binary that includes this module uses only part of it.
#![allow(dead_code)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long to wait for expected text before failing.
pub const EXPECT_LIMIT: Duration = Duration::from_secs(10);

/// A gilpy process on a pseudo-terminal.
pub struct PtySession {
    master: File,
    child: Child,
    screen: Arc<(Mutex<Vec<u8>>, Condvar)>,
    /// Offset in the cleaned output up to which text has been matched.
    mark: usize,
}

/// Opens a pseudo-terminal of 24 rows and 100 columns; returns (master, slave).
fn open_pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 100,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: the out-pointers are valid for writes; name and termios may be null.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty failed");
    // SAFETY: openpty returned two fresh descriptors that nothing else owns.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

impl PtySession {
    /// Starts gilpy with `args` in `dir` on a new terminal, with `env` added to a fixed
    /// environment (`TERM=xterm`, history in `dir` unless `env` sets `GILPY_HISTORY`).
    pub fn spawn(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> PtySession {
        Self::spawn_with_stdout(args, dir, env, None)
    }

    /// [`PtySession::spawn`] with standard output redirected to `stdout` when given.
    pub fn spawn_with_stdout(
        args: &[&str],
        dir: &Path,
        env: &[(&str, &str)],
        stdout: Option<File>,
    ) -> PtySession {
        let (master, slave) = open_pty();
        let out: std::process::Stdio = match stdout {
            Some(file) => file.into(),
            None => slave.try_clone().expect("dup").into(),
        };
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilpy"));
        cmd.args(args)
            .current_dir(dir)
            .env("TERM", "xterm")
            .env("GILPY_HISTORY", dir.join("history"))
            .env_remove("PYTHONHASHSEED")
            .stdin(slave.try_clone().expect("dup"))
            .stdout(out)
            .stderr(slave);
        for (k, v) in env {
            cmd.env(k, v);
        }
        // SAFETY: only async-signal-safe calls (setsid, ioctl) run between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("cannot start gilpy");
        let master = File::from(master);
        let screen = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
        let (mut reader, sink) = (master.try_clone().expect("dup"), screen.clone());
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.0.lock().unwrap().extend_from_slice(&buf[..n]);
                sink.1.notify_all();
            }
        });
        PtySession {
            master,
            child,
            screen,
            mark: 0,
        }
    }

    /// Types `keys` (control characters included).
    pub fn send(&mut self, keys: &str) {
        self.master
            .write_all(keys.as_bytes())
            .expect("write to pty");
        self.master.flush().expect("flush pty");
    }

    /// Pastes `text` as a terminal with bracketed paste does, then presses Enter.
    pub fn paste(&mut self, text: &str) {
        self.send(&format!("\x1b[200~{text}\x1b[201~"));
        self.send("\r");
    }

    /// Everything shown so far, escape sequences and carriage returns removed.
    pub fn text(&self) -> String {
        clean(&self.screen.0.lock().unwrap())
    }

    /// Where the last match ended, in [`PtySession::text`].
    pub fn position(&self) -> usize {
        self.mark
    }

    /// Waits until `needle` appears after the last match; returns the text before it.
    /// Panics (showing the screen) after [`EXPECT_LIMIT`].
    pub fn expect(&mut self, needle: &str) -> String {
        self.expect_within(needle, EXPECT_LIMIT)
    }

    /// [`PtySession::expect`] with its own limit.
    pub fn expect_within(&mut self, needle: &str, limit: Duration) -> String {
        let deadline = Instant::now() + limit;
        let (lock, cv) = &*self.screen;
        let mut raw = lock.lock().unwrap();
        loop {
            let text = clean(&raw);
            if let Some(at) = text.get(self.mark..).and_then(|t| t.find(needle)) {
                let before = text[self.mark..self.mark + at].to_owned();
                self.mark += at + needle.len();
                return before;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!(
                    "did not see {needle:?} within {limit:?}; after the last match:\n{}\nraw: {:?}",
                    text.get(self.mark..).unwrap_or(""),
                    String::from_utf8_lossy(&raw)
                );
            }
            raw = cv.wait_timeout(raw, left).unwrap().0;
        }
    }

    /// Waits for the process to end (up to `limit`, then kills it and panics).
    pub fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status;
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                panic!("still running after {limit:?}; screen:\n{}", self.text());
            }
            thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for PtySession {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Terminal output as text: CSI and other escape sequences and carriage returns removed.
pub fn clean(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                // A CSI sequence runs to its final byte; other escapes are two characters.
                if chars.next() == Some('[') {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}
