# Stack-based algorithms with lists: bracket matching, RPN evaluation, shunting-yard.
PAIRS = {")": "(", "]": "[", "}": "{"}
def check(s):
    stack = []
    for i, c in enumerate(s):
        if c in "([{":
            stack.append((c, i))
        elif c in PAIRS:
            if not stack:
                return f"unexpected {c!r} at {i}"
            o, j = stack.pop()
            if o != PAIRS[c]:
                return f"mismatch {o!r}@{j} vs {c!r}@{i}"
    return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}" if stack else "ok"
for s in ["([]{()})", "([)]", "((", "())", "", "{[a+b]*(c-d)}", "]"]:
    print(repr(s), check(s))
def rpn(expr):
    st = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok) if "." in tok else int(tok))
    if len(st) != 1:
        raise ValueError(f"bad expression, stack={st}")
    return st[0]
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "1.5 2 *", "4 0 /", "1 +", "1 2"]:
    try:
        print(e, "=", rpn(e))
    except (IndexError, ValueError, ZeroDivisionError) as ex:
        print(e, "->", type(ex).__name__, ex)
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^")):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return " ".join(out)
for infix in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "( 1 + 2 ) * 3", "2 ^ 3 ^ 2", "10 - 4 - 3"]:
    r = to_rpn(infix.split())
    print(infix, "=>", r, "=", rpn(r))
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
