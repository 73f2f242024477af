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
