//! Printing exceptions as CPython does: the traceback (most recent call last) with source
//! lines, the chained causes and contexts, and the `Type: message` line.

use molt_builtins::exceptions::{data, get_attr_raw};
use molt_builtins::{Kind, Runtime, Value};

fn source_line(file: &str, line: u32) -> Option<String> {
    if file.starts_with('<') {
        return None;
    }
    let text = std::fs::read(file).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.trim().to_string())
}

/// `Type: message` (or just `Type`), as the last line of a traceback.
pub fn exception_line(rt: &mut Runtime, exc: &Value) -> String {
    let t = rt.type_of(exc);
    let mut name = molt_builtins::typeobj::as_type(&t)
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default();
    if let Some(tt) = molt_builtins::typeobj::as_type(&t) {
        if let Some(m) = tt.dict.borrow().get_str("__module__") {
            if let Some(Kind::Str(s)) = m.kind() {
                if &*s.s != "builtins" && &*s.s != "__main__" {
                    name = format!("{}.{}", s.s, name);
                }
            }
        }
    }
    let is_syntax = rt.isinstance_type(exc, &rt.exc_type("SyntaxError"));
    let msg_attr = if is_syntax {
        get_attr_raw(exc, "msg")
    } else {
        None
    };
    let mut msg = match msg_attr {
        Some(m) => rt.str_string(&m).unwrap_or_default(),
        None => match rt.str_string(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        },
    };
    let hint = data(exc)
        .and_then(|d| d.borrow().hint.clone())
        .or_else(|| attribute_hint(rt, exc));
    if let Some(h) = hint {
        msg = format!("{msg}. {h}");
    }
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// "Did you mean: 'x'?" for an AttributeError whose `obj` and `name` are known.
fn attribute_hint(rt: &mut Runtime, exc: &Value) -> Option<String> {
    if !rt.isinstance_type(exc, &rt.exc_type("AttributeError")) {
        return None;
    }
    let obj = get_attr_raw(exc, "obj")?;
    let name = get_attr_raw(exc, "name")?;
    let name = rt.str_of(&name).ok()?.to_string();
    let dir = rt.builtins.clone();
    let dir = match dir.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str("dir").cloned()?,
        _ => return None,
    };
    let names = rt.call(&dir, &[obj], &[]).ok()?;
    let names = rt.to_vec(&names).ok()?;
    let cands: Vec<String> = names
        .iter()
        .filter_map(|n| rt.str_of(n).ok().map(|s| s.to_string()))
        .collect();
    crate::suggest::suggest(&name, &cands).map(|s| format!("Did you mean: '{s}'?"))
}

fn syntax_error_block(rt: &mut Runtime, exc: &Value, out: &mut String) {
    let get = |n: &str| get_attr_raw(exc, n);
    let file = get("filename")
        .and_then(|v| rt.str_of(&v).ok())
        .map(|s| s.to_string())
        .unwrap_or_else(|| "<string>".into());
    let line = get("lineno").and_then(|v| v.as_small_int()).unwrap_or(0);
    out.push_str(&format!("  File \"{file}\", line {line}\n"));
    if let Some(text) = get("text").and_then(|v| rt.str_of(&v).ok()) {
        let trimmed = text.trim_start();
        let lead = text.chars().count() - trimmed.chars().count();
        let trimmed = trimmed.trim_end();
        out.push_str(&format!("    {trimmed}\n"));
        let off = get("offset").and_then(|v| v.as_small_int()).unwrap_or(0);
        let end = get("end_offset")
            .and_then(|v| v.as_small_int())
            .unwrap_or(off);
        if off > 0 {
            let col = (off as usize).saturating_sub(1 + lead);
            let width = if end > off { (end - off) as usize } else { 1 };
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(col),
                "^".repeat(width.max(1))
            ));
        }
    }
}

