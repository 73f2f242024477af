//! The text of a str: UTF-8, up to 24 bytes inside the object, longer in a heap buffer.
//!
//! Most strs a program makes are short (names, keys, words, digits); keeping their text
//! inline saves the second allocation a `String` needs and about 40 bytes per str. The
//! storage is compact_str's; this wrapper gives it the operations the runtime uses as
//! plain `str` operations, always inlined (compact_str's own comparison is an out-of-line
//! generic call).

use std::fmt;
use std::ops::Deref;

use compact_str::CompactString;

#[derive(Clone)]
pub struct Text(CompactString);

impl Text {
    #[inline]
    pub fn new(s: &str) -> Text {
        Text(CompactString::new(s))
    }

    /// Text from a built String: inline when short, else its buffer as it is.
    #[inline]
    pub fn from_string(s: String) -> Text {
        Text(CompactString::from(s))
    }

    /// Text written by `f` into a buffer with room for `capacity` bytes: inline when that
    /// fits, so a short result needs no allocation besides its object's.
    #[inline]
    pub fn build(capacity: usize, f: impl FnOnce(&mut CompactString)) -> Text {
        let mut c = CompactString::with_capacity(capacity);
        f(&mut c);
        Text(c)
    }

    /// A copy of `s` changed in place by `f` (which keeps it valid UTF-8, as `&mut str`
    /// methods do): an ASCII case mapping with no intermediate String.
    #[inline]
    pub fn mapped(s: &str, f: impl FnOnce(&mut str)) -> Text {
        let mut c = CompactString::new(s);
        f(c.as_mut_str());
        Text(c)
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Deref for Text {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl PartialEq for Text {
    #[inline(always)]
    fn eq(&self, other: &Text) -> bool {
        self.as_str().as_bytes() == other.as_str().as_bytes()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    #[inline(always)]
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    #[inline(always)]
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}
