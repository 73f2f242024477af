//! A Rust struct exposed to Python as a class: a 2-D vector with a constructor, methods,
//! a read-write property and a read-only one, used from a Python script, then read back
//! in Rust.
//!
//! `cargo run -p molt_vm --example rust_struct`

use molt_vm::{with_instance, ClassBuilder, PyErr, PyObject, Python, Vm};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

fn main() -> Result<(), PyErr> {
    let mut vm = Vm::new();
    let class = vm.class(
        ClassBuilder::new("Vec2")
            .doc("A 2-D vector kept in Rust.")
            .constructor(|_py, (x, y): (f64, f64)| Ok(Vec2 { x, y }))
            .method("scale", |_py, v: &mut Vec2, (k,): (f64,)| {
                v.x *= k;
                v.y *= k;
                Ok(())
            })
            .method("dot", |py, v: &mut Vec2, (other,): (PyObject,)| {
                let o = with_instance(py, &other, |o: &mut Vec2| *o)?;
                Ok(v.x * o.x + v.y * o.y)
            })
            .method("__repr__", |_py, v: &mut Vec2, ()| {
                Ok(format!("Vec2({}, {})", v.x, v.y))
            })
            .getter("x", |v: &Vec2| v.x)
            .setter("x", |v: &mut Vec2, x: f64| {
                v.x = x;
                Ok(())
            })
            .getter("length", |v: &Vec2| v.x.hypot(v.y)),
    )?;
    vm.set("Vec2", class.class())?;
    // A value made in Rust goes to Python as an instance.
    let unit = class.instance(&mut vm, Vec2 { x: 1.0, y: 0.0 })?;
    vm.set("unit", unit)?;
    vm.exec(
        "v = Vec2(3, 4)\n\
         print(v, v.length)\n\
         v.scale(2)\n\
         v.x += 1\n\
         print(v, 'dot unit =', v.dot(unit))\n\
         try:\n    v.length = 0\nexcept AttributeError as e:\n    print('AttributeError:', e)\n",
    )?;
    let v: PyObject = vm.get("v")?;
    let back = with_instance(&mut vm, &v, |v: &mut Vec2| *v)?;
    println!("back in Rust: {back:?}");
    assert_eq!(back, Vec2 { x: 7.0, y: 8.0 });
    vm.flush();
    Ok(())
}
