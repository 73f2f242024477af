# `in` uses __contains__, else __iter__, else __getitem__; result coerced to bool.
class WithContains:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == 1
class ContainsTruthy:
    def __contains__(self, x):
        return "non-empty"
class ContainsFalsy:
    def __contains__(self, x):
        return []
class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i > 2:
            raise IndexError
        return i
print(1 in WithContains(), 2 in WithContains(), 1 not in WithContains())
print(5 in ContainsTruthy(), 5 in ContainsFalsy(), 5 not in ContainsTruthy())
print(2 in WithIter(), 9 in WithIter())
print(1 in WithGetitem(), 7 in WithGetitem())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 not in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        print("  Eq.__eq__", o)
        return True
print(Eq() in [1, 2], 3 in [Eq()])
print(Eq() in (0,), Eq() in {"k": 1}.values())
class Raises:
    def __contains__(self, x):
        raise ValueError("contains failed")
try:
    1 in Raises()
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
