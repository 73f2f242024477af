# The operators on two small ints the interpreter computes in line (//, %, &, |, ^, <<,
# >>, /, *) against every sign and the edges of the 48-bit inline range, with bools,
# zero divisors and results that leave the inline range.
edges = [0, 1, -1, 2, -2, 7, -7, 97, -97, 2**46, -(2**46), 2**47 - 1, -(2**47), 12345]
ops = [
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
    ("/", lambda a, b: a / b),
    ("*", lambda a, b: a * b),
]
total = 0
lines = []
for name, f in ops:
    for a in edges:
        for b in edges:
            try:
                r = f(a, b)
            except ZeroDivisionError as e:
                lines.append("%s %s %s -> %s" % (a, name, b, e))
                continue
            total += hash(r) % 1000003
            if a in (7, -7, 2**47 - 1) and b in (2, -2, 97):
                lines.append("%s %s %s = %r" % (a, name, b, r))
print("\n".join(lines))
print("total", total)

for a in edges:
    for s in (0, 1, 3, 15, 16, 47, 48, 63, 64, 100):
        total += hash(a << s) % 1000003 + hash(a >> s) % 1000003
print("shifts", total)
for bad in (-1, -100):
    try:
        1 << bad
    except ValueError as e:
        print("<<", bad, e)
    try:
        1 >> bad
    except ValueError as e:
        print(">>", bad, e)

# Bools keep their type where Python gives a bool.
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True // 1, True % 2, True << 3, True / 2, type(True // True).__name__)


class I(int):
    def __floordiv__(self, other):
        return "I//"

    def __and__(self, other):
        return "I&"


print(I(5) // 2, I(5) & 3, 7 // I(2), 7 & I(3))
x = 10
x //= 3
y = -10
y %= 3
z = 6
z &= 3
print(x, y, z, 10 / 4, -7 / 2, (2**47 - 1) / 3)
