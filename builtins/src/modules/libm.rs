//! Safe wrappers over the platform C math library, the one `unsafe` corner of `math`.
//!
//! Invariant relied on: each declared symbol is a pure C function of doubles with exactly
//! the declared signature (C99 <math.h>); calling it has no side effects beyond errno.
//! CPython's results come from this library, so calling it keeps `math` bit-identical.

mod c {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
    }
}

macro_rules! libm1 {
    ($($name:ident),*) => {
        $(
            pub(super) fn $name(x: f64) -> f64 {
                // SAFETY: a pure C math function taking and returning a double.
                unsafe { c::$name(x) }
            }
        )*
    };
}
libm1!(
    sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, exp2, expm1, log,
    log2, log10, log1p, erf, erfc
);

/// The platform's `cbrt`. Rust's runtime statically links its own `cbrt` (correctly rounded
/// more often than glibc's), which would shadow the C library's at link time; CPython's
/// results come from the C library, so on glibc look the symbol up in libm.so.6 itself.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub(super) fn cbrt(x: f64) -> f64 {
    use std::sync::OnceLock;
    extern "C" {
        fn dlopen(filename: *const std::ffi::c_char, flags: i32) -> *mut std::ffi::c_void;
        fn dlsym(
            handle: *mut std::ffi::c_void,
            symbol: *const std::ffi::c_char,
        ) -> *mut std::ffi::c_void;
    }
    static F: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = F.get_or_init(|| {
        // SAFETY: dlopen/dlsym with NUL-terminated names; a found `cbrt` has this signature.
        unsafe {
            let h = dlopen(c"libm.so.6".as_ptr(), 1 /* RTLD_LAZY */);
            if h.is_null() {
                return None;
            }
            let p = dlsym(h, c"cbrt".as_ptr());
            if p.is_null() {
                None
            } else {
                Some(std::mem::transmute::<
                    *mut std::ffi::c_void,
                    extern "C" fn(f64) -> f64,
                >(p))
            }
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub(super) fn cbrt(x: f64) -> f64 {
    x.cbrt()
}

pub(super) fn atan2(y: f64, x: f64) -> f64 {
    // SAFETY: pure C math function.
    unsafe { c::atan2(y, x) }
}
pub(super) fn c_pow(x: f64, y: f64) -> f64 {
    // SAFETY: pure C math function.
    unsafe { c::pow(x, y) }
}
pub(super) fn fmod(x: f64, y: f64) -> f64 {
    // SAFETY: pure C math function.
    unsafe { c::fmod(x, y) }
}
