//! Tests of the embedding API: conversions both ways, calls, Rust functions and classes,
//! errors and panics, redirected streams, limits and capabilities.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::{Args, ClassBuilder, PyBytes, PyErr, PyObject, Python, Vm};

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Buffer {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

#[test]
fn integers_convert_with_overflow_errors() {
    let mut vm = Vm::new();
    assert_eq!(vm.eval::<u8>("255").unwrap(), 255);
    let e = vm.eval::<u8>("256").unwrap_err();
    assert_eq!(e.type_name, "OverflowError");
    assert_eq!(e.message, "Python int too large to convert to Rust u8");
    assert_eq!(vm.eval::<i128>("-2**100").unwrap(), -(1i128 << 100));
    assert_eq!(vm.eval::<u64>("True").unwrap(), 1);
    assert_eq!(vm.eval::<i64>("'7'").unwrap_err().type_name, "TypeError");
    let big = vm.to_py(u64::MAX).unwrap();
    assert_eq!(vm.repr(&big).unwrap(), "18446744073709551615");
    assert_eq!(vm.eval::<f64>("3").unwrap(), 3.0);
}

#[test]
fn containers_convert_both_ways() {
    let mut vm = Vm::new();
    let mut m = HashMap::new();
    m.insert("a".to_string(), vec![1i64, 2]);
    vm.set("m", m).unwrap();
    assert_eq!(vm.eval::<i64>("sum(m['a'])").unwrap(), 3);
    let back: BTreeMap<String, Vec<i64>> = vm.get("m").unwrap();
    assert_eq!(back["a"], [1, 2]);
    vm.set("t", ("x", 1.5, Some(true), None::<i64>)).unwrap();
    assert_eq!(
        vm.eval::<String>("repr(t)").unwrap(),
        "('x', 1.5, True, None)"
    );
    let t: (String, f64, Option<bool>, Option<i64>) = vm.get("t").unwrap();
    assert_eq!(t, ("x".into(), 1.5, Some(true), None));
    vm.set("b", PyBytes(b"\x00hi".to_vec())).unwrap();
    assert_eq!(vm.eval::<String>("repr(b)").unwrap(), "b'\\x00hi'");
    assert_eq!(vm.eval::<PyBytes>("bytearray(b'ok')").unwrap().0, b"ok");
    assert_eq!(vm.eval::<Vec<String>>("('p', 'q')").unwrap(), ["p", "q"]);
}

#[test]
fn calls_iteration_and_imports() {
    let mut vm = Vm::new();
    let json = vm.import("json").unwrap();
    let s: String = vm.call_method(&json, "dumps", (vec![1, 2],)).unwrap();
    assert_eq!(s, "[1, 2]");
    let sorted: PyObject = vm.eval("sorted").unwrap();
    let rev = vm.to_py(true).unwrap();
    let r: Vec<i64> = vm
        .call_kw(&sorted, (vec![3, 1, 2],), &[("reverse", rev)])
        .unwrap();
    assert_eq!(r, [3, 2, 1]);
    let gen = vm.eval("(c.upper() for c in 'ab')").unwrap();
    let items: Vec<String> = vm
        .iter(&gen)
        .unwrap()
        .map(|o| o.unwrap())
        .map(|o| vm_str(&o))
        .collect();
    assert_eq!(items, ["A", "B"]);
    let bad = vm.eval("(1 // 0 for _ in 'x')").unwrap();
    let first = vm.iter(&bad).unwrap().next().unwrap();
    assert_eq!(first.unwrap_err().type_name, "ZeroDivisionError");
    assert_eq!(vm.get::<i64>("nope").unwrap_err().type_name, "NameError");
}

fn vm_str(o: &PyObject) -> String {
    match o.value().kind() {
        Some(molt_builtins::Kind::Str(s)) => s.s.as_str().to_owned(),
        _ => String::new(),
    }
}

#[test]
fn rust_functions_take_keywords_and_raise() {
    let mut vm = Vm::new();
    let f = vm.function("scale", |py, args: Args| {
        let x: f64 = args.get(py, 0)?;
        let by: Option<f64> = args.kw(py, "by")?;
        if x < 0.0 {
            return Err(PyErr::value_error("negative"));
        }
        Ok(x * by.unwrap_or(2.0))
    });
    vm.set("scale", f).unwrap();
    assert_eq!(vm.eval::<f64>("scale(2, by=10)").unwrap(), 20.0);
    assert_eq!(vm.eval::<f64>("scale(2)").unwrap(), 4.0);
    vm.exec("try:\n    scale(-1)\nexcept ValueError as e:\n    caught = str(e)")
        .unwrap();
    assert_eq!(vm.get::<String>("caught").unwrap(), "negative");
    let g = vm.function("pair", |_rt, (a, b): (i64, i64)| Ok((b, a)));
    vm.set("pair", g).unwrap();
    let e = vm.eval::<PyObject>("pair(1)").unwrap_err();
    assert_eq!(
        e.to_string(),
        "TypeError: pair() takes 2 positional arguments but 1 was given"
    );
    // A Python callback called from Rust called from Python.
    let apply = vm.function("apply", |py, (f, x): (PyObject, i64)| {
        py.call::<i64>(&f, (x,))
    });
    vm.set("apply", apply).unwrap();
    assert_eq!(vm.eval::<i64>("apply(lambda v: v + 1, 41)").unwrap(), 42);
}

#[test]
fn a_panic_becomes_a_python_exception() {
    let mut vm = Vm::new();
    let f = vm.function("boom", |_rt, ()| -> Result<i64, PyErr> { panic!("kaboom") });
    vm.set("boom", f).unwrap();
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let e = vm.exec("boom()").unwrap_err();
    std::panic::set_hook(prev);
    assert_eq!(e.type_name, "PanicException");
    assert_eq!(e.message, "Rust panic in boom(): kaboom");
    // Not an Exception: `except Exception` does not hide it.
    assert!(!vm
        .eval::<bool>("issubclass(__import__('molt').PanicException, Exception)")
        .unwrap());
    assert_eq!(vm.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn classes_reject_reentry_and_foreign_objects() {
    struct Cell {
        v: i64,
    }
    let mut vm = Vm::new();
    let class = vm
        .class(
            ClassBuilder::new("Cell")
                .constructor(|_rt, (v,): (i64,)| Ok(Cell { v }))
                .method("call_back", |py, c: &mut Cell, (f,): (PyObject,)| {
                    c.v += 1;
                    py.call::<PyObject>(&f, ())
                })
                .getter("v", |c: &Cell| c.v),
        )
        .unwrap();
    vm.set("Cell", class.class()).unwrap();
    vm.exec("c = Cell(1)").unwrap();
    let e = vm
        .exec("c.call_back(lambda: c.call_back(None))")
        .unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    assert_eq!(vm.eval::<i64>("c.v").unwrap(), 2);
    assert!(vm.eval::<bool>("isinstance(c, Cell)").unwrap());
    let e = vm.exec("Cell.call_back(object(), None)").unwrap_err();
    assert_eq!(e.type_name, "TypeError");
}

#[test]
fn streams_are_redirected() {
    let (out, err) = (Buffer::default(), Buffer::default());
    let mut vm = Vm::builder()
        .stdout(out.clone())
        .stderr(err.clone())
        .stdin(std::io::Cursor::new("first\nsecond\n"))
        .argv(["app", "x"])
        .build();
    vm.exec("import sys\nprint(input(), sys.stdin.readline().strip(), sys.argv)\nprint('oops', file=sys.stderr)")
        .unwrap();
    vm.flush();
    assert_eq!(out.text(), "first second ['app', 'x']\n");
    assert_eq!(err.text(), "oops\n");
    assert!(!vm.eval::<bool>("sys.stdin.isatty()").unwrap());
}

#[test]
fn fuel_stops_an_infinite_loop_and_the_vm_goes_on() {
    let mut vm = Vm::builder().fuel(50_000).build();
    let e = vm.exec("n = 0\nwhile True:\n    n += 1").unwrap_err();
    assert_eq!(e.type_name, "FuelExhausted");
    // (Raised at the loop's back edge, which carries the `while` line as CPython's
    // JUMP_BACKWARD does.)
    assert!(e.traceback.contains("line 2"));
    // A bare except cannot keep it running: every later back-edge raises again.
    let e = vm
        .exec("while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass")
        .unwrap_err();
    assert_eq!(e.type_name, "FuelExhausted");
    // Each run has the whole budget again; recursion without loops is charged too.
    assert_eq!(vm.eval::<i64>("sum(range(100))").unwrap(), 4950);
    vm.exec("def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)")
        .unwrap();
    assert_eq!(vm.eval::<i64>("fib(10)").unwrap(), 55);
    assert_eq!(
        vm.eval::<PyObject>("fib(30)").unwrap_err().type_name,
        "FuelExhausted"
    );
    assert!(vm.get::<i64>("n").unwrap() > 1000);
}

#[test]
fn the_deadline_stops_a_long_run() {
    let mut vm = Vm::builder().time_limit(Duration::from_millis(100)).build();
    let start = Instant::now();
    let e = vm.exec("while True:\n    pass").unwrap_err();
    assert_eq!(e.type_name, "DeadlineExceeded");
    assert!(start.elapsed() < Duration::from_secs(5));
    assert!(vm
        .eval::<bool>("issubclass(__import__('molt').DeadlineExceeded, BaseException)")
        .unwrap());
    assert_eq!(vm.eval::<i64>("2 + 2").unwrap(), 4);
}

#[cfg(target_os = "linux")]
#[test]
fn the_memory_limit_stops_growth() {
    let mut vm = Vm::builder().memory_limit(64 << 20).build();
    let e = vm
        .exec("keep = []\nwhile True:\n    keep.append('x' * 100000)")
        .unwrap_err();
    assert_eq!(e.type_name, "MemoryLimitExceeded");
    vm.exec("keep = None").unwrap();
    assert_eq!(vm.eval::<i64>("len('abc')").unwrap(), 3);
}

#[test]
fn capabilities_switch_off_files_environment_and_processes() {
    let mut vm = Vm::builder().sandboxed().build();
    for (code, what) in [
        ("open('/etc/hostname')", "file system access"),
        ("import os; os.listdir('.')", "file system access"),
        ("import os; os.environ['HOME']", "environment access"),
        ("import os; os.getenv('HOME')", "environment access"),
        ("import os; os.system('true')", "process control"),
    ] {
        let e = vm.exec(code).unwrap_err();
        assert_eq!(e.type_name, "PermissionError", "{code}");
        assert!(e.message.contains(what), "{code}: {}", e.message);
    }
    // The embedded library still imports; pure computation is untouched.
    assert_eq!(
        vm.eval::<String>("__import__('json').dumps({'a': 1})")
            .unwrap(),
        "{\"a\": 1}"
    );
    let mut open_vm = Vm::new();
    assert!(open_vm.exec("import os; os.listdir('.')").is_ok());
}

#[test]
fn two_vms_do_not_share_limits_or_functions() {
    let mut a = Vm::builder().fuel(1_000).build();
    let mut b = Vm::new();
    let f = b.function("only_b", |_rt, ()| Ok(1));
    b.set("only_b", f).unwrap();
    assert_eq!(b.eval::<i64>("sum(range(100000))").unwrap(), 4999950000);
    assert_eq!(
        a.eval::<PyObject>("only_b()").unwrap_err().type_name,
        "NameError"
    );
    assert_eq!(
        a.exec("for i in range(100000): pass")
            .unwrap_err()
            .type_name,
        "FuelExhausted"
    );
}

#[test]
fn run_file_and_the_module_path() {
    let dir = std::env::temp_dir().join(format!("molt-embed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("helper_mod.py"),
        "def triple(x):\n    return 3 * x\n",
    )
    .unwrap();
    let script = dir.join("main_script.py");
    std::fs::write(
        &script,
        "import helper_mod\nanswer = helper_mod.triple(14)\n",
    )
    .unwrap();
    let mut vm = Vm::builder().path(dir.to_string_lossy()).build();
    vm.run_file(&script).unwrap();
    assert_eq!(vm.get::<i64>("answer").unwrap(), 42);
    std::fs::write(&script, "x = 1\nraise KeyError('k')\n").unwrap();
    let e = vm.run_file(&script).unwrap_err();
    assert_eq!(e.type_name, "KeyError");
    assert!(
        e.traceback.contains("main_script.py\", line 2"),
        "{}",
        e.traceback
    );
    let missing = vm.run_file(dir.join("nope.py")).unwrap_err();
    assert_eq!(missing.type_name, "FileNotFoundError");
    let _ = std::fs::remove_dir_all(&dir);
}
