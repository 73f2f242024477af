# Money arithmetic in integer cents with divmod, abs, pow, round; splitting bills fairly.
def fmt(cents):
    sign = "-" if cents < 0 else ""
    d, c = divmod(abs(cents), 100)
    return f"{sign}${d:,}.{c:02d}"
for c in [0, 5, 99, 100, 12345, -12345, 10 ** 12 + 7, -1]:
    print(c, fmt(c))
def split(total, n):
    q, r = divmod(total, n)
    return [q + 1] * r + [q] * (n - r)
for total, n in [(1000, 3), (100, 7), (5, 10), (-1000, 3), (99999, 4)]:
    parts = split(total, n)
    print(fmt(total), n, [fmt(p) for p in parts], sum(parts) == total)
principal = 100_000
rate_bp = 375
years = 5
amount = principal * pow(10000 + rate_bp, years) // pow(10000, years)
print(fmt(amount), fmt(amount - principal))
print(pow(2, 10), pow(2.0, -1), pow(-2, 3), pow(2, 3, 5), pow(4, 0.5), pow(-8, 1 / 3), type(pow(2, -1)).__name__, pow(0, 0))
print(abs(-5), abs(5.5), abs(-0.0), abs(-3 + 4j), abs(-10 ** 30), abs(True))
class Cents(int):
    def __repr__(self):
        return f"Cents({int(self)})"
c = Cents(250)
print(c + 1, type(c + 1).__name__, abs(Cents(-5)), type(abs(Cents(-5))).__name__, divmod(c, 100), round(c, -2), fmt(c))
for bad in [lambda: divmod(5, 0), lambda: abs("x"), lambda: pow(2, 3, 0), lambda: pow("2", 2), lambda: divmod(1j, 1)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
