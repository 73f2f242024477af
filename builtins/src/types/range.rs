//! range helpers.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use crate::object::Range;
use crate::ops::num::to_big;
use crate::Runtime;

/// The number of items in a range.
pub fn range_len(r: &Range) -> BigInt {
    let (start, stop, step) = (
        to_big(&r.start).unwrap_or_default(),
        to_big(&r.stop).unwrap_or_default(),
        to_big(&r.step).unwrap_or_default(),
    );
    if step.is_zero() {
        return BigInt::zero();
    }
    let n = if step.is_positive() {
        if start >= stop {
            BigInt::zero()
        } else {
            (stop - start - 1u32).div_floor(&step) + 1u32
        }
    } else if start <= stop {
        BigInt::zero()
    } else {
        (start - stop - 1u32).div_floor(&(-step)) + 1u32
    };
    n
}

pub fn register(_rt: &mut Runtime) {}
