# A tiny arithmetic tokenizer and evaluator using str predicates and slicing.
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and src[i + 1:i + 2].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in "._"):
                j += 1
            lit = src[i:j]
            toks.append(("NUM", float(lit) if "." in lit else int(lit)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("NAME", src[i:j]))
            i = j
        elif src.startswith("**", i):
            toks.append(("OP", "**"))
            i += 2
        elif c in "+-*/()%":
            toks.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    return toks
def parse(toks, env):
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else ("EOF", None)
    def eat():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def atom():
        k, v = eat()
        if k == "NUM":
            return v
        if k == "NAME":
            return env[v]
        if v == "(":
            r = expr()
            eat()
            return r
        if v == "-":
            return -power()
        raise SyntaxError(f"bad token {v!r}")
    def power():
        b = atom()
        if peek() == ("OP", "**"):
            eat()
            return b ** power()
        return b
    def term():
        r = power()
        while peek()[1] in ("*", "/", "%"):
            op = eat()[1]
            rhs = power()
            r = r * rhs if op == "*" else r / rhs if op == "/" else r % rhs
        return r
    def expr():
        r = term()
        while peek()[1] in ("+", "-"):
            op = eat()[1]
            r = r + term() if op == "+" else r - term()
        return r
    return expr()
env = {"x": 7, "pi": 3.14159, "big": 10 ** 20}
for src in ["1 + 2 * 3", "(1+2)*3", "2 ** 3 ** 2", "-2 ** 2", "x % 4 + x / 2", "pi * 2", "big * big + 1",
            "1_000 + .5", "10 / 4", "7 % -3", "y + 1", "3 $ 4", "1 / 0", "(2"]:
    try:
        print(src, "=>", tokenize(src)[:3], parse(tokenize(src), env))
    except Exception as e:
        print(src, "=>", type(e).__name__, e)