/// Where the printer is inside nested exception groups (CPython's
/// `_ExceptionPrintContext`): lines inside a group are prefixed by `| ` margins.
struct Ctx {
    depth: usize,
    need_close: bool,
    seen: Vec<u64>,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` (one or more lines), each prefixed as CPython's `emit` does.
    fn emit(&self, out: &mut String, text: &str, margin: Option<char>) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin.unwrap_or('|'));
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// CPython's limits on printing nested groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The "Traceback (most recent call last):" lines of `exc`'s own traceback.
fn stack_text(exc: &Value) -> String {
    let mut out = String::new();
    let Some(d) = data(exc) else { return out };
    let tb = d.borrow().traceback.clone();
    // Like CPython: after 3 identical consecutive entries, print a count instead.
    let mut last: Option<(&str, u32, &str)> = None;
    let mut repeats = 0usize;
    let flush = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let n = repeats - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for e in tb.iter().rev() {
        let key = (&*e.code.filename, e.line, &*e.code.name);
        if last == Some(key) {
            repeats += 1;
        } else {
            flush(&mut out, repeats);
            last = Some(key);
            repeats = 1;
        }
        if repeats > 3 {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            e.code.filename, e.line, e.code.name
        ));
        if let Some(src) = source_line(&e.code.filename, e.line) {
            out.push_str(&format!("    {src}\n"));
        }
    }
    flush(&mut out, repeats);
    out
}

/// `format_exception_only`: the SyntaxError block, `Type: message` and the notes.
fn exception_only(rt: &mut Runtime, exc: &Value) -> String {
    let mut out = String::new();
    if rt.isinstance_type(exc, &rt.exc_type("SyntaxError")) {
        syntax_error_block(rt, exc, &mut out);
    }
    out.push_str(&exception_line(rt, exc));
    out.push('\n');
    if let Some(notes) = get_attr_raw(exc, "__notes__") {
        if let Ok(items) = rt.to_vec(&notes) {
            for n in items {
                if let Ok(s) = rt.str_string(&n) {
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn format_one(rt: &mut Runtime, exc: &Value, out: &mut String, ctx: &mut Ctx) {
    ctx.seen.push(exc.id());
    if let Some(d) = data(exc) {
        let (cause, context, suppress) = {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if !cause.is_none() && !ctx.seen.contains(&cause.id()) {
            format_one(rt, &cause, out, ctx);
            ctx.emit(
                out,
                "\nThe above exception was the direct cause of the following exception:\n\n",
                None,
            );
        } else if !suppress && !context.is_none() && !ctx.seen.contains(&context.id()) {
            format_one(rt, &context, out, ctx);
            ctx.emit(
                out,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
                None,
            );
        }
    }
    let group = rt.exc_type("BaseExceptionGroup");
    let subs = if rt.isinstance_type(exc, &group) {
        rt.getattr(exc, "exceptions")
            .ok()
            .and_then(|v| rt.to_vec(&v).ok())
    } else {
        None
    };
    let stack = stack_text(exc);
    let Some(subs) = subs else {
        if !stack.is_empty() {
            ctx.emit(out, "Traceback (most recent call last):\n", None);
            ctx.emit(out, &stack, None);
        }
        let only = exception_only(rt, exc);
        ctx.emit(out, &only, None);
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            None,
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !stack.is_empty() {
        let margin = if toplevel { Some('+') } else { None };
        ctx.emit(
            out,
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        ctx.emit(out, &stack, None);
    }
    let only = exception_only(rt, exc);
    ctx.emit(out, &only, None);
    let n = subs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&ctx.indent());
        out.push_str(if i == 0 { "+-" } else { "  " });
        out.push_str(&format!("+---------------- {title} ----------------\n"));
        ctx.depth += 1;
        if truncated {
            let remaining = subs.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            ctx.emit(
                out,
                &format!("and {remaining} more exception{plural}\n"),
                None,
            );
        } else {
            format_one(rt, &subs[i], out, ctx);
        }
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The full text CPython prints for an uncaught exception.
pub fn format_exception(rt: &mut Runtime, exc: &Value) -> String {
    let mut out = String::new();
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    format_one(rt, exc, &mut out, &mut ctx);
    out
}
