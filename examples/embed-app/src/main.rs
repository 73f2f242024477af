//! A Rust program embedding Molt from outside its workspace: it evaluates Python,
//! exposes a Rust function and a Rust struct to a script, and stops an infinite loop
//! with the fuel limit. `cargo run --manifest-path examples/embed-app/Cargo.toml`

use molt_vm::{ClassBuilder, PyErr, Python, Vm};

/// A temperature kept in Rust and used from Python.
struct Thermometer {
    celsius: f64,
}

fn main() -> Result<(), PyErr> {
    let mut vm = Vm::builder().fuel(1_000_000).build();

    // Evaluate Python.
    let n: i64 = vm.eval("sum(range(10))")?;
    println!("sum(range(10)) = {n}");

    // A Rust function called from Python.
    let shout = vm.function("shout", |_py, (s,): (String,)| Ok(s.to_uppercase() + "!"));
    vm.set("shout", shout)?;

    // A Rust struct as a Python class.
    let class = vm.class(
        ClassBuilder::new("Thermometer")
            .constructor(|_py, (celsius,): (f64,)| Ok(Thermometer { celsius }))
            .method("warm", |_py, t: &mut Thermometer, (by,): (f64,)| {
                t.celsius += by;
                Ok(t.celsius)
            })
            .getter("fahrenheit", |t: &Thermometer| t.celsius * 9.0 / 5.0 + 32.0),
    )?;
    vm.set("Thermometer", class.class())?;
    vm.exec("t = Thermometer(20)\nt.warm(5)\nmessage = shout(f'{t.fahrenheit:.0f} degrees')")?;
    let message: String = vm.get("message")?;
    println!("{message}");
    assert_eq!(message, "77 DEGREES!");

    // An infinite loop stopped by the fuel limit; the Vm is still usable afterwards.
    let err = vm.exec("while True:\n    pass").unwrap_err();
    println!("infinite loop stopped: {}", err.type_name);
    assert_eq!(err.type_name, "FuelExhausted");
    let again: i64 = vm.eval("6 * 7")?;
    println!("still usable: {again}");
    Ok(())
}
