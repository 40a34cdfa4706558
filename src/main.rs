//! The `gilpy` command line: run a script, `-c` code, or a program from stdin, or open
//! an interactive session (`gilpy::repl`).

use gilpy::repl::{Console, SessionOptions, run_session};
use gilpy::{Interpreter, Options, RunError};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

mod allocator;

/// The interpreter allocates and frees many small objects; mimalloc serves
/// them faster than the system allocator (measured with `benches/run.py`).
/// Only the binary picks it: programs embedding the library keep their own.
#[global_allocator]
static ALLOCATOR: allocator::Mimalloc = allocator::Mimalloc;

/// Stack size of the interpreter's main thread (deep Rust recursion through dunders needs room).
const MAIN_STACK: usize = 256 << 20;

/// What the command line asked for.
enum Command {
    /// Run a file.
    Script(String),
    /// Run `-c` code.
    Code(String),
    /// Run the program read from stdin.
    Stdin,
    /// Print the disassembly of a file.
    Dis(String),
    /// Print the version.
    Version,
    /// Print the help text.
    Help,
}

const USAGE: &str = "usage: gilpy [option] ... [-c cmd | file | -] [arg] ...\n";

const HELP: &str = "usage: gilpy [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd           : program passed in as string (terminates option list)
-i               : inspect interactively after running script or -c code; forces a
                   prompt even if stdin does not appear to be a terminal
-q               : don't print the banner on interactive startup
--dis file       : print the bytecode of every code object in file
--switch-ticks N : ticks between GIL check points (default 100)
-h, --help       : print this help message and exit
-V, --version    : print the version number and exit
file             : program read from script file
-                : program read from stdin (default; interactive session if stdin
                   is a terminal)
arg ...          : arguments passed to program in sys.argv[1:]
";

/// Parsed command line.
struct Cli {
    command: Command,
    argv: Vec<String>,
    switch_ticks: u32,
    /// `-i`: open an interactive session after the program.
    inspect: bool,
    /// `-q`: no banner.
    quiet: bool,
}

fn parse_cli(args: &[String]) -> Result<Cli, String> {
    let mut cli = Cli {
        command: Command::Stdin,
        argv: vec![String::new()],
        switch_ticks: gilpy::api::options::DEFAULT_SWITCH_TICKS,
        inspect: false,
        quiet: false,
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        let (command, argv) = match a.as_str() {
            "-c" => {
                let code = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -c option")?
                    .clone();
                let mut argv = vec!["-c".to_owned()];
                argv.extend_from_slice(&args[i + 2..]);
                (Command::Code(code), argv)
            }
            "-V" | "--version" => (Command::Version, vec![]),
            "-h" | "--help" => (Command::Help, vec![]),
            "--dis" => {
                let file = args
                    .get(i + 1)
                    .ok_or("Argument expected for the --dis option")?
                    .clone();
                (Command::Dis(file), vec![])
            }
            "--switch-ticks" => {
                let n = args
                    .get(i + 1)
                    .and_then(|n| n.parse::<u32>().ok())
                    .filter(|n| *n > 0);
                cli.switch_ticks = n.ok_or("--switch-ticks needs a positive integer")?;
                i += 2;
                continue;
            }
            "-i" => {
                cli.inspect = true;
                i += 1;
                continue;
            }
            "-q" => {
                cli.quiet = true;
                i += 1;
                continue;
            }
            "-u" | "-B" | "-E" | "-s" | "-S" => {
                i += 1;
                continue;
            }
            "-" => (Command::Stdin, args[i..].to_vec()),
            s if s.starts_with('-') => return Err(format!("Unknown option: {s}")),
            _ => (Command::Script(a.clone()), args[i..].to_vec()),
        };
        cli.command = command;
        cli.argv = argv;
        return Ok(cli);
    }
    Ok(cli)
}

fn main() -> ExitCode {
    // Arguments that are not UTF-8 are taken with U+FFFD for the bad bytes (no panic).
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let cli = match parse_cli(&args) {
        Ok(c) => c,
        Err(msg) => {
            eprint!("{msg}\n{USAGE}Try `gilpy -h' for more information.\n");
            return ExitCode::from(2);
        }
    };
    let runner = std::thread::Builder::new()
        .stack_size(MAIN_STACK)
        .spawn(move || run(cli));
    match runner.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(1),
    }
}

