# Starred expressions inside list/tuple/set/dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *b, *"xy"], (*a,), [*range(3)])
print({*a, *b}, {**{"x": 1}, **{"y": 2}}, [*{"k": 1, "j": 2}])
print([*[], *()], (*(),), [*a * 2], [*(i * 2 for i in a)])
first, *others = [*a, *b]
print(first, others)
print(*a, *b, sep="|")
print(*"abc")
print(*[], "nothing before")
def f(*args):
    return len(args)
print(f(*a, *b, *range(5)))
