//! The cycle collector: reclaims garbage that reference counting cannot (objects that
//! refer to each other and to nothing reachable).
//!
//! Tracked objects are the mutable containers that cycles go through: instances, lists,
//! dicts made by `Runtime::new_dict`, sets, functions and cells. Tracking records a weak
//! reference at creation in the young generation. As in CPython there are three
//! generations: a collection of the young generation runs after `threshold` new tracked
//! objects and moves the survivors to the middle one; every `threshold1`-th collection
//! also collects the middle generation (with the young one) and moves its survivors to
//! the old generation, which is collected (with the others) when it has received as many
//! survivors as it held after the last full collection — so collecting costs amortised
//! constant time per object, and garbage that outlives a young collection (a structure
//! built, used for a while and dropped) is found without going through the whole heap.
//! Each young and middle collection also drops a few thousand of the old generation's
//! entries whose objects died (a weak entry keeps a dead object's allocation), in turn.
//!
//! A collection works as CPython's does, on a working set: the tracked objects of the
//! generations collected, plus the untracked containers reached from them through
//! instance dicts, tuples, frozensets and bound methods (so a cycle through a tuple is
//! found). For each object, `refs` = its reference count minus the references from inside
//! the set; objects with `refs > 0` are referenced from outside and are roots; whatever
//! the roots do not reach is garbage. Garbage is reclaimed by emptying its containers
//! (which breaks the cycles; reference counting then frees everything). Instances whose
//! class has `__del__` get it called first (and the reclaiming waits for the next
//! collection, in case a finaliser resurrected something).
//!
//! Incomplete knowledge only makes the collector conservative: a reference it cannot see
//! (from an untracked object, or a container borrowed at the time) counts as external.

use crate::objrc::WeakObj;
use std::cell::{Cell, RefCell};

use crate::object::Kind;
use crate::value::Value;
use crate::Runtime;

/// How many new tracked objects pass between checks for the dead ones among them.
const PRUNE_EVERY: usize = 32;
/// Old-generation entries checked for death at each young collection (a weak entry keeps
/// a dead object's allocation until it is dropped: this sweep returns them in turn).
const SWEEP_CHUNK: usize = 4096;

/// The collector's per-runtime state.
pub struct GcState {
    young: RefCell<Vec<WeakObj>>,
    /// Entries of `young` from here on have not been checked for death yet.
    unpruned: Cell<usize>,
    /// Survivors of young collections.
    middle: RefCell<Vec<WeakObj>>,
    old: RefCell<Vec<WeakObj>>,
    /// Young collections since the last collection of the middle generation, and middle
    /// collections since the last full one (`gc.get_count()[1:]`).
    runs: Cell<(usize, usize)>,
    /// Where the next sweep of the old generation starts.
    sweep_at: Cell<usize>,
    /// Young entries let go (collected or moved on) since the whole old generation was
    /// last swept: such a sweep waits until they number half the old generation, so that
    /// it costs at most two checks per tracked object.
    sweep_credit: Cell<usize>,
    /// Objects moved out of collection by `gc.freeze()`.
    frozen: RefCell<Vec<WeakObj>>,
    pub enabled: Cell<bool>,
    /// Experiment switch (MOLT_GC_NOTRACK): no tracking at all.
    pub tracking: Cell<bool>,
    /// New tracked objects that trigger a young collection.
    pub threshold: Cell<usize>,
    /// (threshold1, threshold2) as `gc.set_threshold` gives them (reported back only).
    pub thresholds_rest: Cell<(usize, usize)>,
    /// Old-generation size after the last full collection.
    old_base: Cell<usize>,
    /// Survivors moved to the old generation since the last full collection (the sweep
    /// shrinks the old generation, so its length does not measure its growth).
    promoted: Cell<usize>,
    /// Set when a collection is due; the interpreter collects at its next call boundary.
    pub pending: Cell<bool>,
    /// A collection is running (no nested collections).
    running: Cell<bool>,
    /// A collection with its callbacks and finalisers is under way (vm's gc_support):
    /// what a `gc.callbacks` function or a finaliser calls starts no other.
    pub collecting: Cell<bool>,
    /// Per generation: (collections, collected, uncollectable).
    pub stats: Cell<[(usize, usize, usize); 3]>,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            young: RefCell::new(Vec::new()),
            unpruned: Cell::new(0),
            middle: RefCell::new(Vec::new()),
            old: RefCell::new(Vec::new()),
            runs: Cell::new((0, 0)),
            sweep_at: Cell::new(0),
            sweep_credit: Cell::new(0),
            frozen: RefCell::new(Vec::new()),
            enabled: Cell::new(true),
            tracking: Cell::new(std::env::var_os("MOLT_GC_NOTRACK").is_none()),
            // (CPython 3.12's thresholds: 700 new objects, every 10th collection.)
            threshold: Cell::new(700),
            thresholds_rest: Cell::new((10, 10)),
            old_base: Cell::new(0),
            promoted: Cell::new(0),
            pending: Cell::new(false),
            running: Cell::new(false),
            collecting: Cell::new(false),
            stats: Cell::new([(0, 0, 0); 3]),
        }
    }
}

