# finally with return, break and continue overriding control flow.
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
def g():
    try:
        return "try"
    finally:
        return "finally wins"
def h():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"
print(f(), g(), h())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally", n)
print(count())
