# Starred expressions in every place CPython allows them.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
print(a, b, c, d, e, f, g)
*h, = (1, 2)
print(h)
[i, *j], k = [1, 2, 3], 4
print(i, j, k)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
x = [1, 2]
y = (3, 4)
print([*x, *y], (*x, *y), {*x, *y}, [*"ab", *range(2)])
print(*x, *y, sep="-")
print(*[], sep="-", end="|\n")
d1, d2 = {"a": 1, "b": 2}, {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 9})
def show(*args, **kwargs):
    return args, kwargs
print(show(*x, *y, **d1, **{"q": 5}))
print(show(0, *x, 5, *y, k=1, **d2))
def ret():
    return *x, *y
print(ret())
def gen():
    yield *x, 0
print(list(gen()))
for v in *x, *y:
    print(v, end=" ")
print()
t = *x, 
print(t)
m = {(1, 2): "tuple key"}
idx = (1, 2)
print(m[*idx])
class Sub:
    def __getitem__(self, k):
        return k
print(Sub()[*x, *y], Sub()[*x], Sub()[0, *y])
print([*(i * i for i in range(3))], {*"aab"} == {"a", "b"})
print(max(*x), min(*y, 10))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1], *[]])
print(f"{[*x, 'f']}")
s = {**{}, **{}}
print(s, [*()], (*(), ))
