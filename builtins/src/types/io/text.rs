//! `_io.TextIOWrapper`: text over a native buffered object — decoding in chunks as reading
//! goes, universal newlines, encoding and newline translation on writing, line buffering,
//! and tell()/seek() cookies.
//!
//! Read state: `dec` holds decoded text not yet consumed from `dpos` on, exactly as
//! decoded (newlines are translated when text is handed out, so a '\r' at a chunk's end
//! can wait for the '\n' that may follow). `dec_start` is the byte position of `dec`'s
//! first character and `dec_raw` the number of bytes `dec` came from, so tell() is
//! `dec_start` plus the encoded length of the consumed text — exact for lossless decoding.
//! Bytes ending in an incomplete character wait in `pending`.
//!
//! Writes are encoded and handed to the buffered layer at once (nothing waits here), so
//! the layers below always hold everything written.

use super::buffered;
use super::Kw;
use crate::object::{Kind, NativeFn, PyResult};
use crate::types::codecs::{self, StreamCodec};
use crate::value::Value;
use crate::Runtime;

/// How many bytes a refill asks the buffered layer for.
const CHUNK: i64 = 8192;

pub struct Text {
    /// The buffered object below (None once detached).
    buffer: Value,
    encoding: String,
    errors: String,
    codec: StreamCodec,
    /// The codec as opened (a BOM-reading codec learns its byte order from the stream;
    /// seek(0) forgets it again).
    opened_codec: StreamCodec,
    /// A '\r' ended the last decoded chunk: whether it is a '\r\n' waits for the next.
    cr_pending: bool,
    /// `newline=`: None (universal, translated), '' (universal, untranslated), or the one
    /// line ending in use.
    newline: Option<String>,
    line_buffering: bool,
    write_through: bool,
    /// The `mode` attribute open() sets.
    mode: Value,
    seekable: bool,
    dec: String,
    dpos: usize,
    dec_start: i64,
    dec_raw: usize,
    pending: Vec<u8>,
    /// The read position is unknown (set at construction and after a seek): the next
    /// refill asks the buffered layer for it.
    need_pos: bool,
    eof: bool,
    /// Line endings seen in decoded text (1 '\r', 2 '\n', 4 '\r\n').
    seen: u8,
    /// False while the file is iterated with next(), as CPython disables tell() then.
    telling: bool,
    /// Nothing decoded yet since the start of the stream (a BOM may come first).
    at_start: bool,
    /// The next write starts the stream, so a BOM-writing codec writes its BOM.
    bom_pending: bool,
}

impl Drop for Text {
    /// A text file freed without close() closes its buffer (which writes out what it
    /// holds), as CPython's finalizer does.
    fn drop(&mut self) {
        buffered::close_quietly(&self.buffer);
    }
}

/// A new text wrapper over the native buffered object `buffer`.
#[allow(clippy::too_many_arguments)]
pub fn new_text(
    rt: &mut Runtime,
    buffer: Value,
    encoding: String,
    errors: String,
    newline: Option<String>,
    line_buffering: bool,
    write_through: bool,
    mode: Value,
) -> PyResult {
    let codec = codecs::stream_codec(rt, &encoding)?;
    let seekable = match buffered::raw_of(&buffer) {
        Some(r) if !super::raw::is_closed(&r) => super::raw::seekable(rt, &r)?,
        _ => false,
    };
    let (_, writable) = buffered::caps(&buffer);
    let mut at_zero = true;
    if seekable {
        at_zero = buffered::tell(rt, &buffer)? == 0;
    }
    let bom = writes_bom(codec);
    let state = Text {
        buffer,
        encoding,
        errors,
        codec,
        opened_codec: codec,
        cr_pending: false,
        newline,
        line_buffering,
        write_through,
        mode,
        seekable,
        dec: String::new(),
        dpos: 0,
        dec_start: 0,
        dec_raw: 0,
        pending: Vec::new(),
        need_pos: true,
        eof: false,
        seen: 0,
        telling: seekable,
        at_start: at_zero,
        bom_pending: bom && writable && at_zero,
    };
    Ok(super::new_native(&rt.types.text_io, Box::new(state)))
}

/// The buffered object under a text wrapper.
pub fn buffer_of(v: &Value) -> Option<Value> {
    super::with(v, |t: &mut Text| t.buffer.clone()).filter(|b| !b.is_none())
}

fn state<R>(rt: &mut Runtime, v: &Value, f: impl FnOnce(&mut Text) -> R) -> PyResult<R> {
    match super::with(v, f) {
        Some(r) => Ok(r),
        None => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "descriptor requires a '_io.TextIOWrapper' object but received a '{tn}'"
            )))
        }
    }
}

fn attached(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    let b = state(rt, v, |t| t.buffer.clone())?;
    if b.is_none() {
        return Err(rt.value_error("underlying buffer has been detached"));
    }
    Ok(b)
}

