//! The Python modules of lib/, embedded at build time (see vm/build.rs), so `molt` needs no
//! files beside itself.

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// The source of embedded module `name` and whether it is a package.
pub fn find(name: &str) -> Option<(bool, &'static str)> {
    MODULES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, pkg, src)| (*pkg, *src))
}

/// The code of embedded module `name` from the build-time snapshot (None if the snapshot
/// does not have it or rejects it: the caller then compiles the source).
pub fn compiled(name: &str) -> Option<std::rc::Rc<molt_bytecode::Code>> {
    let snap = molt_bytecode::snapshot::Snapshot::parse(SNAPSHOT).ok()?;
    snap.find(name)?.load().ok()
}

#[cfg(test)]
mod tests {
    /// Every lib/ module loads from the build-time snapshot (no silent fall-back to
    /// compiling its source at run time).
    #[test]
    fn every_lib_module_loads_from_the_snapshot() {
        let snap = molt_bytecode::snapshot::Snapshot::parse(super::SNAPSHOT).expect("snapshot");
        for (name, _, _) in super::MODULES {
            let e = snap.find(name).unwrap_or_else(|| panic!("{name} missing"));
            if let Err(err) = e.load() {
                panic!("{name}: {err}");
            }
        }
    }
}
