//! Python-exact number and string formatting: `repr(float)`, the
//! format-spec mini-language (`format()`, `str.format`, f-strings) and the
//! numeric core of printf-style `%` formatting, all matching CPython 3.12.

pub mod float_repr;
pub mod percent;
pub mod spec;

pub use float_repr::{
    double_to_string, float_repr, float_to_string_exp, float_to_string_fixed,
    float_to_string_general, DtsFlags,
};
pub use percent::{percent_format_float, percent_format_int, percent_pad, PercentSpec};
pub use spec::{
    bigint_to_f64, error_kind, format_float, format_float_for, format_int, format_int_for,
    format_str, format_str_for, parse_format_spec, FormatSpec,
};

/// The characters of `s`, in a vector sized once (collecting `chars()` grows it step by
/// step, several reallocations for a short format string).
pub fn char_vec(s: &str) -> Vec<char> {
    let mut v = Vec::with_capacity(s.len());
    v.extend(s.chars());
    v
}
