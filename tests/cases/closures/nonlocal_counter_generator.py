# nonlocal state shared between a generator and helper closures.
def numbered_lines(lines):
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    for line in lines:
        if line.strip():
            yield f"{bump():03d} {line}"
        else:
            yield "    (blank)"
    yield f"total numbered: {n}"
for row in numbered_lines(["alpha", "", "beta", "  ", "gamma"]):
    print(row)
def fib_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = fib_closure()
print([f() for _ in range(15)])
