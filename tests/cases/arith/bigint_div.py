# Big-int division: 10**100 // 7 and friends.
a = 10 ** 100
print(a // 7)
print(a % 7)
print(divmod(a, 7))
print(-a // 7)
print(-a % 7)
print(a // -7)
print(a // 12345678901234567890)
print(a % 12345678901234567890)
b = 3 ** 150
print(b)
print(a * b)
print(a - b)
print(b - a)
print(a // b, a % b)