impl GcState {
    /// Records a new container object.
    #[inline]
    pub fn track(&self, v: &Value) {
        if !self.tracking.get() {
            return;
        }
        if let Some(w) = v.downgrade() {
            let mut y = self.young.borrow_mut();
            y.push(w);
            // Most objects die young: every few dozen new entries, the dead ones among
            // them are dropped, so their memory is freed while still warm in the cache
            // (a weak entry keeps an object's allocation until it is dropped).
            let from = self.unpruned.get();
            if y.len() - from >= PRUNE_EVERY {
                let mut keep = from;
                for i in from..y.len() {
                    if y[i].strong_count() > 0 {
                        y.swap(keep, i);
                        keep += 1;
                    }
                }
                y.truncate(keep);
                self.unpruned.set(keep);
                if keep >= self.threshold.get() {
                    if self.enabled.get() {
                        self.pending.set(true);
                    } else {
                        // No collections (`gc.disable()`): the entries move on to the old
                        // generation as they are, whose sweeps drop those that die (their
                        // allocations would otherwise be kept for as long as collection
                        // stays off).
                        self.sweep_credit.set(self.sweep_credit.get() + y.len());
                        self.old.borrow_mut().append(&mut y);
                        self.unpruned.set(0);
                        sweep_old(self);
                    }
                }
            }
        }
    }

    /// Tracked objects in the young generation (`gc.get_count()[0]`).
    pub fn young_count(&self) -> usize {
        self.young.borrow().len()
    }

    pub fn old_count(&self) -> usize {
        self.old.borrow().len()
    }

    /// Young collections since the middle generation was last collected, and middle
    /// collections since the last full one.
    pub fn runs(&self) -> (usize, usize) {
        self.runs.get()
    }

    /// Whether `v` is tracked (`gc.is_tracked`).
    pub fn is_tracked(&self, v: &Value) -> bool {
        let Some(w) = v.downgrade() else {
            return false;
        };
        let has = |l: &RefCell<Vec<WeakObj>>| l.borrow().iter().any(|x| WeakObj::ptr_eq(x, &w));
        has(&self.young) || has(&self.middle) || has(&self.old) || has(&self.frozen)
    }

    /// Every live tracked object (`gc.get_objects`).
    pub fn objects(&self) -> Vec<Value> {
        let mut out = Vec::new();
        for l in [&self.young, &self.middle, &self.old] {
            out.extend(l.borrow().iter().filter_map(Value::from_weak));
        }
        out
    }

    /// `gc.freeze()`: everything tracked now is never collected.
    pub fn freeze(&self) {
        let mut f = self.frozen.borrow_mut();
        for l in [&self.young, &self.middle, &self.old] {
            f.extend(l.borrow_mut().drain(..).filter(|w| w.strong_count() > 0));
        }
    }

    /// `gc.unfreeze()`.
    pub fn unfreeze(&self) {
        let mut o = self.old.borrow_mut();
        o.extend(self.frozen.borrow_mut().drain(..));
    }

