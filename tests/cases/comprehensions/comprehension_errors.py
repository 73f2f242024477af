# Exceptions raised inside comprehensions propagate.
try:
    print([1 // x for x in [2, 1, 0, -1]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print({k: v for k, v in [(1, 2), (3,)]})
except ValueError as e:
    print(type(e).__name__, e)
try:
    print([int(s) for s in ["1", "2", "three"]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(sum(x["k"] for x in [{"k": 1}, {}]))
except KeyError as e:
    print(type(e).__name__, e)
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
safe = [1 // x if x else None for x in [2, 1, 0, -1]]
print(safe)
