//! Running untrusted user scripts with limits: a fuel budget, a time limit and a memory
//! ceiling, with file-system, environment and process access switched off. Each script
//! that breaks a rule is stopped with its own exception; the Vm goes on to the next.
//!
//! `cargo run -p molt_vm --example sandbox`

use std::time::Duration;

use molt_vm::{Python, Vm};

fn main() {
    let mut vm = Vm::builder()
        .fuel(5_000_000)
        .time_limit(Duration::from_secs(2))
        .memory_limit(256 << 20)
        .sandboxed()
        .build();
    let scripts = [
        ("well behaved", "result = sum(i * i for i in range(1000))"),
        ("infinite loop", "while True:\n    pass"),
        ("swallows errors", "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass"),
        ("reads a file", "result = open('/etc/passwd').read()"),
        ("reads the environment", "import os\nresult = os.environ['HOME']"),
        ("runs a command", "import os\nresult = os.system('echo hi')"),
        ("hogs memory", "hog = []\nwhile True:\n    hog.append(bytearray(1 << 20))"),
    ];
    for (name, source) in scripts {
        match vm.exec(source) {
            Ok(()) => {
                let r: String = vm.eval("repr(result)").unwrap_or_default();
                println!("{name:>22}: ok, result = {r}");
            }
            Err(e) => println!("{name:>22}: stopped by {}: {}", e.type_name, e.message),
        }
        // (What a stopped script left behind is dropped before the next one.)
        let _ = vm.exec("hog = None");
    }
}
