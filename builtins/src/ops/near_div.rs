//! Floor division and modulo of big ints whose quotient is small: a dividend at most
//! about 60 bits longer than the divisor (`(10 * (3 * q + r)) // t` in a spigot, a digit
//! of one big number in another). The quotient is estimated from the top 64 bits of the
//! divisor and the matching bits of the dividend, then corrected by at most a step or
//! two, so the work is one multiplication by a machine word and one subtraction, each
//! linear in the length, where general long division does far more.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// How many more bits than the divisor the dividend may have for the estimate.
const MAX_EXTRA_BITS: u64 = 60;

/// `(x // y, x % y)` when `x >= 0`, `y > 0` has more than 64 bits, and the quotient is
/// small (see the module comment); None otherwise (the caller divides the general way).
pub fn div_rem_small_quotient(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    if x.sign() == Sign::Minus || y.sign() != Sign::Plus {
        return None;
    }
    let (xb, yb) = (x.bits(), y.bits());
    if yb <= 64 || xb > yb + MAX_EXTRA_BITS {
        return None;
    }
    if xb < yb {
        return Some((BigInt::from(0), x.clone()));
    }
    // The divisor's top 64 bits, and the dividend shifted the same way (at most 124 bits).
    let shift = yb - 64;
    let yh = (y >> shift).to_u128()?;
    let xh = (x >> shift).to_u128()?;
    // (An estimate within one or two of the quotient: the divisor's dropped bits are less
    // than one in 2**63 of it, and the quotient is below 2**61.)
    let mut q = (xh / yh) as i128;
    let mut r = x - y * BigInt::from(q);
    while r.sign() == Sign::Minus {
        q -= 1;
        r += y;
    }
    while &r >= y {
        q += 1;
        r -= y;
    }
    Some((BigInt::from(q), r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_integer::Integer;

    /// A deterministic stream of big numbers of assorted lengths.
    fn numbers() -> Vec<BigInt> {
        let mut out = Vec::new();
        let mut s: u64 = 0x9E37_79B9_7F4A_7C15;
        for len in [65u32, 70, 100, 127, 128, 129, 200, 640, 2000] {
            for _ in 0..6 {
                let mut v = BigInt::from(1);
                while v.bits() < len as u64 {
                    s = s
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    v = (v << 32) + BigInt::from(s >> 32);
                }
                out.push(v);
            }
            // Powers of two and their neighbours (estimates at the edges).
            let p: BigInt = BigInt::from(1) << len;
            out.push(p.clone() - 1);
            out.push(p.clone());
            out.push(p + 1);
        }
        out
    }

    #[test]
    fn agrees_with_long_division() {
        let nums = numbers();
        let mut checked = 0;
        for y in &nums {
            for x in &nums {
                for k in [0u32, 1, 3, 17, 59, 60] {
                    let xs = x << k;
                    let Some((q, r)) = div_rem_small_quotient(&xs, y) else {
                        continue;
                    };
                    let (eq, er) = xs.div_mod_floor(y);
                    assert_eq!((&q, &r), (&eq, &er), "{xs} // {y}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "only {checked} cases took the short path");
    }

    #[test]
    fn declines_what_it_does_not_cover() {
        let big: BigInt = BigInt::from(1) << 100;
        assert!(div_rem_small_quotient(&-big.clone(), &big).is_none());
        assert!(div_rem_small_quotient(&big, &-big.clone()).is_none());
        assert!(div_rem_small_quotient(&big, &BigInt::from(7)).is_none());
        assert!(div_rem_small_quotient(&(big.clone() << 61), &big).is_none());
    }
}
