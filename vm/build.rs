//! Embeds the Python modules of lib/ into the binary: writes `$OUT_DIR/stdlib.rs`, a table
//! of (module name, is_package, source) built with `include_str!`, and
//! `$OUT_DIR/lib.snapshot`, every module compiled at build time (molt_bytecode::snapshot),
//! so importing them needs no compiling at run time.

use std::fmt::Write;
use std::path::Path;

fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if p.is_dir() {
            let init = p.join("__init__.py");
            let modname = format!("{prefix}{name}");
            if init.is_file() {
                out.push((modname.clone(), true, init.to_string_lossy().into_owned()));
            }
            walk(&p, &format!("{modname}."), out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((
                    format!("{prefix}{stem}"),
                    false,
                    p.to_string_lossy().into_owned(),
                ));
            }
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("../lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut mods = Vec::new();
    walk(&lib, "", &mut mods);
    let mut src = String::from("/// Embedded lib/ modules: (name, is_package, source).\npub static MODULES: &[(&str, bool, &str)] = &[\n");
    for (name, pkg, path) in &mods {
        println!("cargo:rerun-if-changed={path}");
        let _ = writeln!(src, "    ({name:?}, {pkg}, include_str!({path:?})),");
    }
    src.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut compiled = Vec::new();
    for (name, pkg, path) in &mods {
        let bytes = std::fs::read(path).expect("read lib module");
        let rel = name.replace('.', "/");
        let file = if *pkg {
            format!("<molt>/lib/{rel}/__init__.py")
        } else {
            format!("<molt>/lib/{rel}.py")
        };
        let text = molt_bytecode::decode_source(&bytes, &file)
            .unwrap_or_else(|e| panic!("{file}: {}", e.msg));
        let code = molt_bytecode::compile_module(&text, &file)
            .unwrap_or_else(|e| panic!("lib/ must compile: {file}:{}: {}", e.lineno, e.msg));
        compiled.push((name.clone(), *pkg, code));
    }
    let snap = molt_bytecode::snapshot::build(&compiled);
    let snap_path = Path::new(&out_dir).join("lib.snapshot");
    std::fs::write(&snap_path, snap).expect("write lib snapshot");
    let _ = writeln!(
        src,
        "/// lib/ compiled at build time (see molt_bytecode::snapshot).\npub static SNAPSHOT: &[u8] = include_bytes!({:?});",
        snap_path.display().to_string()
    );
    let out = Path::new(&out_dir).join("stdlib.rs");
    std::fs::write(out, src).expect("write stdlib table");
}
