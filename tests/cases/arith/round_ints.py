# round() with ints and negative ndigits.
print(round(5), round(-5), round(0))
print(round(12345, -1), round(12345, -2), round(12355, -1), round(12350, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(150, -2), round(250, -2), round(-150, -2))
print(round(7, 2), round(-7, 0))
print(type(round(5, 1)).__name__, type(round(5.5)).__name__)
print(round(10 ** 20 + 5, -1), round(2 ** 70, -10))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, round(x))
