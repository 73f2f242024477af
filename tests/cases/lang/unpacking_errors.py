# Unpacking mismatches and starred-assignment syntax errors.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
def unpack2(v):
    a, b = v
    return a, b
def unpack_star(v):
    a, b, *c = v
    return a, b, c
def unpack_star_end(v):
    *a, b, c = v
    return a, b, c
attempt("too few", lambda: unpack2([1]))
attempt("too many", lambda: unpack2([1, 2, 3]))
attempt("too many from generator", lambda: unpack2(x for x in range(5)))
attempt("non-iterable", lambda: unpack2(5))
attempt("string", lambda: unpack2("ab"))
attempt("dict keys", lambda: unpack2({"k": 1, "j": 2}))
attempt("star too few", lambda: unpack_star([1]))
attempt("star exact", lambda: unpack_star([1, 2]))
attempt("star end too few", lambda: unpack_star_end((1,)))
attempt("star end", lambda: unpack_star_end(range(4)))
def nested(v):
    (a, b), c = v
    return a, b, c
attempt("nested bad", lambda: nested([(1,), 2]))
attempt("nested ok", lambda: nested(["xy", 3]))
for src in ["*a, *b = [1, 2]", "*a = [1]", "a = *b", "print(*a for a in [1])", "del *a", "[*a for a in x]",
            "{**d for d in x}", "f(**d, *a)", "f(a=1, b)", "*a, b += [1]", "a, *b, c, *d = range(9)"]:
    try:
        exec(src, {"x": [], "f": print, "a": [1], "d": {}})
        print(repr(src), "-> runs")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
    except Exception as e:
        print(repr(src), "-> runtime", type(e).__name__, e)