/// The buffer of an open text wrapper; ValueError when it is closed.
fn open_buffer(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    let b = attached(rt, v)?;
    if buffered::is_closed(&b) {
        return Err(super::closed(rt, "I/O operation on closed file."));
    }
    Ok(b)
}

fn readable_buffer(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    let b = open_buffer(rt, v)?;
    if !buffered::caps(&b).0 {
        return Err(super::unsupported(rt, "not readable"));
    }
    Ok(b)
}

/// Whether a stream in `codec` (as opened) starts with a byte order mark.
fn writes_bom(codec: StreamCodec) -> bool {
    matches!(
        codec,
        StreamCodec::Utf8Sig | StreamCodec::Utf16(None) | StreamCodec::Utf32(None)
    )
}

/// The codec name the chunk decoder and the encoder use once the byte order is known.
fn codec_name(t: &Text) -> &str {
    match t.codec {
        StreamCodec::Utf8 | StreamCodec::Utf8Sig => "utf-8",
        StreamCodec::Utf16(Some(true)) | StreamCodec::Utf16(None) => "utf-16-le",
        StreamCodec::Utf16(Some(false)) => "utf-16-be",
        StreamCodec::Utf32(Some(true)) | StreamCodec::Utf32(None) => "utf-32-le",
        StreamCodec::Utf32(Some(false)) => "utf-32-be",
        StreamCodec::Single => &t.encoding,
    }
}

/// How many bytes of `data` can be decoded now without splitting a character.
fn split_point(codec: StreamCodec, data: &[u8]) -> usize {
    let n = data.len();
    match codec {
        StreamCodec::Single => n,
        StreamCodec::Utf8 | StreamCodec::Utf8Sig => {
            // An incomplete sequence at the end waits for its continuation bytes.
            for back in 1..=3.min(n) {
                let b = data[n - back];
                if b & 0xC0 == 0x80 {
                    continue;
                }
                let need = match b {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xF7 => 4,
                    _ => 1,
                };
                return if need > back { n - back } else { n };
            }
            n
        }
        StreamCodec::Utf16(o) => {
            let mut end = n - n % 2;
            if end >= 2 {
                let (a, b) = (data[end - 2], data[end - 1]);
                let unit = if o == Some(false) {
                    u16::from_be_bytes([a, b])
                } else {
                    u16::from_le_bytes([a, b])
                };
                if (0xD800..0xDC00).contains(&unit) {
                    end -= 2;
                }
            }
            end
        }
        StreamCodec::Utf32(_) => n - n % 4,
    }
}

/// The number of bytes the decoded text `s` came from.
fn raw_len(rt: &mut Runtime, t_codec: StreamCodec, errors: &str, s: &str) -> usize {
    match t_codec {
        StreamCodec::Utf8 | StreamCodec::Utf8Sig => {
            if s.is_ascii() || !crate::surrogate::has_surrogates(s) {
                s.len()
            } else {
                codecs::encode_str(rt, s, "utf-8", errors)
                    .map(|b| b.len())
                    .unwrap_or(s.len())
            }
        }
        StreamCodec::Single => s.chars().count(),
        StreamCodec::Utf16(_) => s.chars().map(|c| c.len_utf16() * 2).sum(),
        StreamCodec::Utf32(_) => s.chars().count() * 4,
    }
}

/// Forgets decoded text (after a seek or before a write); `pos` is the new position when
/// known.
fn reset_read(t: &mut Text, pos: Option<i64>) {
    t.dec.clear();
    t.dpos = 0;
    t.dec_raw = 0;
    t.pending.clear();
    t.eof = false;
    match pos {
        Some(p) => {
            t.dec_start = p;
            t.need_pos = false;
        }
        None => t.need_pos = true,
    }
}

/// Records the line endings in freshly decoded text.
fn note_endings(t: &mut Text, s: &str, eof: bool) {
    if t.newline.as_deref().is_some_and(|n| !n.is_empty()) {
        return;
    }
    let mut b = s.as_bytes();
    let mut i = 0;
    if std::mem::take(&mut t.cr_pending) {
        if b.first() == Some(&b'\n') {
            t.seen |= 4;
            i = 1;
        } else {
            t.seen |= 1;
        }
    }
    if !eof && b.last() == Some(&b'\r') {
        t.cr_pending = true;
        b = &b[..b.len() - 1];
        if i > b.len() {
            return;
        }
    }
    while let Some(off) = b[i..].iter().position(|&c| c == b'\r' || c == b'\n') {
        let at = i + off;
        if b[at] == b'\n' {
            t.seen |= 2;
            i = at + 1;
        } else if b.get(at + 1) == Some(&b'\n') {
            t.seen |= 4;
            i = at + 2;
        } else {
            t.seen |= 1;
            i = at + 1;
        }
    }
}

