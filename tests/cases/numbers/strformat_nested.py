# Nested replacement fields inside format specs ({0:{1}} and deeper).
for width in range(1, 8, 2):
    for align in "<^>":
        print(repr("{0:{1}{2}}".format("ab", align, width)), repr("{:{}{}}".format(12, align, width)), end=" ")
    print()
print("{0:{1}.{2}f}".format(3.14159, 10, 2) + "|", "{0:{w}.{p}}".format("truncate", w=6, p=3) + "|")
print("{:{fill}^{w}}".format(5, fill="0", w=5), "{0:{1}}".format(255, "#x"), "{0:{1}}".format(255, "08b"))
print(f"{3.14159:{'.3f'}}", f"{'x':{'>'}{5}}", f"{42:{'+' if True else ''}d}", f"{7:{'0'}{3}}")
specs = ["", "+", "08.3f", "^12,.1f", "e", "%"]
for s in specs:
    print(repr(s), "{0:{1}}".format(1234.5678, s), f"{1234.5678:{s}}")
w, p = 12, 4
print(f"{'abc':>{w}}|{2/3:.{p}f}|{2/3:{w}.{p}e}|{10**6:{'_' if w > 5 else ','}}")
print("{0:{a}{b}{c}}".format(42, a="*", b="^", c=9), "{:{}}".format("z", 3) + "|")
try:
    print("{0:{1:{2}}}".format(1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{0:{}}".format(1, 2))
except ValueError as e:
    print(type(e).__name__, e)
