//! SipHash-1-3 keyed as CPython keys its str/bytes hash: PYTHONHASHSEED=0 means the zero
//! key, PYTHONHASHSEED=N (1..=4294967295) fills the 24-byte hash secret with CPython's LCG
//! (`lcg_urandom`), and no seed (or `random`) means a random key per process.
//!
//! The key is fixed for the life of the process, like CPython's `_Py_HashSecret`: it is
//! read-only configuration taken from the environment once, not mutable state, so every
//! `Vm` in the process hashes strings the same way.

use std::sync::OnceLock;

static KEY: OnceLock<(u64, u64)> = OnceLock::new();

/// The (k0, k1) SipHash key of this process.
pub fn key() -> (u64, u64) {
    *KEY.get_or_init(|| key_from_env(std::env::var("PYTHONHASHSEED").ok().as_deref()))
}

/// The key for a PYTHONHASHSEED value (None or "random": random).
pub fn key_from_env(seed: Option<&str>) -> (u64, u64) {
    match seed.map(str::trim).and_then(|s| s.parse::<u32>().ok()) {
        Some(0) => (0, 0),
        Some(n) => {
            let mut secret = [0u8; 16];
            let mut x: u32 = n;
            for b in secret.iter_mut() {
                x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
                *b = ((x >> 16) & 0xff) as u8;
            }
            split(&secret)
        }
        None => random_key(),
    }
}

fn split(secret: &[u8; 16]) -> (u64, u64) {
    let mut a = [0u8; 8];
    let mut b = [0u8; 8];
    a.copy_from_slice(&secret[..8]);
    b.copy_from_slice(&secret[8..]);
    (u64::from_le_bytes(a), u64::from_le_bytes(b))
}

/// Random bits from the standard library's OS-seeded `RandomState`.
fn random_key() -> (u64, u64) {
    use std::hash::{BuildHasher, Hasher};
    let mut h1 = std::collections::hash_map::RandomState::new().build_hasher();
    h1.write_u64(0x6d6f_6c74);
    let mut h2 = std::collections::hash_map::RandomState::new().build_hasher();
    h2.write_u64(0x006b_6579);
    (h1.finish(), h2.finish())
}

/// SipHash-1-3 of `data` under this process's key.
pub fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = key();
    siphash13_with(k0, k1, data)
}

/// SipHash-1-3 (one compression round, three finalisation rounds), as in CPython's
/// Python/pyhash.c.
pub fn siphash13_with(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let m = u64::from_le_bytes(w);
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut t = [0u8; 8];
    let rest = chunks.remainder();
    t[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(t);
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values from CPython 3.12: `PYTHONHASHSEED=N python3 -c "print(hash('abc'))"`.
    #[test]
    fn seeds_match_cpython() {
        let h = |seed: &str, s: &[u8]| {
            let (k0, k1) = key_from_env(Some(seed));
            siphash13_with(k0, k1, s) as i64
        };
        assert_eq!(h("0", b"abc"), -4_594_863_902_769_663_758);
        assert_eq!(h("1", b"abc"), -4_667_308_735_975_688_587);
        assert_eq!(h("42", b"abc"), 3_869_580_338_025_362_921);
    }
}
