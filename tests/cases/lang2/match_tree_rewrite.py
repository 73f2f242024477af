# Matching nested list/tuple structures: a Lisp-like evaluator over parsed s-expressions.
def parse(src):
    tokens = src.replace("(", " ( ").replace(")", " ) ").split()
    def read(i):
        tok = tokens[i]
        if tok == "(":
            out, i = [], i + 1
            while tokens[i] != ")":
                node, i = read(i)
                out.append(node)
            return out, i + 1
        try:
            return int(tok), i + 1
        except ValueError:
            return tok, i + 1
    node, _ = read(0)
    return node
def ev(x, env):
    match x:
        case int() | float():
            return x
        case str(name):
            if name not in env:
                raise NameError(f"undefined symbol {name}")
            return env[name]
        case ["quote", datum]:
            return datum
        case ["if", test, then, other]:
            return ev(then if ev(test, env) else other, env)
        case ["let", [[str(name), val]], body]:
            return ev(body, {**env, name: ev(val, env)})
        case ["lambda", [*params], body]:
            return lambda *args: ev(body, {**env, **dict(zip(params, args))})
        case ["define", str(name), val]:
            env[name] = ev(val, env)
            return name
        case [op, *args] if op in ("+", "*", "-", "<"):
            vals = [ev(a, env) for a in args]
            match op, vals:
                case "+", _: return sum(vals)
                case "*", _:
                    r = 1
                    for v in vals:
                        r *= v
                    return r
                case "-", [a]: return -a
                case "-", [a, *rest]: return a - sum(rest)
                case "<", [a, b]: return a < b
                case _, _: raise TypeError(f"bad arity for {op}: {len(vals)}")
        case [fn, *args]:
            f = ev(fn, env)
            if not callable(f):
                raise TypeError(f"not callable: {f!r}")
            return f(*[ev(a, env) for a in args])
        case []:
            raise SyntaxError("empty application")
env = {}
progs = ["(+ 1 2 (* 3 4))", "(let ((x 5)) (* x x))", "(define sq (lambda (n) (* n n)))", "(sq 12)",
         "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 10)", "(quote (a b c))",
         "(- 10)", "(- 10 1 2)", "(< 1 2 3)", "(undefined 1)", "(1 2)", "()", "(if (< 3 2) (quote yes) (quote no))"]
for p in progs:
    try:
        print(p, "=>", ev(parse(p), env))
    except (NameError, TypeError, SyntaxError) as e:
        print(p, "!!", type(e).__name__, e)
print(sorted(env))
