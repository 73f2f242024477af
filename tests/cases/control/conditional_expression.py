# Ternary expressions and short-circuit evaluation.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
def noisy(v, label):
    print("eval", label)
    return v
print(noisy(0, "a") and noisy(1, "b"))
print(noisy(1, "c") or noisy(2, "d"))
print(noisy(0, "e") or noisy(0, "f") or noisy("last", "g"))
print(noisy(1, "h") and noisy(2, "i") and noisy(3, "j"))
print(noisy(True, "k") if noisy(False, "cond") else noisy("else", "l"))
x = None
print(x or "default", x and x.missing, [] or {} or 0 or "end")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, not 0, not "x")
