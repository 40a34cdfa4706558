//! Embedding API: denied capabilities raise PermissionError instead of acting.

use gilpy::{Capabilities, Capability, Interpreter, Options, RunError};

/// An interpreter with `caps`.
fn with_caps(caps: Capabilities) -> Interpreter {
    Interpreter::with_options(Options::default().capabilities(caps))
}

/// Runs `code` and returns the PermissionError message it raised.
fn denied(interp: &mut Interpreter, code: &str) -> String {
    let wrapped = format!(
        "try:\n    {code}\n    outcome = 'allowed'\nexcept PermissionError as e:\n    outcome = str(e)"
    );
    interp.run(&wrapped, "<sandbox>").unwrap();
    interp.eval("outcome").unwrap()
}

#[test]
fn filesystem_denied() {
    let dir = std::env::temp_dir().join(format!("gilpy_sandbox_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("keep.txt");
    std::fs::write(&file, "precious").unwrap();
    let caps = Capabilities {
        filesystem: false,
        ..Capabilities::ALL
    };
    let mut interp = with_caps(caps);
    interp
        .with_gil(|py| py.set_global("target", file.to_string_lossy().as_ref()))
        .unwrap();
    interp
        .with_gil(|py| py.set_global("folder", dir.to_string_lossy().as_ref()))
        .unwrap();
    assert_eq!(
        denied(&mut interp, "open(target)"),
        "open: filesystem access is denied by the host"
    );
    assert!(denied(&mut interp, "open(target, 'w')").contains("denied"));
    assert!(denied(&mut interp, "import os; os.remove(target)").contains("os.remove"));
    assert!(denied(&mut interp, "import os; os.listdir(folder)").contains("os.listdir"));
    assert!(denied(&mut interp, "import os; os.mkdir(folder + '/x')").contains("os.mkdir"));
    assert!(denied(&mut interp, "import os; os.rename(target, target + '2')").contains("denied"));
    assert!(denied(&mut interp, "import os.path; os.path.exists(target)").contains("denied"));
    assert!(denied(&mut interp, "import os; os.getcwd()").contains("denied"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "precious");
    let err = interp.run("open(target)", "<f>").unwrap_err();
    assert_eq!(err.type_name(), Some("PermissionError"));
    // Allowed by default.
    let mut open_interp = Interpreter::new();
    open_interp
        .with_gil(|py| py.set_global("target", file.to_string_lossy().as_ref()))
        .unwrap();
    assert_eq!(
        open_interp.eval::<String>("open(target).read()").unwrap(),
        "precious"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn environment_denied() {
    let caps = Capabilities {
        environment: false,
        ..Capabilities::ALL
    };
    let mut interp = with_caps(caps);
    assert!(denied(&mut interp, "import os; os.getenv('PATH')").contains("environment access"));
    assert_eq!(
        interp
            .eval::<usize>("len(__import__('os').environ)")
            .unwrap(),
        0
    );
    let mut open_interp = Interpreter::new();
    assert!(
        open_interp
            .eval::<usize>("len(__import__('os').environ)")
            .unwrap()
            > 0
    );
}

#[test]
fn process_exit_denied() {
    let caps = Capabilities {
        process_exit: false,
        ..Capabilities::ALL
    };
    let mut interp = with_caps(caps);
    assert_eq!(
        denied(&mut interp, "import sys; sys.exit(3)"),
        "sys.exit: exiting is denied by the host"
    );
    assert!(denied(&mut interp, "exit(1)").contains("exiting is denied"));
    assert!(denied(&mut interp, "quit()").contains("exiting is denied"));
    let err = interp.run("import sys\nsys.exit(2)", "<x>").unwrap_err();
    assert_eq!(err.type_name(), Some("PermissionError"));
    let mut open_interp = Interpreter::new();
    assert_eq!(
        open_interp.run("exit(5)", "<x>"),
        Err(RunError::SystemExit(5))
    );
}

#[test]
fn network_switch_is_checked_by_require_capability() {
    let mut sandbox = with_caps(Capabilities::NONE);
    let err = sandbox.with_gil(|py| {
        let r = py
            .vm()
            .require_capability(Capability::Network, "socket.connect");
        r.map_err(|e| py.report(e))
    });
    let err = err.unwrap_err();
    assert_eq!(err.type_name(), Some("PermissionError"));
    assert_eq!(
        err.to_string(),
        "PermissionError: socket.connect: network access is denied by the host"
    );
    let mut open_interp = Interpreter::new();
    assert!(
        open_interp.with_gil(|py| py.vm().require_capability(Capability::Network, "x").is_ok())
    );
}

#[test]
fn sandbox_denies_everything_but_computes() {
    let mut interp = with_caps(Capabilities::NONE);
    assert_eq!(
        interp.eval::<i64>("sum(i * i for i in range(10))").unwrap(),
        285
    );
    assert!(denied(&mut interp, "open('/etc/passwd')").contains("denied"));
    assert!(denied(&mut interp, "exit()").contains("denied"));
}
