# A recursive-descent JSON parser with position-aware custom exceptions, checked against json.loads.
import json
class JSONParseError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise JSONParseError("extra data", self.i)
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise JSONParseError("unexpected end", self.i)
        c = self.s[self.i]
        match c:
            case "{": return self.obj()
            case "[": return self.arr()
            case '"': return self.string()
            case "t" | "f" | "n": return self.literal()
            case _ if c == "-" or c.isdigit(): return self.number()
            case _: raise JSONParseError(f"unexpected {c!r}", self.i)
    def literal(self):
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        raise JSONParseError("bad literal", self.i)
    def number(self):
        j = self.i
        while j < len(self.s) and (self.s[j] in "+-.eE" or self.s[j].isdigit()):
            j += 1
        text, self.i = self.s[self.i:j], j
        try:
            return float(text) if any(ch in text for ch in ".eE") else int(text)
        except ValueError:
            raise JSONParseError(f"bad number {text!r}", j - len(text)) from None
    def string(self):
        j = self.s.find('"', self.i + 1)
        if j == -1:
            raise JSONParseError("unterminated string", self.i)
        v, self.i = self.s[self.i + 1:j], j + 1
        return v
    def seq(self, close, item):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == close:
            self.i += 1
            return out
        while True:
            out.append(item())
            self.ws()
            ch = self.s[self.i:self.i + 1]
            self.i += 1
            if ch == close:
                return out
            if ch != ",":
                raise JSONParseError(f"expected ',' or {close!r}", self.i - 1)
    def arr(self):
        return self.seq("]", self.value)
    def obj(self):
        def pair():
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                raise JSONParseError("expected string key", self.i)
            k = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                raise JSONParseError("expected ':'", self.i)
            self.i += 1
            return k, self.value()
        return dict(self.seq("}", pair))
docs = ['{"a": [1, 2.5, -3e2, true, null], "b": {"c": "d"}, "e": []}', "[]", '  {"x": {}}  ', '[1, 2,]',
        '{"a" 1}', '{1: 2}', '[1 2]', '"open', 'tru', '[1] x', '-', '', '[1.2.3]']
for d in docs:
    try:
        mine = Parser(d).parse()
        print("ok", mine, mine == json.loads(d))
    except JSONParseError as e:
        try:
            json.loads(d)
            agree = "json accepted!"
        except json.JSONDecodeError:
            agree = "json also rejects"
        print(type(e).__name__, e, "|", agree)
