# Removing elements.
a = list(range(10))
print(a.pop(), a.pop(0), a.pop(3), a.pop(-2), a)
a.remove(5)
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
a.clear()
print(a, len(a))
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 1, 2, 1]
b.remove(1)
print(b)
while 2 in b:
    b.remove(2)
print(b)
