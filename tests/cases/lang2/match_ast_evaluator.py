# An expression AST built from dataclasses, evaluated and simplified with match statements.
from dataclasses import dataclass
@dataclass(frozen=True)
class Num:
    value: float
@dataclass(frozen=True)
class Var:
    name: str
@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object
@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple
def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name!r}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", _, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case Call("max" | "min" as fn, args) if args:
            vals = [evaluate(a, env) for a in args]
            return max(vals) if fn == "max" else min(vals)
        case Call(fn, ()):
            raise TypeError(f"{fn}() needs arguments")
        case _:
            raise ValueError(f"cannot evaluate {node!r}")
def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, l, r)
        case Call(fn, args):
            return Call(fn, tuple(simplify(a) for a in args))
        case _:
            return node
expr = BinOp("+", BinOp("*", Num(1), Var("x")), BinOp("*", Num(2), Num(3)))
print(simplify(expr))
print(evaluate(expr, {"x": 4}))
print(simplify(BinOp("*", BinOp("+", Var("y"), Num(0)), Num(0))))
print(simplify(Call("max", (BinOp("+", Num(1), Num(1)), Var("z")))))
tests = [Call("max", (Num(3), Var("x"), Num(-1))), Call("min", (Num(3), Var("x"))), Call("sum", ()),
         BinOp("/", Var("x"), Num(0)), BinOp("/", Var("x"), Num(8)), Var("q"), BinOp("-", Num(1), Num(2)), "raw"]
for t in tests:
    try:
        print(evaluate(t, {"x": 4}))
    except (NameError, ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
