//! Embedding API: Rust types exposed as Python classes.

use gilpy::{HostClass, HostError, HostRef, Interpreter, NativeModule, RunError};

/// A bank account kept in Rust.
struct Account {
    owner: String,
    cents: i64,
}

/// The `Account` class: constructor, methods, read-only attributes.
fn account_class() -> HostClass<Account> {
    HostClass::<Account>::new("Account")
        .constructor(|owner: String, cents: Option<i64>| {
            Ok::<_, HostError>(HostRef::new(Account {
                owner,
                cents: cents.unwrap_or(0),
            }))
        })
        .method("deposit", |this: HostRef<Account>, cents: i64| {
            if cents <= 0 {
                return Err(HostError::new("ValueError", "deposit must be positive"));
            }
            this.borrow_mut().cents += cents;
            Ok(this.borrow().cents)
        })
        .method(
            "transfer",
            |this: HostRef<Account>, to: HostRef<Account>, cents: i64| {
                this.borrow_mut().cents -= cents;
                to.borrow_mut().cents += cents;
                Ok::<_, HostError>(())
            },
        )
        .getter("owner", |a: &Account| a.owner.clone())
        .getter("balance", |a: &Account| a.cents)
}

#[test]
fn host_class_from_python_and_rust() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.add_class(account_class())?;
        py.run(
            "a = Account('ann', 100)\nb = Account('bob')\na.deposit(50)\na.transfer(b, 30)\nsummary = [(x.owner, x.balance) for x in (a, b)]",
            "<bank>",
        )?;
        let summary: Vec<(String, i64)> = py.get_global("summary")?;
        assert_eq!(summary, [("ann".to_owned(), 120), ("bob".to_owned(), 30)]);
        let b: HostRef<Account> = py.get_global("b")?;
        b.borrow_mut().cents = 7;
        assert_eq!(py.eval::<i64>("b.balance")?, 7);
        py.set_global("c", HostRef::new(Account { owner: "cy".into(), cents: 1 }))?;
        assert_eq!(py.eval::<String>("c.owner")?, "cy");
        assert!(py.eval::<bool>("isinstance(c, Account) and type(c) is Account")?);
        Ok::<_, RunError>(())
    })
    .unwrap();
}

#[test]
fn host_class_errors() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.add_class(account_class())?;
        let cases = [
            ("Account('x').deposit(-1)", "ValueError: deposit must be positive"),
            ("Account('x').missing", "AttributeError: 'Account' object has no attribute 'missing'"),
            ("Account(5)", "TypeError: Account() argument 1: 'int' object cannot be converted to 'str'"),
            (
                "Account('x').transfer(3, 1)",
                "TypeError: transfer() argument 2: 'int' object cannot be converted to 'Account'",
            ),
        ];
        for (code, msg) in cases {
            let err = py.eval::<gilpy::PyObject>(code).unwrap_err();
            assert_eq!(err.to_string(), msg, "for {code}");
        }
        let err = py.eval::<HostRef<Account>>("3").unwrap_err();
        assert_eq!(err.type_name(), Some("TypeError"));
        Ok::<_, RunError>(())
    })
    .unwrap();
}

#[test]
fn unregistered_host_type_cannot_be_converted() {
    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        let err = py.set_global("x", HostRef::new(5u8)).unwrap_err();
        assert_eq!(err.type_name(), Some("TypeError"));
    });
}

#[test]
fn class_without_constructor_and_in_a_module() {
    let mut interp = Interpreter::new();
    interp
        .with_gil(|py| {
            let class =
                py.add_class(HostClass::<u32>::new("Ticket").getter("number", |n: &u32| *n))?;
            let module = NativeModule::new("tickets")
                .constant("Ticket", class)
                .function("issue", |n: u32| Ok::<_, HostError>(HostRef::new(n)));
            py.add_module(module)?;
            py.run("import tickets\nt = tickets.issue(9)\nn = t.number", "<t>")?;
            assert_eq!(py.get_global::<u32>("n")?, 9);
            let err = py.run("tickets.Ticket()", "<t>").unwrap_err();
            assert_eq!(
                err.to_string(),
                "TypeError: cannot create 'Ticket' instances"
            );
            Ok::<_, RunError>(())
        })
        .unwrap();
}
