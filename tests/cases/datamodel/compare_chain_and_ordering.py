# Comparison results need not be bool; chained comparisons call __bool__ on intermediate results.
class Res:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
    def __repr__(self):
        return f"Res({self.v})"
class N:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return Res(self.n < o.n)
    def __eq__(self, o):
        return Res(self.n == o.n)
    __hash__ = None
a, b, c = N(1), N(2), N(3)
print(a < b)
print(a < b < c)
print(b < a < c)
print(a == a)
print([a] == [a])
print(a in [b, a])
print(not (a < b))
if a < b:
    print("branch taken")
x = a < b and "and-result"
print(x)
class Total:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"T{self.v}"
items = [Total(3), Total(1), Total(2)]
print(sorted(items), max(items), min(items), sorted(items, reverse=True))
try:
    Total(1) <= Total(2)
except TypeError as e:
    print(type(e).__name__, e)
print(Total(2) > Total(1))
class Bad:
    def __lt__(self, o):
        raise ValueError("lt exploded")
try:
    sorted([Bad(), Bad()])
except ValueError as e:
    print(type(e).__name__, e)