/// Decodes another chunk onto `dec`; false when the stream is at its end and nothing more
/// came.
fn refill(rt: &mut Runtime, v: &Value, all: bool) -> PyResult<bool> {
    let b = readable_buffer(rt, v)?;
    let (need_pos, seekable) = state(rt, v, |t| (t.need_pos, t.seekable))?;
    if need_pos {
        let p = if seekable { buffered::tell(rt, &b)? } else { 0 };
        state(rt, v, |t| {
            t.dec_start = p;
            t.need_pos = false;
        })?;
    }
    // Drop the consumed prefix first.
    let (codec, errors, prefix, full) = state(rt, v, |t| {
        let prefix = t.dec[..t.dpos].to_string();
        (t.codec, t.errors.clone(), prefix, t.dpos == t.dec.len())
    })?;
    if !prefix.is_empty() {
        let used = if full {
            state(rt, v, |t| t.dec_raw)?
        } else {
            raw_len(rt, codec, &errors, &prefix)
        };
        state(rt, v, |t| {
            t.dec.drain(..t.dpos);
            t.dpos = 0;
            t.dec_start += used as i64;
            t.dec_raw = t.dec_raw.saturating_sub(used);
        })?;
    }
    let bytes = if all {
        buffered::read(rt, &b, -1)?
    } else {
        buffered::read1(rt, &b, CHUNK)?
    };
    let eof = bytes.is_empty() || all;
    let mut data = state(rt, v, |t| std::mem::take(&mut t.pending))?;
    data.extend_from_slice(&bytes);
    // A byte order mark at the start of the stream picks the byte order and is skipped.
    let mut skip = 0;
    let at_start = state(rt, v, |t| t.at_start)?;
    if at_start {
        match codec {
            StreamCodec::Utf8Sig => {
                if data.len() < 3 && !eof && [0xEF, 0xBB, 0xBF].starts_with(&data) {
                    state(rt, v, |t| t.pending = data)?;
                    return Ok(true);
                }
                if data.starts_with(&[0xEF, 0xBB, 0xBF]) {
                    skip = 3;
                }
            }
            StreamCodec::Utf16(None) | StreamCodec::Utf32(None) => {
                let width = if matches!(codec, StreamCodec::Utf16(_)) {
                    2
                } else {
                    4
                };
                if data.len() < width && !eof {
                    state(rt, v, |t| t.pending = data)?;
                    return Ok(true);
                }
                let (le, be): (&[u8], &[u8]) = if width == 2 {
                    (&[0xFF, 0xFE], &[0xFE, 0xFF])
                } else {
                    (&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF])
                };
                let order = if data.starts_with(le) {
                    skip = width;
                    Some(true)
                } else if data.starts_with(be) {
                    skip = width;
                    Some(false)
                } else if data.is_empty() {
                    None
                } else {
                    let what = if width == 2 { "UTF-16" } else { "UTF-32" };
                    return Err(rt.new_exc(
                        "UnicodeError",
                        &format!("{what} stream does not start with BOM"),
                    ));
                };
                state(rt, v, |t| {
                    t.codec = if width == 2 {
                        StreamCodec::Utf16(order)
                    } else {
                        StreamCodec::Utf32(order)
                    };
                })?;
            }
            _ => {}
        }
        if !data.is_empty() || eof {
            state(rt, v, |t| {
                t.at_start = false;
                t.dec_start += skip as i64;
            })?;
        }
    }
    let codec = state(rt, v, |t| t.codec)?;
    let body = &data[skip..];
    let cut = if eof {
        body.len()
    } else {
        split_point(codec, body)
    };
    let name = state(rt, v, |t| codec_name(t).to_string())?;
    let text = if body[..cut].is_ascii()
        && !matches!(codec, StreamCodec::Utf16(_) | StreamCodec::Utf32(_))
    {
        // (ASCII bytes are ASCII text in every one-byte and utf-8 codec.)
        std::str::from_utf8(&body[..cut])
            .unwrap_or_default()
            .to_string()
    } else if skip > 0 {
        // The first chunk decodes with its BOM, so error positions count it as CPython's.
        let opened = state(rt, v, |t| t.encoding.clone())?;
        codecs::decode_bytes(rt, &data[..skip + cut], &opened, &errors)?
    } else {
        codecs::decode_bytes(rt, &body[..cut], &name, &errors)?
    };
    let rest = body[cut..].to_vec();
    state(rt, v, |t| {
        note_endings(t, &text, eof);
        t.dec.push_str(&text);
        t.dec_raw += cut;
        t.pending = rest;
        t.eof = eof;
    })?;
    Ok(!eof || !text.is_empty())
}

