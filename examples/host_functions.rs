//! Host functions (Rust closures callable from Python) and a native module scripts import.
//!
//! `cargo run --release --example host_functions`

use gilpy::{HostError, Interpreter, NativeModule, PyObject, Python, RunError};
use std::collections::HashMap;

const SCRIPT: &str = r#"
import inventory

stock = inventory.lookup("apples")
print("apples in stock:", stock)
print("price for 3:", inventory.price(3, discount=0.1))
print("price for 2:", inventory.price(2))
try:
    inventory.lookup("durian")
except KeyError as e:
    print("no such item:", e)
print("twice via callback:", apply_twice(lambda x: x * 10, 4))
print("units:", inventory.UNITS)
"#;

fn main() -> Result<(), RunError> {
    let stock: HashMap<&str, i64> = HashMap::from([("apples", 12), ("pears", 4)]);
    let inventory = NativeModule::new("inventory")
        .function("lookup", move |name: String| {
            stock
                .get(name.as_str())
                .copied()
                .ok_or_else(|| HostError::new("KeyError", name.clone()))
        })
        .function_kw(
            "price",
            &["count", "discount"],
            |count: u32, discount: Option<f64>| {
                Ok::<_, HostError>(f64::from(count) * 0.5 * (1.0 - discount.unwrap_or(0.0)))
            },
        )
        .constant("UNITS", vec!["kg", "box"]);

    let mut interp = Interpreter::new();
    interp.with_gil(|py| {
        py.add_module(inventory)?;
        // A host function that calls back into Python takes the token first.
        py.add_function("apply_twice", |py: &mut Python, f: PyObject, x: i64| {
            let once = f.call(py, (x,))?;
            let twice: i64 = f.call(py, (once,))?.extract(py)?;
            Ok::<_, HostError>(twice)
        })?;
        py.run(SCRIPT, "shop.py")
    })?;

    // Calling a Python function from Rust with keyword arguments.
    interp.run(
        "def label(item, *, count=1):\n    return f'{count} x {item}'",
        "<defs>",
    )?;
    let text: String = interp.with_gil(|py| {
        let label: PyObject = py.get_global("label")?;
        label.call_kw(py, ("pear",), &[("count", &4)])?.extract(py)
    })?;
    println!("from Rust: {text}");
    assert_eq!(text, "4 x pear");
    Ok(())
}
