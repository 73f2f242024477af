# round(x, n) on decimal-looking values: checks correct rounding of the exact binary value.
vals = []
for i in range(1, 120):
    vals.append(i / 8 + i * 0.001)
    vals.append(-(i * 1.005))
    vals.append(i * 0.125 + 0.0005)
out = []
for v in vals:
    out.append("%r:%r,%r,%r,%r" % (v, round(v, 2), round(v, 1), round(v, 0), round(v, -1)))
for i in range(0, len(out), 3):
    print(" ".join(out[i:i + 3]))
print([round(k / 200, 2) for k in range(0, 40)])
print([round(k + 0.5) for k in range(-6, 7)], [round(k * 1.5, 0) for k in range(-4, 5)])
