# Parse and compare version strings with split/isdigit and tuple comparison.
def parse_version(v):
    v = v.strip().lstrip("vV")
    main, _, pre = v.partition("-")
    parts = []
    for p in main.split("."):
        digits = "".join(c for c in p if c.isdigit())
        suffix = p[len(digits):]
        parts.append((int(digits) if digits else 0, suffix))
    while len(parts) < 3:
        parts.append((0, ""))
    return tuple(parts), (0,) if not pre else (-1, pre)
versions = ["1.0", "1.0.0", "v1.2.10", "1.2.9", "1.10", "1.2", "2.0-beta", "2.0-alpha", "2.0", "0.9.9", "1.2.3rc1", "1.2.3", "V3"]
ordered = sorted(versions, key=lambda v: (parse_version(v)[0], parse_version(v)[1]))
print(ordered)
for a, b in [("1.0", "1.0.0"), ("1.2.10", "1.2.9"), ("2.0-beta", "2.0"), ("1.10", "1.9")]:
    ka, kb = parse_version(a), parse_version(b)
    print(a, b, "<" if ka < kb else ">" if ka > kb else "==")
print(max(versions, key=parse_version), min(versions, key=parse_version))
print(sorted(versions)[:5])
print(tuple(map(int, "3.12.1".split("."))) >= (3, 12), "3.12.1".split(".", 1), "3.12.1".rsplit(".", 1))
print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (2,) > (1, 99, 99), () < (0,))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
