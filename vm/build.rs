//! Embeds the Python modules of lib/ into the binary: writes `$OUT_DIR/stdlib.rs`, a table
//! of (module name, is_package, source) built with `include_str!`.

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
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("stdlib.rs");
    std::fs::write(out, src).expect("write stdlib table");
}
