//! The `molt` command: `molt run FILE [ARGS]`, `molt FILE [ARGS]`, `molt -c CODE [ARGS]`,
//! `molt -m MODULE [ARGS]`, `molt dis FILE`, `molt --version`; with no program, the
//! interactive session on a terminal (src/repl.rs) or the program read from standard
//! input; `-i` opens the session after the program.

use clap::Parser;

#[cfg(not(target_family = "wasm"))]
mod alloc_options;
#[cfg(not(target_family = "wasm"))]
mod allocator;
mod repl;

#[cfg(not(target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: allocator::Molt = allocator::Molt;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "molt",
    disable_version_flag = true,
    about = "Molt: a fast Python 3.12 in Rust"
)]
struct Cli {
    /// Print the version and exit.
    #[arg(short = 'V', long = "version")]
    version: bool,
    /// Inspect interactively after running the program (`molt -i script.py`).
    #[arg(short = 'i')]
    inspect: bool,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,
    /// Run a library module as a script (`molt -m pkg.mod ARGS`).
    #[arg(short = 'm', value_name = "MODULE", allow_hyphen_values = true)]
    module: Option<String>,
    /// `run FILE`, `dis FILE`, `FILE` or `-` (standard input), followed by the script's
    /// arguments. With none, an interactive session (or the program on standard input
    /// when it is not a terminal).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn run_in_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    // Interpreter frames live on the heap, but builtins that call back into Python recurse
    // natively; a large stack keeps deep (but legal) nesting from overflowing.
    let h = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(f)
        .expect("spawn interpreter thread");
    h.join().unwrap_or(70)
}

fn main() -> ExitCode {
    #[cfg(not(target_family = "wasm"))]
    alloc_options::configure();
    let cli = Cli::parse();
    if cli.version {
        println!("Molt {VERSION} (Python 3.12.1)");
        return ExitCode::SUCCESS;
    }
    let inspect = cli.inspect;
    let code = if let Some(src) = cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args);
        run_in_big_stack(move || {
            let mut vm = new_vm(argv, inspect);
            let code = vm.run_main_source(&src);
            finish(vm, code)
        })
    } else if let Some(module) = cli.module {
        let mut argv = vec!["-m".to_string()];
        argv.extend(cli.args);
        run_in_big_stack(move || {
            let mut vm = new_vm(argv, inspect);
            let code = vm.run_main_module(&module);
            finish(vm, code)
        })
    } else {
        let mut args = cli.args;
        if args.is_empty() || args[0] == "-" {
            return from_stdin(args, inspect);
        }
        match args[0].as_str() {
            "dis" => {
                let Some(path) = args.get(1).cloned() else {
                    eprintln!("usage: molt dis FILE");
                    return ExitCode::from(2);
                };
                return dis(&path);
            }
            "run" => {
                args.remove(0);
                if args.is_empty() {
                    eprintln!("usage: molt run FILE [ARGS...]");
                    return ExitCode::from(2);
                }
            }
            _ => {}
        }
        let path = args[0].clone();
        run_in_big_stack(move || {
            let mut vm = new_vm(args, inspect);
            let code = vm.run_main_file(&path);
            finish(vm, code)
        })
    };
    exit_with(code)
}

/// A Vm for the program, with Ctrl-C raising KeyboardInterrupt; `inspect` keeps it for
/// the interactive session after the program (`-i`).
fn new_vm(argv: Vec<String>, inspect: bool) -> molt_vm::Vm {
    let mut vm = molt_vm::Vm::with_argv(argv);
    vm.install_signal_handlers();
    vm.inspect = inspect;
    vm
}

/// After the program: the interactive session under `-i`, then the exit status.
fn finish(vm: molt_vm::Vm, code: i32) -> i32 {
    if vm.inspect {
        return repl::run(vm, false);
    }
    exit_code(&vm, code)
}

/// No program named (or `-`): an interactive session on a terminal (or with `-i`), else
/// the whole of standard input is the program, as CPython reads it.
fn from_stdin(mut args: Vec<String>, inspect: bool) -> ExitCode {
    use std::io::{IsTerminal, Read};
    let dash = !args.is_empty();
    if args.is_empty() {
        args.push(String::new());
    }
    let interactive = inspect || (!dash && std::io::stdin().is_terminal());
    let code = run_in_big_stack(move || {
        let mut vm = new_vm(args, false);
        if interactive {
            return repl::run(vm, true);
        }
        let mut src = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut src) {
            eprintln!("molt: can't read standard input: {e}");
            return 2;
        }
        let code = vm.run_main_stdin(&src);
        exit_code(&vm, code)
    });
    exit_with(code)
}

fn exit_with(code: i32) -> ExitCode {
    if code == INTERRUPTED {
        #[cfg(unix)]
        molt_vm::die_by_signal(2);
    }
    ExitCode::from((code & 0xff) as u8)
}

/// The interpreter thread's result when the program ended with KeyboardInterrupt.
const INTERRUPTED: i32 = -2;

fn exit_code(vm: &molt_vm::Vm, code: i32) -> i32 {
    if vm.interrupted {
        INTERRUPTED
    } else {
        code
    }
}

fn dis(path: &str) -> ExitCode {
    let src = match std::fs::read(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("molt: can't open file '{path}': {e}");
            return ExitCode::from(2);
        }
    };
    let text = match molt_bytecode::decode_source(&src, path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "  File \"{}\", line {}\n{}: {}",
                e.filename, e.lineno, e.kind, e.msg
            );
            return ExitCode::from(1);
        }
    };
    match molt_bytecode::compile_module(&text, path) {
        Ok(code) => {
            print!("{}", molt_bytecode::dis::disassemble(&code));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "  File \"{}\", line {}\n{}: {}",
                e.filename, e.lineno, e.kind, e.msg
            );
            ExitCode::from(1)
        }
    }
}
