# A command interpreter using a dispatch table of builtins/lambdas/bound methods; callable checks.
import operator
stack = []
def push(x):
    stack.append(float(x) if "." in x else int(x))
ops = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv,
    "%": operator.mod, "**": pow, "neg": operator.neg, "abs": abs, "max": max, "min": min, "round": round,
    "dup": lambda: stack.append(stack[-1]), "swap": lambda: stack.__setitem__(slice(-2, None), stack[-2:][::-1]),
    "clear": stack.clear,
}
ARITY = {"neg": 1, "abs": 1, "round": 1, "dup": 0, "swap": 0, "clear": 0}
def run(prog):
    for tok in prog.split():
        f = ops.get(tok)
        if f is None:
            push(tok)
            continue
        n = ARITY.get(tok, 2)
        if len(stack) < n:
            raise IndexError(f"{tok!r} needs {n} operands, have {len(stack)}")
        args = [stack.pop() for _ in range(n)][::-1]
        r = f(*args)
        if r is not None:
            stack.append(r)
    return list(stack)
for prog in ["1 2 +", "7 2 // 7 2 % 2 **", "3 neg abs 2.5 round", "1 2 swap -", "5 dup *", "9 4 max 3 min", "1 clear 2", "1 +", "1 0 /"]:
    stack.clear()
    try:
        print(f"{prog!r:24} -> {run(prog)}")
    except Exception as e:
        print(f"{prog!r:24} -> {type(e).__name__}: {e}")
print(all(callable(f) for f in ops.values()), callable(stack), callable(stack.append), callable(len), callable(int), callable("x"))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("split", ",")("a,b"), operator.index(7))
print(operator.contains([1, 2], 2), operator.concat("a", "b"), operator.truth(0), operator.is_(None, None), operator.lt(1, 2), operator.countOf([1, 1, 2], 1))
