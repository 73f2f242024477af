# Unpacking into plain locals (which the compiler may store straight into): wrong lengths
# leave every target as it was, the source may be one of the targets, iterators and
# generators are consumed once.


def f():
    a, b, c = 1, 2, 3
    t = (4, 5, 6)
    a, b, c = t
    print(a, b, c)
    try:
        a, b, c = (7, 8)
    except ValueError as e:
        print("ValueError:", e, a, b, c)
    try:
        a, b, c = [7, 8, 9, 10]
    except ValueError as e:
        print("ValueError:", e, a, b, c)
    a = (10, 20)
    a, b = a
    print(a, b)
    x, y = "xy"
    print(x, y)
    x, y = (i * i for i in range(2))
    print(x, y)
    d = {"k1": 1, "k2": 2}
    for k, v in d.items():
        print(k, v)
    for i, (k, v) in enumerate(sorted(d.items())):
        print(i, k, v)
    for p, q in zip("ab", [1, 2]):
        print(p, q)
    for p, q in [(1, 2), [3, 4]]:
        print(p, q)
    try:
        for p, q in [(1, 2, 3)]:
            pass
    except ValueError as e:
        print("ValueError:", e, p, q)
    m, n = n2, m2 = 5, 6
    print(m, n, n2, m2)
    u, w = w2, u2 = iter([7, 8]) if False else (7, 8)
    print(u, w)


def g():
    # Targets declared in another order than they are unpacked.
    second = first = None
    first, second = "1st", "2nd"
    print(first, second)
    second, first = first, second
    print(first, second)


def unbound_then_error():
    try:
        a, b = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


f()
g()
unbound_then_error()
