# Floor division and modulo with floats and negative zero.
for a in [7.5, -7.5, 0.0, -0.0]:
    for b in [2.0, -2.0, 0.5]:
        print(a, b, a // b, a % b)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(5.0 % 3, -5.0 % 3, 5 % -3.0)
print(1.0 // 0.1, 1.0 % 0.1)
print(float("inf") // 1 if False else "skip", 3.0 // float("inf"), -3.0 // float("inf"))
print(3.0 % float("inf"), -3.0 % float("inf"))
pairs = [(10.0, 3.0), (-10.0, 3.0), (10.0, -3.0), (-10.0, -3.0), (0.3, 0.1)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r)
print(2.5 % 1, -2.5 % 1, 2.5 // 1, -2.5 // 1)
print(7 // 2.0, type(7 // 2.0).__name__)
