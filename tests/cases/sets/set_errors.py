# Errors from set operations.
ONE = {1}
tests = [lambda: {1}.remove(2), lambda: set().pop(), lambda: {[1]}, lambda: {1} + {2},
         lambda: set(5), lambda: ONE[0], lambda: frozenset([1]).remove(1), lambda: {{1}}]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
