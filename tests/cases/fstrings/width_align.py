# Width and alignment specs.
s = "ab"
print(f"[{s:5}]", f"[{s:<5}]", f"[{s:>5}]", f"[{s:^5}]", f"[{s:^6}]", f"[{s:1}]")
n = 42
print(f"[{n:5}]", f"[{n:<5}]", f"[{n:>5}]", f"[{n:^5}]", f"[{n:=5}]", f"[{-n:=6}]")
x = 3.5
print(f"[{x:8}]", f"[{x:<8}]", f"[{x:^8}]", f"[{x:>8}]")
for w in range(0, 8):
    print(w, f"[{'xyz':{w}}]", f"[{123:{w}}]")
print(f"[{'':3}]", f"[{'toolong':3}]", f"[{True:>6}]", f"[{None!s:>6}]")