    pub fn freeze_count(&self) -> usize {
        self.frozen
            .borrow()
            .iter()
            .filter(|w| w.strong_count() > 0)
            .count()
    }
}

/// Calls `f` on each object `v` refers to that the collector follows. A container that is
/// borrowed for writing right now is skipped (its references count as external).
/// (Generic rather than `dyn`: a collection calls it for every member, and the closure
/// for every reference, which then are direct calls, inlined.)
#[inline]
pub fn visit<F: FnMut(&Value)>(v: &Value, f: &mut F) {
    visit_all(v, &mut |x: &Value| {
        if x.is_ptr() {
            f(x)
        }
    })
}

fn visit_all<F: FnMut(&Value)>(v: &Value, f: &mut F) {
    let Some(k) = v.kind() else { return };
    match k {
        Kind::List(l) => {
            if let Ok(l) = l.try_borrow() {
                l.iter().for_each(&mut *f);
            }
        }
        Kind::Tuple(t) => t.iter().for_each(&mut *f),
        Kind::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                for (k, x) in d.iter() {
                    f(k);
                    f(x);
                }
            }
        }
        Kind::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                s.keys().iter().for_each(&mut *f);
            }
        }
        Kind::FrozenSet(s) => s.keys().iter().for_each(&mut *f),
        Kind::Instance(i) => {
            if let Ok(a) = i.attrs.try_borrow() {
                match &*a {
                    crate::attrs::Attrs::Absent(_) => {}
                    // (Unset slots hold UNBOUND, which is no reference.)
                    crate::attrs::Attrs::Inline { vals, .. } => vals.iter().for_each(&mut *f),
                    crate::attrs::Attrs::Slots { vals, .. } => vals.iter().for_each(&mut *f),
                    // A dict only its instance refers to is part of the instance: its
                    // contents are the instance's references (no separate bookkeeping).
                    crate::attrs::Attrs::Dict(d) if d.refcount() == 1 => visit_all(d, f),
                    crate::attrs::Attrs::Dict(d) => f(d),
                }
            }
            if let Some(slots) = i.extra_slots() {
                for s in slots.iter() {
                    if let Ok(s) = s.try_borrow() {
                        if let Some(x) = &*s {
                            f(x);
                        }
                    }
                }
            }
            if let Some(b) = i.builtin() {
                f(b);
            }
            if let Some(e) = i.exc() {
                if let Ok(e) = e.try_borrow() {
                    f(&e.args);
                    f(&e.cause);
                    f(&e.context);
                    if let Some(n) = &e.notes {
                        f(n);
                    }
                    if let Some(t) = &e.traceback_set {
                        f(t);
                    }
                    for tb in &e.traceback {
                        f(&tb.frame);
                        if let Some(r) = &tb.regs {
                            r.iter().for_each(&mut *f);
                        }
                    }
                }
            }
        }
        Kind::Function(fo) => {
            f(&fo.globals);
            f(&fo.closure);
            for c in [&fo.defaults, &fo.kwdefaults] {
                if let Ok(c) = c.try_borrow() {
                    f(&c);
                }
            }
            if let Ok(d) = fo.dict.try_borrow() {
                if let Some(d) = &*d {
                    f(d);
                }
            }
        }
        Kind::Cell(c) => {
            if let Ok(c) = c.try_borrow() {
                f(&c);
            }
        }
        Kind::Method(a, b) | Kind::Super(a, b) => {
            f(a);
            f(b);
        }
        Kind::StaticMethod(x) | Kind::ClassMethod(x) => f(x),
        Kind::Property(p) => p.slots.iter().for_each(&mut *f),
        // A deque's storage.
        Kind::Native(_, d) => {
            if let Ok(b) = d.try_borrow() {
                if let Some(dq) = b.downcast_ref::<crate::types::deque::DequeData>() {
                    dq.items.iter().for_each(&mut *f);
                }
            }
        }
        _ => {}
    }
}