/// The read newline mode: 0 translate (None), 1 universal untranslated (''), 2 '\n',
/// 3 '\r', 4 '\r\n'.
fn read_mode(newline: &Option<String>) -> u8 {
    match newline.as_deref() {
        None => 0,
        Some("") => 1,
        Some("\n") => 2,
        Some("\r") => 3,
        _ => 4,
    }
}

/// The number of characters in `s` (its bytes that do not continue a UTF-8 sequence).
fn char_count(s: &str) -> usize {
    s.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

/// Hands out up to `max` characters of `text` (translating line endings in mode 0):
/// (the text, bytes of `text` consumed, characters produced — not counted when `max` is
/// usize::MAX). A '\r' ending `text` waits
/// unless `eof`, since a '\n' may follow in the next chunk.
fn hand_out(text: &str, max: usize, mode: u8, eof: bool) -> (String, usize, usize) {
    if mode != 0 || !text.as_bytes().contains(&b'\r') {
        // (No byte count can exceed the character count, so text no longer than `max`
        // bytes is taken whole; the characters are counted without decoding them.)
        let end = if text.len() <= max {
            text.len()
        } else {
            text.char_indices().nth(max).map_or(text.len(), |(i, _)| i)
        };
        let n = if max == usize::MAX {
            0 // (readline's unlimited calls do not need the count)
        } else if end == text.len() {
            char_count(text).min(max)
        } else {
            max
        };
        return (text[..end].to_string(), end, n);
    }
    let b = text.as_bytes();
    let mut out = String::new();
    let (mut i, mut n) = (0, 0);
    while n < max && i < b.len() {
        if b[i] == b'\r' {
            if i + 1 == b.len() && !eof {
                break;
            }
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
        } else {
            let c = text[i..].chars().next().expect("char boundary");
            out.push(c);
            i += c.len_utf8();
        }
        n += 1;
    }
    (out, i, n)
}

/// read(n) in characters; n < 0 reads to the end.
/// A new read after end of file asks the file again (more may have been written since).
fn unstick_eof(t: &mut Text) {
    if t.eof && t.dpos == t.dec.len() && t.pending.is_empty() {
        t.eof = false;
    }
}

pub fn read(rt: &mut Runtime, v: &Value, n: i64) -> PyResult<String> {
    readable_buffer(rt, v)?;
    state(rt, v, unstick_eof)?;
    if n < 0 {
        while refill(rt, v, true)? {
            if state(rt, v, |t| t.eof)? {
                break;
            }
        }
        return state(rt, v, |t| {
            let rest = &t.dec[t.dpos..];
            let out = match read_mode(&t.newline) {
                0 if rest.contains('\r') => rest.replace("\r\n", "\n").replace('\r', "\n"),
                _ => rest.to_string(),
            };
            t.dpos = t.dec.len();
            out
        });
    }
    let mut out = String::new();
    let mut need = n as usize;
    loop {
        let got = state(rt, v, |t| {
            let (s, used, made) = hand_out(&t.dec[t.dpos..], need, read_mode(&t.newline), t.eof);
            t.dpos += used;
            (s, made)
        })?;
        out.push_str(&got.0);
        need -= got.1;
        if need == 0 {
            break;
        }
        let (eof, left) = state(rt, v, |t| (t.eof, t.dpos < t.dec.len()))?;
        if eof && !left {
            break;
        }
        if !refill(rt, v, false)? && !state(rt, v, |t| t.dpos < t.dec.len())? {
            break;
        }
    }
    Ok(out)
}

/// Where the first line of `text` ends (after its terminator) in read mode `mode`, or
/// None when more text is needed to know.
fn line_end(text: &str, mode: u8, eof: bool) -> Option<usize> {
    let b = text.as_bytes();
    let found = match mode {
        0 | 1 => b.iter().position(|&c| c == b'\n' || c == b'\r').map(|i| {
            if b[i] == b'\r' {
                if i + 1 == b.len() && !eof {
                    return None;
                }
                Some(if b.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                })
            } else {
                Some(i + 1)
            }
        }),
        2 => b.iter().position(|&c| c == b'\n').map(|i| Some(i + 1)),
        3 => b.iter().position(|&c| c == b'\r').map(|i| Some(i + 1)),
        _ => match text.find("\r\n") {
            Some(i) => Some(Some(i + 2)),
            None if text.ends_with('\r') && !eof => Some(None),
            None => None,
        },
    };
    match found {
        Some(r) => r,
        None if eof => Some(b.len()),
        None => None,
    }
}

