# Swaps and rotations through simultaneous assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
lst = [1, 2, 3, 4]
lst[0], lst[3] = lst[3], lst[0]
print(lst)
lst[1], lst[2] = lst[2], lst[1]
print(lst)
a = [0, 1, 2]
i = 0
i, a[i] = 1, 9
print(i, a)
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)
m, n = 48, 18
while n:
    m, n = n, m % n
print("gcd", m)
