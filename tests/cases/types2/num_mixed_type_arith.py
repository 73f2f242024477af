# Mixed int/float/complex/bool arithmetic in a units calculator, with result types.
values = [7, -3, 2.5, -0.5, True, 1 + 2j, 10 ** 20]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b)]
for a, b in [(7, 2), (7, 2.0), (-7, 2), (7, -2.5), (True, 3), (2, 1j), (10 ** 20, 3), (10 ** 20, 3.0), (2, -2), (-8, 1 / 3), (0, 0.0)]:
    row = []
    for name, f in ops:
        try:
            r = f(a, b)
            row.append(f"{name}={r!r}:{type(r).__name__}")
        except Exception as e:
            row.append(f"{name}={type(e).__name__}")
    print(a, b, " ".join(row))
print(1 == 1.0 == (1 + 0j) == True, hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(0.1 + 0.2 + 0.3 == 0.6, 3 * 0.1, 0.1 * 3, (1 / 10) * 3)
print(-2 ** 2, (-2) ** 2, 2 ** -1, (-8) ** (1 / 3), 4 ** 0.5, (-1) ** 0.5, 0 ** 0, 0.0 ** 0)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(abs(-7), abs(-7.5), abs(3 + 4j), abs(True), abs(-10 ** 20), -(-0.0), +True)
