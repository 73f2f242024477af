# while loops with else clauses, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n =", n)
else:
    print("while finished normally, n =", n)
i = 0
while True:
    i += 1
    if i > 4:
        break
print("broke at", i)
k = 10
while k > 0:
    if k == 7:
        print("found 7, breaking")
        break
    k -= 1
else:
    print("never printed")
m = 0
while m < 0:
    print("never")
else:
    print("else runs even when body never runs")
