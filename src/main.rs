//! The `molt` command: `molt run FILE [ARGS]`, `molt FILE [ARGS]`, `molt -c CODE [ARGS]`,
//! `molt -m MODULE [ARGS]`, `molt dis FILE`, `molt --version`.

use clap::Parser;

#[cfg(not(target_family = "wasm"))]
mod alloc_options;

#[cfg(not(target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
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
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,
    /// Run a library module as a script (`molt -m pkg.mod ARGS`).
    #[arg(short = 'm', value_name = "MODULE", allow_hyphen_values = true)]
    module: Option<String>,
    /// `run FILE`, `dis FILE`, or `FILE`, followed by the script's arguments.
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
    let code = if let Some(src) = cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args);
        run_in_big_stack(move || {
            let mut vm = molt_vm::Vm::with_argv(argv);
            vm.install_signal_handlers();
            let code = vm.run_main_source(&src);
            exit_code(&vm, code)
        })
    } else if let Some(module) = cli.module {
        let mut argv = vec!["-m".to_string()];
        argv.extend(cli.args);
        run_in_big_stack(move || {
            let mut vm = molt_vm::Vm::with_argv(argv);
            vm.install_signal_handlers();
            let code = vm.run_main_module(&module);
            exit_code(&vm, code)
        })
    } else {
        let mut args = cli.args;
        if args.is_empty() {
            eprintln!("molt: the interactive REPL is not implemented yet; use `molt FILE` or `molt -c CODE`");
            return ExitCode::from(2);
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
            let mut vm = molt_vm::Vm::with_argv(args);
            vm.install_signal_handlers();
            let code = vm.run_main_file(&path);
            exit_code(&vm, code)
        })
    };
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
