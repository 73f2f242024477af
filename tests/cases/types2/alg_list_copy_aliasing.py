# Aliasing and copying behaviour with lists in functions: mutable defaults, slicing copies, +=, *.
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2), add_item(3, []), add_item(4))
def add_item_safe(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket
print(add_item_safe(1), add_item_safe(2))
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
print(a, b, c, d, e, b is a, c is a, c == a[:3])
def extend_in_place(lst):
    lst += [99]
def rebind(lst):
    lst = lst + [100]
    return lst
extend_in_place(a)
r = rebind(a)
print(a, r)
t = a
t *= 2
print(a is t, len(a))
grid = [[0] * 2] * 2
grid[0][0] = 5
print(grid)
rows = [[] for _ in range(3)]
rows[0].append("x")
print(rows)
nested = [[1], [2]]
shallow = nested[:]
shallow[0].append("shared")
shallow[1] = ["replaced"]
print(nested, shallow)
s = "abc"
s2 = s
s += "d"
print(s, s2)
tup = ([1],)
alias = tup[0]
alias.append(2)
print(tup)
x = y = []
x.append(1)
print(x, y, x is y)
