# raise SystemExit(3) exits with status 3 and no traceback.
def work(i):
    return i * i
results = []
print("before exit")
for i in range(3):
    results.append(work(i))
    print("working", i, results)
raise SystemExit(3)
print("unreachable")
