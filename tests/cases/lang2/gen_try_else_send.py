# try/except/else/finally around yield inside a generator that validates values sent into it.
def validator(limit):
    accepted, rejected = [], 0
    try:
        while True:
            try:
                value = yield len(accepted)
                if not isinstance(value, int):
                    raise TypeError(f"expected int, got {type(value).__name__}")
                if value > limit:
                    raise ValueError(f"{value} exceeds {limit}")
            except (TypeError, ValueError) as e:
                rejected += 1
                print("rejected:", e)
            else:
                accepted.append(value)
                print("accepted:", value)
            finally:
                print("  checked one value")
    except GeneratorExit:
        print("closing with", accepted, "rejected", rejected)
        raise
    finally:
        print("validator finalized")
v = validator(10)
print("primed ->", next(v))
for item in [3, "x", 42, 7, None]:
    print("count ->", v.send(item))
print(v.throw(ValueError("injected")))
try:
    v.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(v.gi_frame is None)
v2 = validator(5)
next(v2)
v2.send(1)
v2.close()
print("done")
