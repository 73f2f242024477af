# Building strings: text tables and boxes.
def box(lines):
    width = max(len(l) for l in lines)
    out = ["+" + "-" * (width + 2) + "+"]
    for l in lines:
        out.append("| " + l.ljust(width) + " |")
    out.append(out[0])
    return "\n".join(out)
print(box(["hello", "wide world", ""]))
print(box(["x"]))
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))
for row in range(1, 5):
    print(" ".join(f"{row * col:3}" for col in range(1, 7)))
