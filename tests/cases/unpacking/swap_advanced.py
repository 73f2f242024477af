# Cyclic rotations and parallel updates via unpacking.
a, b, c, d = "A", "B", "C", "D"
for _ in range(4):
    a, b, c, d = b, c, d, a
    print(a, b, c, d)
x, y = 0, 1
seq = []
for _ in range(10):
    seq.append(x)
    x, y = y, x + y
print(seq)
p = [5, 3, 8, 1]
p[0], p[1], p[2], p[3] = p[3], p[2], p[1], p[0]
print(p)
vx, vy = 3, 4
vx, vy = -vy, vx
print(vx, vy)
