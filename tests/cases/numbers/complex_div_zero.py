# Division of complex numbers by zero raises "complex division by zero".
for num in [1 + 1j, 0j, 1j, complex(float("inf"), 0), 5]:
    for den in [0j, 0, 0.0, -0.0, complex(0, -0.0), False]:
        if isinstance(num, int) and isinstance(den, (int, float)):
            continue
        try:
            print(num / den)
        except ZeroDivisionError as e:
            print(repr(num), repr(den), type(e).__name__, e)
x = 3j
try:
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((1 + 1j) / 1e-320, (1 + 1j) / complex(0, 1e-320), (1 + 1j) / (1e308 + 1e308j))
print((1e308 + 1e308j) / (1e-308 + 1e-308j))
print(1 / (1 + 1j), 1j / 1j, (-1j) / 1j, (2 + 2j) / 2, (2 + 2j) / 2.0, 4 / 2j)
