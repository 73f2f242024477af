# Matching event dicts from a webhook stream: nested mappings, **rest, guards and captured sub-patterns.
events = [
    {"type": "push", "repo": {"name": "molt", "private": False}, "commits": [{"id": "a1"}, {"id": "b2"}]},
    {"type": "push", "repo": {"name": "secret", "private": True}, "commits": []},
    {"type": "issue", "action": "opened", "issue": {"number": 7, "labels": ["bug", "p1"]}},
    {"type": "issue", "action": "closed", "issue": {"number": 7, "labels": []}, "by": "ann"},
    {"type": "issue", "action": "labeled", "issue": {"number": 9, "labels": ["docs"]}},
    {"type": "star", "count": 100, "user": "bob", "extra": 1},
    {"type": "star", "count": "many"},
    {"kind": "unknown"},
    ["not", "a", "dict"],
    {"type": "push", "repo": "bad"},
]
def handle(ev):
    match ev:
        case {"type": "push", "repo": {"private": True, "name": name}}:
            return f"private push to {name} (hidden)"
        case {"type": "push", "repo": {"name": str(name)}, "commits": [{"id": first}, *others]}:
            return f"push to {name}: {first} (+{len(others)} more)"
        case {"type": "push", "repo": {"name": str(name)}, "commits": []}:
            return f"empty push to {name}"
        case {"type": "issue", "action": "opened", "issue": {"number": n, "labels": [*labels]}} if "bug" in labels:
            return f"bug #{n} opened with {labels}"
        case {"type": "issue", "action": "closed" | "reopened" as act, "issue": {"number": n}, **rest}:
            return f"issue #{n} {act} extra={sorted(rest)}"
        case {"type": "issue", "action": act}:
            return f"issue action {act!r} ignored"
        case {"type": "star", "count": int(c), **rest} if c >= 100:
            return f"milestone {c} stars; rest={rest}"
        case {"type": str(t)}:
            return f"unhandled {t} event"
        case {}:
            return "event without type"
        case _:
            return f"not an event: {type(ev).__name__}"
for ev in events:
    print(handle(ev))
from collections import OrderedDict, defaultdict
dd = defaultdict(lambda: "default!")
dd["type"] = "star"
print(handle(dd), dict(dd))
print(handle(OrderedDict(type="issue", action="x")))
