# Exception notes added while unwinding through a config parser, then inspected and re-raised.
class ParseError(Exception):
    pass
def parse_value(raw):
    raw = raw.strip()
    if raw in ("true", "false"):
        return raw == "true"
    if raw.startswith('"'):
        if not raw.endswith('"') or len(raw) < 2:
            raise ParseError(f"unterminated string {raw!r}")
        return raw[1:-1]
    try:
        return int(raw)
    except ValueError:
        try:
            return float(raw)
        except ValueError as e:
            err = ParseError(f"bad value {raw!r}")
            err.add_note("expected bool, string or number")
            raise err from e
def parse_line(line):
    key, sep, value = line.partition("=")
    if not sep:
        raise ParseError(f"missing '=' in {line!r}")
    try:
        return key.strip(), parse_value(value)
    except ParseError as e:
        e.add_note(f"while parsing key {key.strip()!r}")
        raise
def parse(text, name):
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            k, v = parse_line(line)
        except ParseError as e:
            e.add_note(f"{name}:{n}")
            raise
        out[k] = v
    return out
good = "# settings\nport = 8080\nratio = 0.5\nname = \"molt\"\ndebug = true\n"
print(parse(good, "good.cfg"))
for text in ["a = 1\nb = oops\n", "x = \"open\n", "novalue\n"]:
    try:
        parse(text, "bad.cfg")
    except ParseError as e:
        print(type(e).__name__, e)
        print("  notes:", getattr(e, "__notes__", None))
        print("  cause:", repr(e.__cause__))
e = ValueError("x")
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
e2 = KeyError("k")
e2.__notes__ = "not a list"
try:
    e2.add_note("n")
except TypeError as err:
    print(type(err).__name__, err)
