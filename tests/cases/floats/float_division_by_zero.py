# Float division by zero raises; overflow in pow raises.
tests = [("1.0/0", lambda: 1.0 / 0), ("0.0/0.0", lambda: 0.0 / 0.0),
         ("1.0//0.0", lambda: 1.0 // 0.0), ("1.0%0.0", lambda: 1.0 % 0.0),
         ("10.0**400", lambda: 10.0 ** 400), ("2.0**10000", lambda: 2.0 ** 10000),
         ("(-8.0)**(1/3)", lambda: (-8.0) ** (1 / 3)), ("0.0**-1", lambda: 0.0 ** -1),
         ("1e308*10", lambda: 1e308 * 10), ("float(10**400)", lambda: float(10 ** 400))]
for name, f in tests:
    try:
        r = f()
        print(name, "=", r)
    except Exception as e:
        print(name, "->", type(e).__name__, e)
