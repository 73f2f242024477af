# Multi-line and concatenated f-strings.
name, score = "Grace", 97.456
msg = (f"Name: {name}\n"
       f"Score: {score:.1f}\n"
       "Plain line\n"
       f"Upper: {name.upper()}")
print(msg)
report = f"""
Report for {name}
{'=' * (11 + len(name))}
score  = {score:>8.2f}
rounded= {round(score):>8}
"""
print(report)
rows = [(1, "one"), (22, "twenty-two"), (333, "three hundred")]
print("\n".join(f"{n:>4} | {w:<14}|" for n, w in rows))