/// Untracked containers a collection follows into (added to its working set).
fn is_intermediary(v: &Value, via_instance_dict: bool) -> bool {
    match v.kind() {
        // (A tuple or frozenset of strs and numbers cannot be on a cycle: it stays out of
        // the working set, as CPython untracks such tuples.)
        Some(Kind::Tuple(t)) => !t.iter().all(is_atomic),
        Some(Kind::FrozenSet(s)) => !s.iter_hashed().all(|(_, k)| is_atomic(k)),
        Some(
            Kind::Method(..)
            | Kind::StaticMethod(_)
            | Kind::ClassMethod(_)
            | Kind::Property(_)
            | Kind::Super(..),
        ) => true,
        Some(Kind::Dict(_)) => via_instance_dict,
        _ => false,
    }
}

/// Whether `v` refers to no other object (a number, a str, bytes, None...).
#[inline]
fn is_atomic(v: &Value) -> bool {
    match v.kind() {
        None => true,
        Some(k) => matches!(
            k,
            Kind::Str(_) | Kind::Int(_) | Kind::Bytes(_) | Kind::Complex(..)
        ),
    }
}

/// Empties a garbage container, dropping what it held after its borrow ends.
fn clear(v: &Value) {
    let Some(k) = v.kind() else { return };
    let mut dropped: Vec<Value> = Vec::new();
    match k {
        Kind::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                dropped = std::mem::take(&mut *l);
            }
        }
        Kind::Dict(d) => {
            let old = d
                .try_borrow_mut()
                .ok()
                .map(|mut d| std::mem::replace(&mut *d, crate::dict::Dict::new()));
            drop(old);
        }
        Kind::Set(s) => {
            let old = s.try_borrow_mut().ok().map(|mut s| std::mem::take(&mut *s));
            drop(old);
        }
        Kind::Instance(i) => {
            i.take_attrs(&mut dropped);
            if let Some(e) = i.exc() {
                if let Ok(mut e) = e.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut e.cause, Value::NONE));
                    dropped.push(std::mem::replace(&mut e.context, Value::NONE));
                    let tb = std::mem::take(&mut e.traceback);
                    drop(e);
                    drop(tb);
                }
            }
        }
        Kind::Function(fo) => {
            if let Ok(mut d) = fo.dict.try_borrow_mut() {
                dropped.extend(d.take());
            }
            for c in [&fo.defaults, &fo.kwdefaults] {
                if let Ok(mut c) = c.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *c, Value::NONE));
                }
            }
        }
        Kind::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                dropped.push(std::mem::replace(&mut *c, Value::UNBOUND));
            }
        }
        Kind::Native(_, d) => {
            if let Ok(mut b) = d.try_borrow_mut() {
                if let Some(dq) = b.downcast_mut::<crate::types::deque::DequeData>() {
                    dropped.extend(std::mem::take(&mut dq.items));
                }
            }
        }
        _ => {}
    }
    drop(dropped);
}

/// What one collection found.
pub struct Outcome {
    /// Unreachable objects found (what `gc.collect()` returns).
    pub unreachable: usize,
    /// Garbage instances whose `__del__` must run before they can be reclaimed.
    pub finalize: Vec<Value>,
}

/// A working-set member's count of references from outside the set so far: its
/// reference count less `ours` (the collector's own). PINNED past i32's range.
#[inline]
fn outside_count(refcount: usize, ours: i32) -> i32 {
    i32::try_from(refcount).map_or(PINNED, |c| c.saturating_sub(ours).min(PINNED - 1))
}

/// The `refs` entry of a member referenced from outside however many references the set
/// holds to it (its count was past i32's range).
const PINNED: i32 = i32::MAX;
/// The `saved` entry of a member not marked (an object listed twice, the second time).
const NOT_MARKED: u32 = u32::MAX;

