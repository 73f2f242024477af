# Mutually recursive functions.
def is_even(n):
    return n == 0 or is_odd(n - 1)
def is_odd(n):
    return n != 0 and is_even(n - 1)
print([(n, is_even(n), is_odd(n)) for n in range(6)])
print(is_even(300), is_odd(301))
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(n) for n in range(20)])
print([hofstadter_m(n) for n in range(20)])
def expr(tokens, i=0):
    value, i = term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        rhs, i = term(tokens, i + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, i
def term(tokens, i):
    value, i = factor(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        rhs, i = factor(tokens, i + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, i
def factor(tokens, i):
    if tokens[i] == "(":
        value, i = expr(tokens, i + 1)
        return value, i + 1
    if tokens[i] == "-":
        value, i = factor(tokens, i + 1)
        return -value, i
    return int(tokens[i]), i + 1
for src in ["1 + 2 * 3", "( 1 + 2 ) * 3", "- ( 4 - 10 ) * 2", "100 / 7 / 2", "2 * ( 3 + ( 4 - 1 ) * 2 )"]:
    print(src, "=", expr(src.split())[0])
