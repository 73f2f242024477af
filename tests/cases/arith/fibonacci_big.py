# Large Fibonacci numbers.
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)))
fibs = [0, 1]
while len(fibs) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[50], fibs[99])
print(fibs[99] % 1000, fibs[99] // fibs[98])
print(sum(fibs))
print(all(fibs[i] + fibs[i + 1] == fibs[i + 2] for i in range(98)))
