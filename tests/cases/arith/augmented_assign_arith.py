# Augmented arithmetic assignment operators.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
y = 7
y /= 2; print(y, type(y).__name__)
z = 2
for i in range(6):
    z **= 2
print(z)
