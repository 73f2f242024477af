# Errors raised by str.format.
tests = [("{1}", (0,), {}), ("{}", (), {}), ("{x}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
         ("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("x}y", (), {}), ("{0!}", (1,), {}), ("{0!x}", (1,), {}),
         ("{0!rr}", (1,), {}), ("{0.}", (1,), {}), ("{0[}", ([1],), {}), ("{0[0]x}", ([1],), {}),
         ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0[k]}", ({},), {}), ("{0[0]}", (5,), {}),
         ("{:{:{}}}", (1, 2, 3), {}), ("{0:{1}}", (1, "q"), {}), ("{a.b}", (), {"a": 1}), ("{-1}", (1,), {}),
         ("{0:d}", ("s",), {}), ("{!r}", (), {}), ("{:}", (), {}), ("{0}", (), {"0": "kw"}), ("{ 0}", (1,), {})]
for fmt, args, kwargs in tests:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print("{a}".format_map([]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("{0}".format_map({}))
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