/// Marks `v` as working-set member `pos` (see objrc::gc_mark): the weak word to put back,
/// or NOT_MARKED when it is marked already (listed twice: the entry counts its own
/// reference as from outside, so it is a root, as the object is).
#[inline]
fn mark(v: &Value, pos: usize) -> u32 {
    // (Past 2^30 objects, 64 GB of them, the rest stay unmarked: roots.)
    if pos > crate::objrc::GC_MAX_POSITION {
        return NOT_MARKED;
    }
    v.gc_mark(pos).unwrap_or(NOT_MARKED)
}
/// The `refs` entry of a member found reachable.
const REACHED: i32 = i32::MIN;

/// Collects `generation` and the younger ones (0 young, 1 middle, 2 every generation).
pub fn collect(rt: &Runtime, generation: usize) -> Outcome {
    let full = generation >= 2;
    let gc = &rt.gc;
    gc.pending.set(false);
    if gc.running.replace(true) {
        return Outcome {
            unreachable: 0,
            finalize: Vec::new(),
        };
    }
    // The members, as strong references, and with each its count of references from
    // outside the set so far: its count, our own reference discounted (read as it is
    // taken, while its object is in the cache: at a full collection of a large heap every
    // pass over the objects is a pass of cache misses). (The old generation's weak entries
    // become them in place: at a full collection of a large heap, the collector's own
    // memory is what raises the process's peak.)
    // (As i32, half the memory: a count past i32's range is PINNED, a root whatever the
    // references from inside the set.)
    let mut refs: Vec<i32> = Vec::new();
    // Each member is marked with its position in the set (in its header: see
    // objrc::gc_mark), which is how a reference is found to be to a member, and where;
    // `saved` keeps the weak words the marks replaced (NOT_MARKED for an object listed
    // twice: the second entry stays unmarked, and a root). The weak entry is let go first
    // (no weak count changes while an object is marked).
    let mut saved: Vec<u32> = Vec::new();
    let mut upgrade = |w: WeakObj| {
        let v = Value::from_weak(&w)?;
        drop(w);
        let pos = refs.len();
        refs.push(outside_count(v.refcount(), 1));
        saved.push(mark(&v, pos));
        Some(v)
    };
    let mut objs: Vec<Value> = if full {
        let old = std::mem::take(&mut *gc.old.borrow_mut());
        old.into_iter().filter_map(&mut upgrade).collect()
    } else {
        Vec::new()
    };
    // (The young and middle entry lists keep their buffers, up to the size they reach
    // between collections when collections run on time: a buffer made again and grown in
    // steps at every collection left the allocator's pages fragmented, a program's peak
    // creeping up as it repeated; one grown past that, by collections put off, is let go.)
    let young_cap = gc.threshold.get().saturating_mul(2);
    if generation >= 1 {
        let mut middle = gc.middle.borrow_mut();
        objs.extend(middle.drain(..).filter_map(&mut upgrade));
        let cap = young_cap.saturating_mul(gc.thresholds_rest.get().0.saturating_add(1));
        if middle.capacity() > cap {
            middle.shrink_to(cap);
        }
    }
    {
        let mut young = gc.young.borrow_mut();
        gc.unpruned.set(0);
        gc.sweep_credit.set(gc.sweep_credit.get() + young.len());
        objs.extend(young.drain(..).filter_map(&mut upgrade));
        if young.capacity() > young_cap {
            young.shrink_to(young_cap);
        }
    }
    let tracked = objs.len();
    // One pass: each reference from a member subtracted from the member it refers to;
    // untracked containers reached from members join the set when first seen (that
    // reference counted at once).
    let mut i = 0;
    let mut found: Vec<Value> = Vec::new();
    while i < objs.len() {
        let via_inst = matches!(objs[i].kind(), Some(Kind::Instance(_)));
        let (members, current) = (&objs[..], &objs[i]);
        visit(current, &mut |r| match r.gc_position() {
            Some(j) => {
                if refs[j] != PINNED {
                    refs[j] -= 1
                }
            }
            None => {
                if is_intermediary(r, via_inst) {
                    let pos = members.len() + found.len();
                    found.push(r.clone());
                    // Its count includes the clone just taken and this reference.
                    refs.push(outside_count(r.refcount(), 2));
                    saved.push(mark(r, pos));
                }
            }
        });
        objs.append(&mut found);
        i += 1;
    }
    // Reachability, marked in `refs` (REACHED) rather than in a vector of its own.
    let n = objs.len();
    let mut stack: Vec<usize> = Vec::new();
    for (j, r) in refs.iter_mut().enumerate() {
        if *r > 0 {
            *r = REACHED;
            stack.push(j);
        }
    }
    while let Some(j) = stack.pop() {
        visit(&objs[j], &mut |r| {
            if let Some(k) = r.gc_position() {
                if refs[k] != REACHED {
                    refs[k] = REACHED;
                    stack.push(k);
                }
            }
        });
    }
    debug_assert_eq!(refs.len(), n);
    debug_assert_eq!(saved.len(), n);
    // Survivors (tracked ones) move on: a young collection's to the middle generation,
    // the others' to the old one; our references to them go in the same pass (the
    // object's count is next to its weak count), the garbage's are kept.
    let survivors = refs[..tracked].iter().filter(|r| **r == REACHED).count();
    // The garbage, the tracked objects first (`objs` has them first): `tracked_garbage`.
    let mut garbage: Vec<Value> = Vec::new();
    let mut tracked_garbage = 0;
    {
        let mut dest = if generation == 0 {
            gc.middle.borrow_mut()
        } else {
            gc.old.borrow_mut()
        };
        if generation == 0 {
            // The middle generation's dead entries go now (a weak entry keeps a dead
            // object's allocation, and many survivors of a young collection die soon
            // after it), not at the next middle collection.
            dest.retain(|w| w.strong_count() > 0);
        }
        dest.reserve_exact(survivors);
        if generation == 1 {
            gc.promoted.set(gc.promoted.get() + survivors);
        }
        for (j, o) in objs.into_iter().enumerate() {
            // (The mark ends first: the weak count changes below.)
            if saved[j] != NOT_MARKED {
                o.gc_unmark(saved[j]);
            }
            match (refs[j] == REACHED, j < tracked) {
                (true, true) => {
                    if let Some(w) = o.downgrade() {
                        dest.push(w);
                    }
                }
                (true, false) => {}
                (false, is_tracked) => {
                    tracked_garbage += is_tracked as usize;
                    garbage.push(o);
                }
            }
        }
        if full {
            gc.old_base.set(dest.len());
            gc.promoted.set(0);
        }
    }
    let (young_runs, middle_runs) = gc.runs.get();
    gc.runs.set(match generation {
        0 => (young_runs + 1, middle_runs),
        1 => (0, middle_runs + 1),
        _ => (0, 0),
    });
    let unreachable = garbage.len();
    let mut finalize = Vec::new();
    drop(refs);
    for o in &garbage {
        if let Some(Kind::Instance(inst)) = o.kind() {
            let cls = inst.cls.get();
            if let Some(Kind::Type(t)) = cls.kind() {
                if let Some(h) = &*t.finalize.borrow() {
                    if h.flags.get() & crate::finalize::HAS_DEL != 0 {
                        finalize.push(o.clone());
                    }
                }
            }
        }
    }
    if finalize.is_empty() {
        for o in &garbage {
            clear(o);
        }
    } else {
        // Reclaimed by the next collection, after the finalisers ran; keep them tracked.
        let mut old = gc.old.borrow_mut();
        for o in &garbage[..tracked_garbage] {
            if let Some(w) = o.downgrade() {
                old.push(w);
            }
        }
        gc.pending.set(true);
    }
    if !full {
        sweep_old(gc);
    }
    let mut st = gc.stats.get();
    let g = generation.min(2);
    st[g].0 += 1;
    st[g].1 += unreachable;
    gc.stats.set(st);
    drop(garbage);
    if full_due(rt) {
        gc.pending.set(true);
    }
    gc.running.set(false);
    Outcome {
        unreachable,
        finalize,
    }
}

