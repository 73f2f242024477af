# Nested replacement fields inside format specs.
width, prec = 10, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]", f"[{val:<{width}.{prec + 2}f}]")
for align in "<^>":
    print(f"[{'hi':{align}{width}}]", f"[{42:{'*'}{align}{width // 2}}]")
spec = ".2e"
print(f"{val:{spec}}", f"{12345:{','}}", f"{255:{'#x'}}")
fills = ["-", "=", "0"]
for fch in fills:
    print(f"{7:{fch}>{width}}")
cols = [("a", 3), ("bbb", 5), ("cc", 4)]
print("|".join(f"{name:^{w}}" for name, w in cols) + "|")
print(f"{f'{val:.1f}':>8}", f"{'inner ' + f'{width}':*^14}")
