# Growing lists with append, extend, insert, +=.
a = []
a.append(1)
a.append([2, 3])
a.extend([4, 5])
a.extend("ab")
a.extend(range(2))
a.extend(())
print(a, len(a))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
b = [1]
b += [2, 3]
b += "xy"
b += (9,)
print(b)
c = b
c += [0]
print(b is c, b)
d = b + [100]
print(d is b, len(d), len(b))
try:
    b + (1,)
except TypeError as e:
    print(type(e).__name__, e)
