# Processing a batch where individual items fail: continue/break in handlers, else/finally counts.
import math
def process(item):
    if item is None:
        raise TypeError("item is None")
    if isinstance(item, str):
        item = float(item)
    if item < 0:
        raise ValueError(f"negative: {item}")
    return math.sqrt(item)
batch = [4, "9", None, -1, "abc", 16.0, "25", 0]
ok, failed, attempts = [], {}, 0
for i, item in enumerate(batch):
    try:
        attempts += 1
        r = process(item)
    except TypeError as e:
        failed[i] = ("type", str(e))
        continue
    except ValueError as e:
        failed[i] = ("value", str(e))
        if "abc" in str(e):
            print("aborting at", i)
            break
    else:
        ok.append(r)
    finally:
        print(f"item {i} done")
else:
    print("loop completed")
print(ok, failed, attempts)
def first_valid(items):
    for it in items:
        try:
            return process(it)
        except (TypeError, ValueError):
            pass
    raise LookupError("no valid items")
print(first_valid([None, -4, "49"]))
try:
    first_valid([None, "x"])
except LookupError as e:
    print(type(e).__name__, e, e.__context__)
errs = []
i = 0
while True:
    try:
        i += 1
        if i % 3 == 0:
            raise IndexError(i)
        if i > 7:
            break
    except IndexError as e:
        errs.append(e.args[0])
    finally:
        if i == 10:
            break
print(i, errs)