/// Checks up to `SWEEP_CHUNK` entries of the old generation for death, continuing where
/// the last sweep stopped, and drops the dead ones. When a quarter or more of those were
/// dead, the whole old generation is swept at once (when `sweep_credit` allows): objects
/// promoted together tend to die together (a data structure a program has finished with),
/// and their allocations are better returned now than over the next dozens of collections
/// (a program that builds a large structure, drops it and builds the next would otherwise
/// hold both).
fn sweep_old(gc: &GcState) {
    let mut old = gc.old.borrow_mut();
    let mut i = gc.sweep_at.get();
    let (mut checked, mut dead) = (0usize, 0usize);
    // (No entry twice in one sweep: an old generation smaller than the chunk is gone
    // through once.)
    for _ in 0..SWEEP_CHUNK.min(old.len()) {
        if old.is_empty() {
            break;
        }
        if i >= old.len() {
            i = 0;
        }
        checked += 1;
        if old[i].strong_count() == 0 {
            old.swap_remove(i);
            dead += 1;
        } else {
            i += 1;
        }
    }
    if checked >= SWEEP_CHUNK / 4 && dead * 4 >= checked && gc.sweep_credit.get() * 2 >= old.len() {
        old.retain(|w| w.strong_count() > 0);
        gc.sweep_credit.set(0);
        i = 0;
    }
    gc.sweep_at.set(i);
}

