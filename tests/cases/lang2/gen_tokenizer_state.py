# A tokenizer written as a generator, feeding a recursive-descent parser that peeks with a buffer.
def tokenize(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            yield ("NUM", float(num) if "." in num else int(num))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("NAME", text[i:j])
            i = j
        elif c in "+-*/()^,":
            yield ("OP", c)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    yield ("EOF", None)
class Parser:
    def __init__(self, text, env):
        self.tokens, self.env = tokenize(text), env
        self.cur = next(self.tokens)
    def eat(self, kind, value=None):
        tok = self.cur
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.cur = next(self.tokens)
        return tok[1]
    def expr(self):
        v = self.term()
        while self.cur in (("OP", "+"), ("OP", "-")):
            v = v + self.term() if self.eat("OP") == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.cur in (("OP", "*"), ("OP", "/")):
            v = v * self.power() if self.eat("OP") == "*" else v / self.power()
        return v
    def power(self):
        base = self.atom()
        if self.cur == ("OP", "^"):
            self.eat("OP")
            return base ** self.power()
        return base
    def atom(self):
        kind, val = self.cur
        if kind == "NUM":
            return self.eat("NUM")
        if kind == "NAME":
            name = self.eat("NAME")
            if self.cur == ("OP", "("):
                self.eat("OP", "(")
                args = [self.expr()]
                while self.cur == ("OP", ","):
                    self.eat("OP")
                    args.append(self.expr())
                self.eat("OP", ")")
                return self.env[name](*args)
            return self.env[name]
        if self.cur == ("OP", "-"):
            self.eat("OP")
            return -self.atom()
        self.eat("OP", "(")
        v = self.expr()
        self.eat("OP", ")")
        return v
env = {"x": 3, "pi": 3.5, "max": max, "sq": lambda v: v * v}
print(list(tokenize("sq(x) + 2.5*y")))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + max(1, x, 2) * sq(2)", "pi * 2 / 7", "1 +", "2 $ 3", "y + 1", "(1"]:
    try:
        print(src, "=", Parser(src, env).expr())
    except (SyntaxError, KeyError) as e:
        print(src, "->", type(e).__name__, e)
