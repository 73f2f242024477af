# A JSON-style serialiser and parser written in plain Python (no json module):
# recursive encoding of dicts/lists/str/int/float/bool/None with string
# escaping (including \uXXXX for control and non-ASCII characters) and
# optional indentation, and a recursive-descent parser with position tracking
# and error reporting.  Documents are generated deterministically, encoded,
# parsed back and compared.

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
           "\b": "\\b", "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
             "n": "\n", "r": "\r", "t": "\t"}


class EncodeError(Exception):
    pass


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__("%s at position %d" % (message, pos))
        self.pos = pos


def encode_string(s):
    out = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
    out.append('"')
    return "".join(out)


class Encoder(object):
    def __init__(self, indent=None, sort_keys=False):
        self.indent = indent
        self.sort_keys = sort_keys

    def encode(self, value):
        parts = []
        self._encode(value, parts, 0)
        return "".join(parts)

    def _newline(self, parts, level):
        if self.indent is not None:
            parts.append("\n" + " " * (self.indent * level))

    def _encode(self, value, parts, level):
        if value is None:
            parts.append("null")
        elif value is True:
            parts.append("true")
        elif value is False:
            parts.append("false")
        elif isinstance(value, str):
            parts.append(encode_string(value))
        elif isinstance(value, int):
            parts.append(str(value))
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise EncodeError("cannot encode %r" % value)
            parts.append(repr(value))
        elif isinstance(value, (list, tuple)):
            if not value:
                parts.append("[]")
                return
            parts.append("[")
            for i, item in enumerate(value):
                if i:
                    parts.append(",")
                self._newline(parts, level + 1)
                self._encode(item, parts, level + 1)
            self._newline(parts, level)
            parts.append("]")
        elif isinstance(value, dict):
            if not value:
                parts.append("{}")
                return
            parts.append("{")
            keys = sorted(value) if self.sort_keys else list(value)
            sep = ": " if self.indent is not None else ":"
            for i, key in enumerate(keys):
                if not isinstance(key, str):
                    raise EncodeError("keys must be str, not %s" % type(key).__name__)
                if i:
                    parts.append(",")
                self._newline(parts, level + 1)
                parts.append(encode_string(key))
                parts.append(sep)
                self._encode(value[key], parts, level + 1)
            self._newline(parts, level)
            parts.append("}")
        else:
            raise EncodeError("cannot encode object of type %s" % type(value).__name__)


class Parser(object):
    WHITESPACE = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise ParseError("trailing data", self.pos)
        return value

    def skip(self):
        text, pos, n = self.text, self.pos, len(self.text)
        while pos < n and text[pos] in self.WHITESPACE:
            pos += 1
        self.pos = pos

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise ParseError("unexpected end", self.pos)
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        raise ParseError("unexpected character %r" % ch, self.pos)

    def expect(self, ch):
        self.skip()
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            raise ParseError("expected %r" % ch, self.pos)
        self.pos += 1

    def object(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            if self.text[self.pos] != '"':
                raise ParseError("expected string key", self.pos)
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected ',' or '}'", self.pos - 1)

    def array(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected ',' or ']'", self.pos - 1)

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        while True:
            end = pos
            while text[end] != '"' and text[end] != "\\":
                end += 1
            chunks.append(text[pos:end])
            if text[end] == '"':
                self.pos = end + 1
                return "".join(chunks)
            code = text[end + 1]
            if code == "u":
                cp = int(text[end + 2:end + 6], 16)
                pos = end + 6
                if 0xD800 <= cp < 0xDC00 and text.startswith("\\u", pos):
                    low = int(text[pos + 2:pos + 6], 16)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
                chunks.append(chr(cp))
            else:
                if code not in UNESCAPES:
                    raise ParseError("bad escape \\%s" % code, end)
                chunks.append(UNESCAPES[code])
                pos = end + 2

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        if text[pos] == "-":
            pos += 1
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        is_float = False
        if pos < len(text) and text[pos] == ".":
            is_float = True
            pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        if pos < len(text) and text[pos] in "eE":
            is_float = True
            pos += 1
            if text[pos] in "+-":
                pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        self.pos = pos
        literal = text[start:pos]
        return float(literal) if is_float else int(literal)


WORDS = ["alpha", "beta", "gamma", "tab\there", "quote\"d", "back\\slash", "new\nline",
         "caf\u00e9", "\u65e5\u672c", "emoji\U0001F600", "ctrl\x01", "plain"]


def make_document(seed, breadth, depth):
    x = seed

    def rand(n):
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        return (x >> 8) % n

    def build(level):
        if level < 2:
            kind = 6 + rand(4)          # the top levels are always containers
        elif level < depth:
            kind = rand(10)
        else:
            kind = rand(6)
        if kind == 0:
            return rand(2000000) - 1000000
        if kind == 1:
            return rand(100000) / 64.0 - 500.0
        if kind == 2:
            return WORDS[rand(len(WORDS))] + str(rand(100))
        if kind == 3:
            return (None, True, False)[rand(3)]
        if kind == 4:
            return rand(1 << 40) * (1 << 20)
        if kind == 5:
            return rand(1000) * 1e-7 + 1e20 * rand(3)
        if kind < 8:
            return [build(level + 1) for _ in range(rand(breadth) + 1)]
        return {"%s_%d" % (WORDS[rand(len(WORDS))], i): build(level + 1)
                for i in range(rand(breadth) + 1)}

    return {"id": seed, "payload": [build(0) for _ in range(breadth)]}


def text_digest(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    compact = Encoder()
    pretty = Encoder(indent=2, sort_keys=True)
    checksum = 0
    total_chars = 0
    for seed in range(1, 161):
        doc = make_document(seed, 6, 5)
        text = compact.encode(doc)
        back = Parser(text).parse()
        if back != doc:
            raise AssertionError("round trip failed for seed %d" % seed)
        pretty_text = pretty.encode(back)
        again = Parser(pretty_text).parse()
        if again != doc:
            raise AssertionError("pretty round trip failed for seed %d" % seed)
        total_chars += len(text) + len(pretty_text)
        checksum = (checksum * 31 + text_digest(text)) % 1000000007
        if seed % 20 == 0:
            print("doc %d: %d chars compact, %d pretty, digest %d"
                  % (seed, len(text), len(pretty_text), text_digest(pretty_text)))
    print(pretty.encode({"sample": make_document(3, 2, 2), "escapes": WORDS}))
    errors = []
    for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '"bad \\q escape"', '[1] x', 'nul']:
        try:
            Parser(bad).parse()
            errors.append("accepted " + bad)
        except ParseError as e:
            errors.append(str(e))
        except IndexError:
            errors.append("truncated input")
    for e in errors:
        print("error:", e)
    print("total chars", total_chars)
    print("json_serialize checksum", checksum)


main()