/// Whether the next automatic collection should include the old generation: it has
/// received as many survivors since the last full collection as it held after it, and
/// the middle generation has been collected twice since (survivors just promoted are not
/// gone through again at once; those that die meanwhile are found then).
fn full_due(rt: &Runtime) -> bool {
    let base = rt.gc.old_base.get().max(20_000);
    rt.gc.runs.get().1 >= 2 && rt.gc.promoted.get() > base
}

/// The generation the next automatic collection collects (with the younger ones): the
/// old one when `full_due`, the middle one at every `threshold1`-th collection, else the
/// young one.
pub fn due_generation(rt: &Runtime) -> usize {
    if full_due(rt) {
        2
    } else if rt.gc.runs.get().0 + 1 >= rt.gc.thresholds_rest.get().0.max(1) {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod generation_tests {
    use super::*;
    use crate::object::Obj;

    fn list(items: Vec<Value>) -> Value {
        Value::from_obj(Obj::new(Kind::List(RefCell::new(items))))
    }

    /// Entries of dead objects (each holding the object's allocation) do not pile up
    /// while collection is disabled.
    #[test]
    fn disabled_collector_lets_dead_objects_go() {
        let gc = GcState::default();
        gc.tracking.set(true);
        gc.enabled.set(false);
        let mut keep = Vec::new();
        for i in 0..100_000 {
            let v = list(Vec::new());
            gc.track(&v);
            // Each object outlives a few hundred newer ones, then dies.
            keep.push(v);
            if keep.len() > 300 {
                keep.remove(0);
            }
            assert!(gc.young_count() + gc.old_count() < 20_000, "at {i}");
        }
    }

    /// Survivors of a young collection go to the middle generation; a middle collection
    /// finds a cycle that became garbage after it left the young one, and moves the
    /// survivors on to the old generation.
    #[test]
    fn middle_generation_collects_and_promotes() {
        let rt = Runtime::new();
        rt.gc.tracking.set(true);
        let live = list(Vec::new());
        rt.gc.track(&live);
        let a = list(Vec::new());
        let b = list(vec![a.clone()]);
        if let Some(Kind::List(l)) = a.kind() {
            l.borrow_mut().push(b.clone());
        }
        rt.gc.track(&a);
        rt.gc.track(&b);
        let before = rt.gc.old_count();
        collect(&rt, 0);
        assert_eq!(rt.gc.young_count(), 0);
        assert_eq!(rt.gc.runs(), (1, 0));
        drop((a, b));
        let out = collect(&rt, 1);
        assert_eq!(out.unreachable, 2);
        assert_eq!(rt.gc.runs(), (0, 1));
        assert!(rt.gc.is_tracked(&live));
        assert!(rt.gc.old_count() > before);
        collect(&rt, 2);
        assert_eq!(rt.gc.runs(), (0, 0));
        assert!(rt.gc.is_tracked(&live));
    }
}
