# all() and any() short-circuit and accept any iterable.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]), all("abc"), any(""), all({}), any({0: 1}))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all([[]]), any([[0]]), all(range(1, 5)), any(range(1)))
seen = []
def check(x):
    seen.append(x)
    return x
print(all(check(x) for x in [1, 0, 2, 3]), seen)
seen.clear()
print(any(check(x) for x in [0, 5, 0, 6]), seen)
gen = (x for x in [1, 0, 7, 8])
print(all(gen), list(gen))
class Falsy:
    def __bool__(self):
        return False
class BadBool:
    def __bool__(self):
        return "yes"
print(any([Falsy()]), all([Falsy()]), type(all([1])).__name__, any([1.5]))
try:
    all([BadBool()])
except TypeError as e:
    print(type(e).__name__, e)
for bad in [5, None]:
    try:
        all(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    any(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    all(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
