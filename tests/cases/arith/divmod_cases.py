# divmod with ints, floats, and big ints.
for a in [17, -17, 0, 5]:
    for b in [5, -5, 3]:
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(10 ** 30, 10 ** 15 + 3))
print(divmod(-(10 ** 30), 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
