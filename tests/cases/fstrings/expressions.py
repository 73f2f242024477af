# Arbitrary expressions inside f-strings.
a, b = 7, 3
print(f"{a + b} {a - b} {a * b} {a / b:.3f} {a // b} {a % b} {a ** b}")
print(f"{a if a > b else b}", f"{[i * i for i in range(5)]}", f"{ {'k': a} }", f"{(a, b)}")
print(f"{'yes' if a else 'no'}", f"{len('hello')}", f"{'abc'.upper()}", f"{sorted([3, 1, 2])}")
print(f"{a!r:>4}{b:<4}|", f"{(lambda x: x * 2)(a)}", f"{max(a, b) - min(a, b)}")
d = {"x": 1, "y": 2}
print(f"{d['x']} {d.get('z', 'missing')} {', '.join(d)}")
print(f"{{braces}} {{{a}}} {{{{}}}}")
print(f"{'nested \"quotes\"'}", f'{"double in single"}', f"""{'triple'}""")
print(f"{a:{b}}|", f"{a:0{b}}|")
