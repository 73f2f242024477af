//! Methods of float (more arrive with the builtin-types issue).

pub fn register(_rt: &mut crate::Runtime) {}
