# The program ends with an uncaught RuntimeError from mutating a dict during iteration.
d = {i: i * i for i in range(5)}
print(d)
total = 0
for k in d:
    total += d[k]
print(total)
for k in d:
    if k == 2:
        d[k * 100] = 0
print("not reached")
