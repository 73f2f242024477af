# range variants in for loops.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(-3, 3)), list(range(10, -10, -7)))
total = 0
for i in range(1, 101):
    total += i
print(total)
evens = 0
for i in range(0, 1000, 2):
    evens += 1
print(evens, len(range(0, 1000, 2)), len(range(10, 0, -3)), len(range(0, -5)))
r = range(3, 20, 4)
print(r, r[0], r[-1], r[1:3], 7 in r, 8 in r, r.index(11), r.count(15))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
