# Literal pattern semantics in realistic value classification: True vs 1, None, floats, strings vs bytes.
def classify(v):
    match v:
        case True:
            return "the bool True"
        case False:
            return "the bool False"
        case None:
            return "nothing"
        case 0:
            return "zero-ish"
        case 1:
            return "one-ish"
        case -1 | -2:
            return "small negative"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex literal"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes raw"
        case "" | b"" | () | []:
            return f"empty {type(v).__name__}"
        case str(s) if s.isdigit():
            return f"numeric string {int(s)}"
        case int(n) if n > 100:
            return f"big {n}"
        case float("inf") if False:
            return "unreachable"
        case _:
            return f"other {v!r}"
samples = [True, 1, 1.0, False, 0, 0.0, None, -1, -2, 1.5, 3 / 2, 2 + 3j, "yes", "y", b"raw", "raw", "", b"", (), [],
           "42", 1000, 7, float("nan"), 1 == 1]
for s in samples:
    print(repr(s), "->", classify(s))
def status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as redirect:
            return f"redirect {redirect}"
        case int(c) if 400 <= c < 500:
            return "client error"
        case int(c) if 500 <= c < 600:
            return "server error"
        case _:
            return "unknown"
print([status(c) for c in [200, 204, 302, 404, 418, 503, 99, "200"]])
class Codes:
    OK = 200
    NOT_FOUND = 404
def named(code):
    match code:
        case Codes.OK:
            return "OK"
        case Codes.NOT_FOUND:
            return "Not Found"
        case other:
            return f"code {other}"
print(named(200), named(404), named(500), named(200.0), named(True))