/// readline(limit): the next line in characters (at most `limit` when limit >= 0).
pub fn readline(rt: &mut Runtime, v: &Value, limit: i64) -> PyResult<String> {
    readable_buffer(rt, v)?;
    state(rt, v, unstick_eof)?;
    loop {
        let done = state(rt, v, |t| {
            let rest = &t.dec[t.dpos..];
            let mode = read_mode(&t.newline);
            let max = if limit < 0 {
                usize::MAX
            } else {
                limit as usize
            };
            match line_end(rest, mode, t.eof) {
                Some(end) => {
                    let (s, used, _) = hand_out(&rest[..end], max, mode, true);
                    t.dpos += used;
                    Some(s)
                }
                None if limit >= 0 && rest.chars().nth(max).is_some() => {
                    let (s, used, _) = hand_out(rest, max, mode, t.eof);
                    t.dpos += used;
                    Some(s)
                }
                None => None,
            }
        })?;
        if let Some(s) = done {
            return Ok(s);
        }
        refill(rt, v, false)?;
    }
}

/// write(s): encoded and handed to the buffered layer; returns the length in characters.
pub fn write(rt: &mut Runtime, v: &Value, s: &str, chars: usize) -> PyResult<usize> {
    let b = open_buffer(rt, v)?;
    if !buffered::caps(&b).1 {
        return Err(super::unsupported(rt, "not writable"));
    }
    // Decoded text not read yet is dropped; the write goes where the buffered layer is
    // (after the read-ahead chunk), as in CPython.
    state(rt, v, |t| reset_read(t, None))?;
    let (newline, codec, errors, bom, line_buffering) = state(rt, v, |t| {
        let bom = std::mem::take(&mut t.bom_pending);
        (
            t.newline.clone(),
            t.codec,
            t.errors.clone(),
            bom,
            t.line_buffering,
        )
    })?;
    let translated;
    let text = match newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => {
            translated = s.replace('\n', nl);
            translated.as_str()
        }
        _ => s,
    };
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(match codec {
            StreamCodec::Utf8Sig => &[0xEF, 0xBB, 0xBF][..],
            StreamCodec::Utf16(_) => &[0xFF, 0xFE][..],
            _ => &[0xFF, 0xFE, 0, 0][..],
        });
    }
    let name = state(rt, v, |t| codec_name(t).to_string())?;
    if matches!(codec, StreamCodec::Utf8 | StreamCodec::Utf8Sig)
        && (text.is_ascii() || !crate::surrogate::has_surrogates(text))
    {
        out.extend_from_slice(text.as_bytes());
    } else {
        out.extend(codecs::encode_str(rt, text, &name, &errors)?);
    }
    buffered::write(rt, &b, &out)?;
    if line_buffering && (text.contains('\n') || text.contains('\r')) {
        buffered::flush(rt, &b)?;
    }
    state(rt, v, |t| t.at_start = false)?;
    Ok(chars)
}

/// tell(): the byte position of the next character to be read (or written).
pub fn tell(rt: &mut Runtime, v: &Value) -> PyResult<i64> {
    let b = open_buffer(rt, v)?;
    let (seekable, telling) = state(rt, v, |t| (t.seekable, t.telling))?;
    if !seekable {
        return Err(super::unsupported(rt, "underlying stream is not seekable"));
    }
    if !telling {
        return Err(rt.new_exc("OSError", "telling position disabled by next() call"));
    }
    let (reading, need_pos) = state(rt, v, |t| {
        (!t.dec.is_empty() || !t.pending.is_empty(), t.need_pos)
    })?;
    if !reading || need_pos {
        return buffered::tell(rt, &b);
    }
    let (codec, errors, prefix, full, start, raw) = state(rt, v, |t| {
        (
            t.codec,
            t.errors.clone(),
            t.dec[..t.dpos].to_string(),
            t.dpos == t.dec.len(),
            t.dec_start,
            t.dec_raw,
        )
    })?;
    let used = if full {
        raw
    } else {
        raw_len(rt, codec, &errors, &prefix)
    };
    Ok(start + used as i64)
}

