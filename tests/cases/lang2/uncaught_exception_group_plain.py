# A naked exception re-raised out of an except* handler for a different type escapes unchanged.
def worker(n):
    if n == 3:
        raise ZeroDivisionError(f"worker {n} divided by zero")
    return n
results = []
for n in range(5):
    try:
        results.append(worker(n))
    except* ValueError:
        print("never")
    except* ZeroDivisionError as eg:
        print("group of", len(eg.exceptions), type(eg).__name__)
        results.append(None)
print(results)
try:
    raise KeyError("config")
except* ValueError:
    pass
