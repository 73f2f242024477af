# round() of ints with negative ndigits uses round-half-even and stays int.
for n in [0, 5, 15, 25, 35, 45, -5, -15, -25, 150, 250, 350, -250, 1234, 1250, 1350, -1250, 12345678]:
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -3))
for nd in range(-1, -25, -3):
    print(nd, round(10**20 + 5 * 10**(-nd - 1), nd), round(-(10**20) - 5 * 10**(-nd - 1), nd))
print(round(2**100, -10), round(-(2**100), -30), round(7, -100), round(-7, -100))
print(round(5 * 10**30, -31), round(15 * 10**30, -31), round(25 * 10**30, -31))
print(type(round(5, -1)).__name__, type(round(5)).__name__, type(round(True)).__name__, round(True, -1))
print(round(False), round(True, 2), type(round(True, 2)).__name__)
try:
    print(round(5, 1.5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(round(5, None), round(5.5, None), round(6.5, None))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(round("5"))
except TypeError as e:
    print(type(e).__name__, e)
print(round(123456, -1000), round(-999, -5000), round(5 * 10**999, -1000) , round(15 * 10**999, -1000) == 2 * 10**1000)
print(round(999, 10**30), round(-999, 2**80))
