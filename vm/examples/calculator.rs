//! A calculator REPL inside a Rust program: each line is evaluated as a Python expression
//! (or run as a statement), with a few Rust functions available, and the last result kept
//! in `ans`. Errors are shown and the session goes on.
//!
//! `cargo run -p molt_vm --example calculator`, then type `sqrt(2) * 10`, `x = 3`,
//! `x ** ans`, `hypot(3, 4)`...; an empty line or end of input ends it.

use std::io::{BufRead, Write};

use molt_vm::{InputState, PyObject, Python, Vm};

fn main() {
    let mut vm = Vm::new();
    let hypot = vm.function("hypot", |_py, (a, b): (f64, f64)| Ok(a.hypot(b)));
    vm.set("hypot", hypot).expect("set hypot");
    vm.exec("from math import *\nans = 0").expect("prelude");
    let stdin = std::io::stdin();
    let mut out = std::io::stdout();
    loop {
        print!("calc> ");
        let _ = out.flush();
        let mut line = String::new();
        if stdin.lock().read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            println!();
            break;
        }
        let line = line.trim();
        // An expression gives a value; anything else is run as a statement.
        match vm.eval::<PyObject>(line) {
            Ok(v) => {
                vm.set("ans", v.clone()).expect("set ans");
                match vm.repr(&v) {
                    Ok(r) => println!("= {r}"),
                    Err(e) => println!("error: {e}"),
                }
            }
            Err(e) if e.type_name == "SyntaxError" => {
                if vm.input_state(line) == InputState::Incomplete {
                    println!("error: incomplete input");
                } else if let Err(e) = vm.exec(line) {
                    println!("error: {e}");
                }
            }
            Err(e) => println!("error: {e}"),
        }
    }
}
