# Loop variables persist after the loop.
for i in range(5):
    pass
print("after for", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
k = "before"
for k in "xyz":
    pass
print("k", k)
n = 0
while n < 3:
    inner = n * 10
    n += 1
print(n, inner)
for idx, val in enumerate("ab"):
    last = (idx, val)
print(idx, val, last)
