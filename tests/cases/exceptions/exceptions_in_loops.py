# Handling errors per iteration and continuing.
raw = ["10", "x", "3.5", "-4", "", "7", None, "1e3"]
good, bad = [], []
for item in raw:
    try:
        good.append(int(item))
    except ValueError as e:
        bad.append((item, str(e)))
    except TypeError as e:
        bad.append((item, type(e).__name__))
print(good)
for b in bad:
    print(b)
results = []
for d in [2, 0, 5, 0, 1]:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append("inf")
        continue
    finally:
        results.append("|")
print(results)
