//! What happens when an instance of a user class dies: `__del__` and weak-reference
//! callbacks.
//!
//! Reference counting frees an object the moment its last reference goes, inside `Drop`,
//! where no Python code may run. So an instance whose class has `__del__` is *resurrected*:
//! its fields move into a fresh instance that is queued on the runtime's finalizer queue
//! (`Runtime::finalizers`), and the interpreter calls `__del__` on it at its next call
//! boundary (and at exit). Weak references with callbacks to an instance are recorded in a
//! per-runtime table keyed by the instance's address; when the instance dies their
//! callbacks are queued the same way. Classes reach the queue and the table through
//! `TypeObj::finalize`, so nothing here is global.

use hashbrown::HashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objrc::WeakObj;

use crate::object::{Instance, Kind, Obj};
use crate::value::Value;

/// A class has `__del__`.
pub const HAS_DEL: u8 = 1;
/// Some instance of the class has a weak reference with a callback.
pub const HAS_WEAK_CALLBACKS: u8 = 2;

/// The runtime's finalisation state that classes point to.
pub struct Hooks {
    pub flags: Cell<u8>,
    /// The runtime's finalizer queue (`Runtime::finalizers`).
    pub queue: Rc<FinalizerQueue>,
    /// Weak references with callbacks, by the address of their referent's `Instance`.
    pub weak_callbacks: Rc<RefCell<HashMap<usize, Vec<WeakObj>>>>,
}

/// An instance whose `__del__` must run (the resurrected object).
pub struct PendingDel(pub Value);

/// A weak reference whose referent died: its callback must be called with it.
pub struct PendingWeakCallback(pub Value);

/// The identity of an instance for the weak-callback table.
pub fn instance_key(i: &Instance) -> usize {
    i as *const Instance as usize
}

impl Drop for Instance {
    fn drop(&mut self) {
        let hooks = {
            let cls = self.cls.get_mut();
            match cls.kind() {
                Some(Kind::Type(t)) => match &*t.finalize.borrow() {
                    Some(h) if h.flags.get() != 0 => h.clone(),
                    _ => return,
                },
                _ => return,
            }
        };
        let flags = hooks.flags.get();
        if flags & HAS_WEAK_CALLBACKS != 0 {
            let key = instance_key(self);
            let refs = hooks
                .weak_callbacks
                .try_borrow_mut()
                .ok()
                .and_then(|mut t| t.remove(&key));
            if let Some(refs) = refs {
                for w in refs.iter() {
                    if let Some(r) = Value::from_weak(w) {
                        hooks.queue.push(Box::new(PendingWeakCallback(r)));
                    }
                }
            }
        }
        if flags & HAS_DEL != 0 {
            let inst = Instance {
                cls: crate::class_cell::ClassCell::new(self.cls.get_mut().clone()),
                attrs: RefCell::new(std::mem::replace(
                    self.attrs.get_mut(),
                    crate::attrs::Attrs::ABSENT,
                )),
                extra: self.extra.take(),
            };
            let v = Value::from_obj(Obj::new(Kind::Instance(inst)));
            hooks.queue.push(Box::new(PendingDel(v)));
        }
    }
}

/// Finalisers waiting for the interpreter's next call boundary (`__del__` of freed
/// instances, weak-reference callbacks, suspended generators to close): the runtime's,
/// shared with the objects that add to it as they are freed. `due` says whether it holds
/// any, so the test made before every call is one load rather than a RefCell borrow.
#[derive(Default)]
pub struct FinalizerQueue {
    items: RefCell<Vec<Box<dyn std::any::Any>>>,
    due: Cell<bool>,
}

impl FinalizerQueue {
    /// Queues `item` (let go, as before the queue had a flag, when the queue is being
    /// taken from at that moment).
    pub fn push(&self, item: Box<dyn std::any::Any>) {
        if let Ok(mut q) = self.items.try_borrow_mut() {
            q.push(item);
            self.due.set(true);
        }
    }

    /// Whether anything is queued.
    #[inline(always)]
    pub fn is_due(&self) -> bool {
        self.due.get()
    }

    /// Everything queued, in the order queued; the queue is left empty.
    pub fn take(&self) -> Vec<Box<dyn std::any::Any>> {
        self.due.set(false);
        std::mem::take(&mut *self.items.borrow_mut())
    }
}

/// The finalisation hooks of class `cls` (created on first use), or None for a non-class.
pub fn hooks_for(rt: &crate::Runtime, cls: &Value) -> Option<Rc<Hooks>> {
    let Some(Kind::Type(t)) = cls.kind() else {
        return None;
    };
    let mut f = t.finalize.borrow_mut();
    if f.is_none() {
        *f = Some(Rc::new(Hooks {
            flags: Cell::new(0),
            queue: rt.finalizers.clone(),
            weak_callbacks: rt.weak_callbacks.clone(),
        }));
    }
    f.clone()
}

/// Marks `cls` (a user class) as having `__del__` when it or a base defines one.
pub fn note_del(rt: &crate::Runtime, cls: &Value) {
    let Some(Kind::Type(t)) = cls.kind() else {
        return;
    };
    if t.builtin {
        return;
    }
    let has = crate::typeobj::lookup(cls, "__del__").is_some();
    if has {
        if let Some(h) = hooks_for(rt, cls) {
            h.flags.set(h.flags.get() | HAS_DEL);
        }
    } else if let Some(h) = &*t.finalize.borrow() {
        h.flags.set(h.flags.get() & !HAS_DEL);
    }
}