/// seek(cookie, whence).
pub fn seek(rt: &mut Runtime, v: &Value, pos: i64, whence: i32) -> PyResult<i64> {
    let b = open_buffer(rt, v)?;
    if !state(rt, v, |t| t.seekable)? {
        return Err(super::unsupported(rt, "underlying stream is not seekable"));
    }
    match whence {
        0 => {
            if pos < 0 {
                return Err(rt.value_error(&format!("negative seek position {pos}")));
            }
            buffered::flush_writes(rt, &b)?;
            let p = buffered::seek(rt, &b, pos, 0)?;
            state(rt, v, |t| {
                reset_read(t, Some(p));
                t.telling = true;
                t.at_start = p == 0;
                t.cr_pending = false;
                if p == 0 {
                    t.codec = t.opened_codec;
                }
                t.bom_pending = p == 0 && writes_bom(t.opened_codec);
            })?;
            Ok(p)
        }
        1 | 2 if pos != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            Err(super::unsupported(
                rt,
                &format!("can't do nonzero {what}-relative seeks"),
            ))
        }
        1 => tell(rt, v),
        2 => {
            buffered::flush_writes(rt, &b)?;
            let p = buffered::seek(rt, &b, 0, 2)?;
            state(rt, v, |t| {
                reset_read(t, Some(p));
                t.eof = false;
                t.at_start = p == 0;
                t.bom_pending = false;
            })?;
            Ok(p)
        }
        _ => Err(rt.value_error(&format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
}

pub fn flush(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    let b = open_buffer(rt, v)?;
    buffered::flush(rt, &b)
}

pub fn close(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    let b = attached(rt, v)?;
    if buffered::is_closed(&b) {
        return Ok(());
    }
    let flushed = buffered::flush(rt, &b);
    let closed = buffered::close(rt, &b);
    flushed?;
    closed
}

pub fn is_closed(v: &Value) -> bool {
    buffer_of(v).is_none_or(|b| buffered::is_closed(&b))
}

/// Whether `v` is a native text file.
pub fn is_text(v: &Value) -> bool {
    super::is::<Text>(v)
}

// ---- the Python-visible methods -----------------------------------------------------------------

/// The object a method was called on (methods always receive it).
fn me(args: &[Value]) -> &Value {
    &args[0]
}

fn m_read(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = super::size_arg(rt, args.get(1))?;
    let s = read(rt, me(args), n)?;
    Ok(rt.new_string(s))
}

fn m_readline(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = match args.get(1) {
        Some(v) => rt.index_of(v)?,
        None => -1,
    };
    let s = readline(rt, me(args), n)?;
    Ok(rt.new_string(s))
}

fn m_readlines(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let hint = super::size_arg(rt, args.get(1))?;
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let l = readline(rt, me(args), -1)?;
        if l.is_empty() {
            break;
        }
        total += l.chars().count() as i64;
        out.push(rt.new_string(l));
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(rt.new_list(out))
}

fn m_next(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let l = readline(rt, me(args), -1)?;
    if l.is_empty() {
        state(rt, me(args), |t| t.telling = t.seekable)?;
        return Err(rt.exc_with_args("StopIteration", vec![]));
    }
    state(rt, me(args), |t| t.telling = false)?;
    Ok(rt.new_string(l))
}

fn m_write(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_buffer(rt, me(args))?;
    let Some(v) = args.get(1) else {
        return Err(rt.type_error("write() takes exactly one argument (0 given)"));
    };
    let v = match crate::typeobj::builtin_payload(v) {
        Some(p) if matches!(p.kind(), Some(Kind::Str(_))) => p.clone(),
        _ => v.clone(),
    };
    let Some(Kind::Str(s)) = v.kind() else {
        let tn = rt.arg_type_name(&v);
        return Err(rt.type_error(&format!("write() argument must be str, not {tn}")));
    };
    let n = write(rt, me(args), &s.s, s.chars)?;
    Ok(Value::small_int(n as i64))
}

fn m_writelines(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_buffer(rt, me(args))?;
    let lines = args.get(1).cloned().unwrap_or(Value::NONE);
    let it = rt.get_iter(&lines)?;
    while let Some(l) = rt.next(&it)? {
        m_write(rt, &[me(args).clone(), l], &[])?;
    }
    Ok(Value::NONE)
}

fn m_flush(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    flush(rt, me(args))?;
    Ok(Value::NONE)
}

fn m_close(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    close(rt, me(args))?;
    Ok(Value::NONE)
}

fn m_seek(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let pos = super::raw::pos_arg(rt, args.get(1), "seek")?;
    let whence = super::raw::whence_arg(rt, args.get(2))?;
    let p = seek(rt, me(args), pos, whence)?;
    Ok(crate::ops::num::int_from_i64(p))
}

fn m_tell(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let p = tell(rt, me(args))?;
    Ok(crate::ops::num::int_from_i64(p))
}

fn m_truncate(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let b = open_buffer(rt, me(args))?;
    let size = match args.get(1) {
        Some(v) if !v.is_none() => Some(rt.index_of(v)?),
        _ => None,
    };
    buffered::flush_writes(rt, &b)?;
    let size = match size {
        Some(s) => s,
        None => tell(rt, me(args))?,
    };
    let n = buffered::truncate(rt, &b, Some(size))?;
    Ok(crate::ops::num::int_from_i64(n))
}

fn m_detach(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let b = attached(rt, me(args))?;
    if !buffered::is_closed(&b) {
        buffered::flush(rt, &b)?;
    }
    state(rt, me(args), |t| {
        std::mem::replace(&mut t.buffer, Value::NONE)
    })
}

fn m_fileno(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let b = attached(rt, me(args))?;
    let f = rt.getattr(&b, "fileno")?;
    rt.call(&f, &[], &[])
}

fn m_isatty(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let b = attached(rt, me(args))?;
    let f = rt.getattr(&b, "isatty")?;
    rt.call(&f, &[], &[])
}

fn m_readable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let b = attached(rt, me(args))?;
    if buffered::is_closed(&b) {
        return Err(super::closed(rt, "I/O operation on closed file"));
    }
    Ok(Value::bool(buffered::caps(&b).0))
}

fn m_writable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let b = attached(rt, me(args))?;
    if buffered::is_closed(&b) {
        return Err(super::closed(rt, "I/O operation on closed file"));
    }
    Ok(Value::bool(buffered::caps(&b).1))
}

