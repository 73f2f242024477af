# Newton's method iterations printed step by step.
def sqrt(x, steps=8):
    g = x / 2 if x > 1 else 1.0
    out = []
    for _ in range(steps):
        g = (g + x / g) / 2
        out.append(g)
    return out
for x in [2.0, 10.0, 0.25, 1e6]:
    print(x, sqrt(x))
g = sqrt(2.0)[-1]
print(g * g, g * g == 2.0, abs(g * g - 2.0) < 1e-15, g == 2 ** 0.5)
