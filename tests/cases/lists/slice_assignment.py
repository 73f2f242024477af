# Assigning to slices, including extended slices.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
a[::2] = ["x", "y", "z"]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
a[1:3] = "pq"
print(a)
a[0:0] = range(2)
print(a)
b = [0] * 6
b[1::2] = [1, 1, 1]
print(b)
b[::-1] = list(range(6))
print(b)
b[10:20] = [99]
print(b)