fn m_seekable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let b = attached(rt, me(args))?;
    if buffered::is_closed(&b) {
        return Err(super::closed(rt, "I/O operation on closed file"));
    }
    Ok(Value::bool(state(rt, me(args), |t| t.seekable)?))
}

fn m_enter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_buffer(rt, me(args))?;
    Ok(me(args).clone())
}

fn m_exit(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    close(rt, me(args))?;
    Ok(Value::NONE)
}

fn m_iter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_buffer(rt, me(args))?;
    Ok(me(args).clone())
}

fn m_repr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = me(args);
    let mut s = String::from("<_io.TextIOWrapper");
    if let Some(b) = buffer_of(v) {
        if let Ok(n) = rt.getattr(&b, "name") {
            let n = rt.repr_string(&n)?;
            s.push_str(&format!(" name={n}"));
        }
    }
    let (mode, enc) = state(rt, v, |t| (t.mode.clone(), t.encoding.clone()))?;
    if !mode.is_none() {
        let m = rt.repr_string(&mode)?;
        s.push_str(&format!(" mode={m}"));
    }
    s.push_str(&format!(" encoding='{enc}'>"));
    Ok(rt.new_string(s))
}

/// `reconfigure(*, encoding=None, errors=None, newline=..., line_buffering=None,
/// write_through=None)`.
fn m_reconfigure(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = me(args).clone();
    let p = super::super::parse_args(
        rt,
        "reconfigure",
        &args[1..],
        kw,
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
        0,
        0,
    )?;
    let b = open_buffer(rt, &v)?;
    let started = state(rt, &v, |t| {
        !t.dec.is_empty() || !t.pending.is_empty() || !t.at_start
    })?;
    let enc = p[0].as_ref().filter(|x| !x.is_none());
    let nl_given = p[2].as_ref().is_some_and(|x| !x.is(&rt.ellipsis));
    if (enc.is_some() || p[1].as_ref().is_some_and(|x| !x.is_none()) || nl_given)
        && started
        && buffered::caps(&b).0
        && state(rt, &v, |t| t.dpos < t.dec.len() || !t.pending.is_empty())?
    {
        return Err(super::unsupported(
            rt,
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    if !buffered::is_closed(&b) {
        buffered::flush(rt, &b)?;
    }
    if let Some(e) = enc {
        let e = rt.str_string(e)?;
        let e = if e == "locale" {
            "UTF-8".to_string()
        } else {
            e
        };
        let c = codecs::stream_codec(rt, &e)?;
        let errors = match p[1].as_ref().filter(|x| !x.is_none()) {
            Some(x) => rt.str_string(x)?,
            None => "strict".to_string(),
        };
        state(rt, &v, |t| {
            t.encoding = e;
            t.codec = c;
            t.errors = errors;
        })?;
    } else if let Some(x) = p[1].as_ref().filter(|x| !x.is_none()) {
        let errors = rt.str_string(x)?;
        state(rt, &v, |t| t.errors = errors)?;
    }
    if nl_given {
        let nl = match p[2].as_ref().filter(|x| !x.is_none()) {
            None => None,
            Some(x) => {
                let s = rt.str_string(x)?;
                if !matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") {
                    return Err(rt.value_error(&format!("illegal newline value: {s}")));
                }
                Some(s)
            }
        };
        state(rt, &v, |t| t.newline = nl)?;
    }
    if let Some(x) = p[3].as_ref().filter(|x| !x.is_none()) {
        let on = rt.truthy(x)?;
        state(rt, &v, |t| t.line_buffering = on)?;
    }
    if let Some(x) = p[4].as_ref().filter(|x| !x.is_none()) {
        let on = rt.truthy(x)?;
        state(rt, &v, |t| t.write_through = on)?;
    }
    Ok(Value::NONE)
}

fn g_attr(rt: &mut Runtime, args: &[Value], which: &str) -> PyResult {
    let v = me(args);
    match which {
        "buffer" => state(rt, v, |t| t.buffer.clone()),
        "encoding" => {
            let e = state(rt, v, |t| t.encoding.clone())?;
            Ok(rt.new_string(e))
        }
        "errors" => {
            let e = state(rt, v, |t| t.errors.clone())?;
            Ok(rt.new_string(e))
        }
        "line_buffering" => Ok(Value::bool(state(rt, v, |t| t.line_buffering)?)),
        "write_through" => Ok(Value::bool(state(rt, v, |t| t.write_through)?)),
        "newlines" => {
            attached(rt, v)?;
            let seen = state(rt, v, |t| t.seen)?;
            let kinds: Vec<Value> = [(1u8, "\r"), (2, "\n"), (4, "\r\n")]
                .iter()
                .filter(|(bit, _)| seen & bit != 0)
                .map(|(_, s)| rt.new_str(s))
                .collect();
            Ok(match kinds.len() {
                0 => Value::NONE,
                1 => kinds[0].clone(),
                _ => rt.new_tuple(kinds),
            })
        }
        "closed" => {
            let b = attached(rt, v)?;
            Ok(Value::bool(buffered::is_closed(&b)))
        }
        "mode" => {
            let m = state(rt, v, |t| t.mode.clone())?;
            if m.is_none() {
                return Err(rt.no_attr(v, "mode"));
            }
            Ok(m)
        }
        _ => {
            let b = attached(rt, v)?;
            rt.getattr(&b, "name")
        }
    }
}

fn set_mode(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let m = args.get(1).cloned().unwrap_or(Value::NONE);
    state(rt, me(args), |t| t.mode = m)?;
    Ok(Value::NONE)
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
/// write_through=False)` over a native buffered file.
fn text_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::super::need_cls(rt, args, "__new__")?;
    if !args[0].is(&rt.types.text_io) {
        return Err(rt.not_implemented_error(
            "subclasses of the native _io.TextIOWrapper (subclass io.TextIOWrapper instead)",
        ));
    }
    let p = super::super::parse_args(
        rt,
        "TextIOWrapper",
        &args[1..],
        kw,
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
        6,
        1,
    )?;
    let b = p[0].clone().unwrap_or(Value::NONE);
    if !buffered::is_buffered(&b) && !super::is::<super::raw::RawFile>(&b) {
        return Err(rt.not_implemented_error(
            "Molt's native TextIOWrapper wraps a native buffered file; io.TextIOWrapper \
             (lib/io.py) wraps other buffers",
        ));
    }
    let (encoding, errors, newline) =
        super::open::text_args(rt, &p[1], &p[2], &p[3], "TextIOWrapper()")?;
    let lb = match &p[4] {
        Some(x) => rt.truthy(x)?,
        None => false,
    };
    let wt = match &p[5] {
        Some(x) => rt.truthy(x)?,
        None => false,
    };
    new_text(rt, b, encoding, errors, newline, lb, wt, Value::NONE)
}

pub fn register(rt: &mut Runtime) {
    let t = rt.types.text_io.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", m_read),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("write", m_write),
        ("writelines", m_writelines),
        ("flush", m_flush),
        ("close", m_close),
        ("seek", m_seek),
        ("tell", m_tell),
        ("truncate", m_truncate),
        ("detach", m_detach),
        ("reconfigure", m_reconfigure),
        ("fileno", m_fileno),
        ("isatty", m_isatty),
        ("readable", m_readable),
        ("writable", m_writable),
        ("seekable", m_seekable),
        ("__enter__", m_enter),
        ("__exit__", m_exit),
        ("__iter__", m_iter),
        ("__next__", m_next),
        ("__repr__", m_repr),
    ];
    super::super::reg(rt, &t, "TextIOWrapper", methods);
    let m = rt.new_method("TextIOWrapper", "__new__", text_new);
    crate::exceptions::set_type_attr(rt, &t, "__new__", m);
    super::getters(
        rt,
        &t,
        "TextIOWrapper",
        &[
            ("buffer", |rt, a, _| g_attr(rt, a, "buffer")),
            ("encoding", |rt, a, _| g_attr(rt, a, "encoding")),
            ("errors", |rt, a, _| g_attr(rt, a, "errors")),
            ("line_buffering", |rt, a, _| g_attr(rt, a, "line_buffering")),
            ("write_through", |rt, a, _| g_attr(rt, a, "write_through")),
            ("newlines", |rt, a, _| g_attr(rt, a, "newlines")),
            ("closed", |rt, a, _| g_attr(rt, a, "closed")),
        ],
    );
    // `name` is read-only with CPython's message; `mode` is writable, as the instance
    // attribute open() sets in CPython.
    super::property(
        rt,
        &t,
        "TextIOWrapper",
        "name",
        |rt, a, _| g_attr(rt, a, "name"),
        Some(|rt, a, _| Err(super::not_writable_attr(rt, &a[0], "name"))),
        None,
    );
    super::property(
        rt,
        &t,
        "TextIOWrapper",
        "mode",
        |rt, a, _| g_attr(rt, a, "mode"),
        Some(set_mode),
        None,
    );
    super::set_module(rt, &t);
}
