//! Lone-surrogate escapes in string literals (`"\ud800"`).
//!
//! Ruff's parser turns a `\uD800`-style escape into U+FFFD, because a Rust string cannot
//! hold a lone surrogate. Molt's str stores surrogates as stand-in code points
//! (`SURROGATE_SHIFT` above them; builtins' `surrogate` module explains), so after
//! parsing, the string literals whose value holds a U+FFFD are decoded again from their
//! source text with the surrogates kept.

use std::cell::Cell;

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{self as ast, StringFlags};
use ruff_text_size::Ranged;

/// Distance from a lone surrogate to the code point that stands for it in a str.
pub const SURROGATE_SHIFT: u32 = 0xD_0000;

/// Re-decodes the affected literals of a parsed module.
pub fn fix_module(source: &str, body: &mut [ast::Stmt]) {
    if !(source.contains("\\u") || source.contains("\\U")) {
        return;
    }
    let fixer = Fixer {
        source,
        raw: Cell::new(false),
    };
    fixer.visit_body(body);
}

/// Re-decodes the affected literals of a parsed expression.
pub fn fix_expr(source: &str, expr: &mut ast::Expr) {
    if !(source.contains("\\u") || source.contains("\\U")) {
        return;
    }
    let fixer = Fixer {
        source,
        raw: Cell::new(false),
    };
    fixer.visit_expr(expr);
}

struct Fixer<'a> {
    source: &'a str,
    /// Whether the f-string being walked is raw.
    raw: Cell<bool>,
}

impl Transformer for Fixer<'_> {
    fn visit_string_literal(&self, lit: &mut ast::StringLiteral) {
        if lit.value.contains('\u{FFFD}') && !lit.flags.prefix().is_raw() {
            let text = &self.source[lit.range()];
            let start = lit.flags.opener_len().to_usize();
            let end = text.len() - lit.flags.closer_len().to_usize();
            if let Some(v) = decode(&text[start..end], false) {
                lit.value = v.into();
            }
        }
    }

    fn visit_f_string(&self, f: &mut ast::FString) {
        let outer = self.raw.replace(f.flags.prefix().is_raw());
        transformer::walk_f_string(self, f);
        self.raw.set(outer);
    }

    fn visit_interpolated_string_element(&self, e: &mut ast::InterpolatedStringElement) {
        if let ast::InterpolatedStringElement::Literal(lit) = e {
            if lit.value.contains('\u{FFFD}') && !self.raw.get() {
                if let Some(v) = decode(&self.source[lit.range()], true) {
                    lit.value = v.into();
                }
            }
        }
        transformer::walk_interpolated_string_element(self, e);
    }
}

/// Decodes the escapes of a non-raw literal's body (`fstring`: `{{`/`}}` are single
/// braces). `None` if the text is not what the parser accepted (leave its value alone).
fn decode(body: &str, fstring: bool) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if fstring && (c == '{' || c == '}') {
            if it.peek() == Some(&c) {
                it.next();
            }
            out.push(c);
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let e = it.next()?;
        match e {
            '\n' => {}
            '\r' => {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
            }
            '\\' | '\'' | '"' => out.push(e),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    match it.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v)?);
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    v = v * 16 + it.next()?.to_digit(16)?;
                }
                let v = if (0xD800..=0xDFFF).contains(&v) {
                    v + SURROGATE_SHIFT
                } else {
                    v
                };
                out.push(char::from_u32(v)?);
            }
            'N' => {
                if it.next()? != '{' {
                    return None;
                }
                let name: String = it.by_ref().take_while(|&c| c != '}').collect();
                out.push(unicode_names2::character(&name)?);
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_surrogates() {
        let s = decode(r"a\ud800\x41\N{BULLET}\n{{", true).unwrap();
        let chars: Vec<u32> = s.chars().map(|c| c as u32).collect();
        assert_eq!(
            chars,
            [
                0x61,
                0xD800 + SURROGATE_SHIFT,
                0x41,
                0x2022,
                0x0A,
                '{' as u32
            ]
        );
        assert_eq!(decode(r"\q\101", false).unwrap(), "\\qA");
    }
}
