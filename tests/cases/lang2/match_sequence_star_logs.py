# Sequence patterns with star captures in different positions over tokenized log/CLI lines.
def interpret(tokens):
    match tokens:
        case []:
            return "blank"
        case [single]:
            return f"single token {single!r}"
        case ["ERROR", code, *msg] if code.isdigit():
            return f"error {int(code)}: {' '.join(msg) or '(no message)'}"
        case [level, *_, "DONE"]:
            return f"{level.lower()} task completed"
        case [first, *middle, last] if first == last:
            return f"bracketed by {first!r} with {len(middle)} inside"
        case ["git", ("push" | "pull") as op, *rest]:
            flags = [r for r in rest if r.startswith("-")]
            args = [r for r in rest if not r.startswith("-")]
            return f"git {op} flags={flags} args={args}"
        case [*init, "|", cmd]:
            return f"pipe {' '.join(init)!r} into {cmd}"
        case [str() as a, str() as b]:
            return f"pair {a}/{b}"
        case [_, _, *rest]:
            return f"{len(rest) + 2} tokens"
lines = ["", "hello", "ERROR 404 not found", "ERROR 500", "ERROR x y", "INFO build step DONE",
         "x a b c x", "git push -f origin main", "git pull", "cat file | sort", "a b", "one two three four"]
for line in lines:
    print(repr(line), "->", interpret(line.split()))
def shape(v):
    match v:
        case (x, y):
            return "2-tuple-like"
        case [x, y, *_]:
            return "list/tuple with >=2"
        case str() | bytes():
            return "string (never a sequence pattern)"
        case _:
            return "other"
print([shape(v) for v in [(1, 2), [1, 2], [1, 2, 3], "ab", b"ab", range(2), {1: 2, 3: 4}, iter([1, 2])]])
match list(range(10)):
    case [0, 1, *rest] if len(rest) > 5:
        print("rest", rest)
match (1, [2, (3, 4)]):
    case (a, [b, (c, *d)]):
        print(a, b, c, d)