/// Runs the command on the interpreter thread; returns the exit status.
fn run(cli: Cli) -> u8 {
    let session = wants_session(&cli);
    let (program, filename, path0) = match &cli.command {
        Command::Version => {
            println!("Python 3.11.7 (gilpy {})", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        Command::Help => {
            print!("{HELP}");
            return 0;
        }
        Command::Dis(file) => return dis(file),
        Command::Code(code) => (
            Some(Script::Text(code.clone())),
            "<string>".to_owned(),
            String::new(),
        ),
        Command::Stdin if session => (None, "<stdin>".to_owned(), String::new()),
        Command::Stdin => {
            let mut bytes = Vec::new();
            if std::io::stdin().read_to_end(&mut bytes).is_err() {
                return 1;
            }
            (
                Some(Script::File(bytes)),
                "<stdin>".to_owned(),
                String::new(),
            )
        }
        Command::Script(file) => match read_script(file) {
            Ok((bytes, abs, dir)) => (Some(Script::File(bytes)), abs, dir),
            Err(code) => return code,
        },
    };
    let console = session.then(Console::new);
    let opts = Options {
        argv: cli.argv,
        path: vec![path0],
        switch_ticks: cli.switch_ticks,
        stack_size: MAIN_STACK,
        stdout: console.as_ref().map(Console::stdout),
        stderr: console.as_ref().map(Console::stderr),
        ..Options::default()
    };
    let mut interp = Interpreter::with_options(opts);
    install_sigint(interp.interrupt_flag());
    let result = match (&console, &program) {
        (Some(console), _) => {
            let quiet = cli.quiet || program.is_some();
            run_interactive(&mut interp, program.as_ref(), &filename, console, quiet)
        }
        (None, Some(Script::Text(text))) => interp.run_main(text, &filename),
        (None, Some(Script::File(bytes))) => interp.run_main_bytes(bytes, &filename),
        (None, None) => Ok(()),
    };
    interp.flush();
    let code = match result {
        Ok(()) => 0,
        Err(RunError::SystemExit(code)) => (code & 0xff) as u8,
        Err(RunError::InterruptedAtExit) => die_by_sigint(),
        Err(RunError::Exception {
            traceback,
            type_name,
            ..
        }) => {
            eprint!("{traceback}");
            if type_name == "KeyboardInterrupt" {
                die_by_sigint();
            }
            1
        }
        Err(other) => {
            eprintln!("gilpy: {other}");
            1
        }
    };
    // Exit while still holding the GIL: daemon threads stop where they are, as in CPython.
    std::process::exit(code as i32)
}

/// True when the command line asks for an interactive session: `-i`, or no program with
/// a terminal for input (input that is not a terminal is read as a program).
fn wants_session(cli: &Cli) -> bool {
    let default_stdin =
        matches!(cli.command, Command::Stdin) && cli.argv.first().is_none_or(|a| a.is_empty());
    cli.inspect || (default_stdin && std::io::stdin().is_terminal())
}

/// `gilpy -i`: runs the program, if any, in `__main__` (its error reported, its threads
/// left running), then the session in its globals.
fn run_interactive(
    interp: &mut Interpreter,
    program: Option<&Script>,
    filename: &str,
    console: &Console,
    quiet: bool,
) -> Result<(), RunError> {
    interp.set_stdout_line_buffered();
    let ran = match program {
        Some(Script::Text(text)) => interp.run_main_keeping_threads(text, filename),
        Some(Script::File(bytes)) => interp.run_main_bytes_keeping_threads(bytes, filename),
        None => Ok(()),
    };
    if let Err(RunError::Exception { traceback, .. }) = ran {
        interp.write_stderr(&traceback);
    }
    run_session(interp, console, &SessionOptions { quiet })
}

/// The interrupt flag Ctrl-C sets (the process has one SIGINT, so one flag).
static SIGINT_FLAG: std::sync::OnceLock<std::sync::Arc<std::sync::atomic::AtomicBool>> =
    std::sync::OnceLock::new();

extern "C" fn on_sigint(_sig: libc::c_int) {
    if let Some(flag) = SIGINT_FLAG.get() {
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Routes Ctrl-C to the interpreter: KeyboardInterrupt in the main thread at its next check point or wait.
fn install_sigint(flag: std::sync::Arc<std::sync::atomic::AtomicBool>) {
    let _ = SIGINT_FLAG.set(flag);
    // SAFETY: the handler only performs an atomic store, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// Ends the process by SIGINT, as CPython does after an uncaught KeyboardInterrupt.
fn die_by_sigint() -> ! {
    // SAFETY: resetting a signal to its default action and raising it has no memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    // Not reached when the signal is delivered; the shell's status for SIGINT otherwise.
    std::process::exit(130)
}

/// The program to run: `-c` text, or the bytes of a script file or of standard input.
enum Script {
    Text(String),
    File(Vec<u8>),
}

/// Reads a script, returning its bytes, absolute path and directory (CPython's `sys.path[0]`).
fn read_script(file: &str) -> Result<(Vec<u8>, String, String), u8> {
    let path = std::path::Path::new(file);
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match std::fs::read(path) {
        Ok(bytes) => {
            let dir = abs
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            Ok((bytes, abs.to_string_lossy().into_owned(), dir))
        }
        Err(e) => {
            let prog = std::env::args()
                .next()
                .unwrap_or_else(|| "gilpy".to_owned());
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = gilpy::vm::errors::strerror(errno).unwrap_or_else(|| e.to_string());
            eprintln!(
                "{prog}: can't open file '{}': [Errno {errno}] {msg}",
                abs.to_string_lossy()
            );
            Err(2)
        }
    }
}

/// `--dis file`.
fn dis(file: &str) -> u8 {
    let Ok(text) = std::fs::read_to_string(file) else {
        eprintln!("gilpy: can't open file '{file}'");
        return 2;
    };
    let parsed = gilpy::parser::parse_module(&text, file)
        .and_then(|m| gilpy::compiler::compile(&m, &text, file, gilpy::compiler::Mode::Exec));
    match parsed {
        Ok(code) => {
            print!("{}", gilpy::compiler::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!(
                "  File \"{}\", line {}\nSyntaxError: {}",
                e.filename, e.lineno, e.msg
            );
            1
        }
    }
}
