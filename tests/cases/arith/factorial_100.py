# Factorial of 100 computed iteratively and recursively.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
acc = 1
for i in range(2, 101):
    acc *= i
print(acc)
print(acc == fact(100))
print(len(str(acc)))
s = str(acc)
print(len(s) - len(s.rstrip("0")))
print(sum(map(int, s)))
for k in [0, 1, 5, 10, 20, 25]:
    print(k, fact(k))
