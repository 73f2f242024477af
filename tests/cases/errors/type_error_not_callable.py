# Shadowing a builtin, then calling it.
print(callable(sum), callable(3))
values = [1, 2, 3]
print(sum(values), max(values), min(values))
for v in values:
    print(v, v * v)
sum = sum(values)
print("sum is now an int:", sum)
print(sum(values))
print("unreachable")
