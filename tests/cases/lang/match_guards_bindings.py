# Guards with side effects, bindings left over from failed guards, and evaluation order.
calls = []
def check(label, result):
    calls.append(label)
    return result
def run(v):
    calls.clear()
    match v:
        case [x, y] if check(f"guard1 x={x}", x > y):
            out = "descending"
        case [x, y] if check(f"guard2 x={x}", x == y):
            out = "equal"
        case [x, *_] if check("guard3", False):
            out = "never"
        case _:
            out = "other"
    return out, list(calls)
for v in [[3, 1], [2, 2], [1, 3], [1, 2, 3], "no"]:
    print(v, run(v))
def leftover(v):
    y = "unset"
    match v:
        case (x, y) if x > 100:
            return "big"
        case _:
            pass
    return f"after failed guard: x={x}, y={y}"
print(leftover((1, 2)))
def partial_bind(v):
    match v:
        case [a, 0]:
            return "a0"
        case _:
            return f"fallthrough; a bound: {'a' in locals()}"
print(partial_bind([5, 1]))
class Counter:
    n = 0
    def __eq__(self, other):
        Counter.n += 1
        return False
    __hash__ = None
c = Counter()
def value_patterns(v):
    match v:
        case Box.one:
            return "one"
        case Box.two:
            return "two"
        case _:
            return "none"
class Box:
    one = c
    two = c
print(value_patterns(Counter()), "eq calls:", Counter.n)
subject_evals = 0
def subject():
    global subject_evals
    subject_evals += 1
    return [1, 2]
match subject():
    case [9, _]:
        pass
    case [1, _]:
        print("subject evaluated", subject_evals, "time(s)")
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
match x := 42:
    case int():
        print("walrus subject", x)
def guard_error(v):
    match v:
        case n if n / 0:
            return "?"
try:
    guard_error(1)
except ZeroDivisionError as e:
    print("guard raised:", e)
