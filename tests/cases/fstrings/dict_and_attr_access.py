# Subscripts, attribute access and method calls inside f-string fields.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, -4)
print(f"{p.x} {p.y} {p.norm2()} {p.norm2() ** 0.5:.1f} {p!r} {p}")
people = [{"name": "Ann", "langs": ["py", "rs"]}, {"name": "Bo", "langs": []}]
for person in people:
    print(f"{person['name']:<4} knows {len(person['langs'])}: {', '.join(person['langs']) or '-'}")
grid = [[1, 2, 3], [4, 5, 6]]
print(f"{grid[1][2]} {grid[0][::-1]} {grid[-1][0]:03}")
s = "hello"
print(f"{s[0]}{s[-1]} {s[1:4]!r} {s.upper():>8} {s.center(9, '*')}")
print(f"{p.x:+d}, {p.y:+d}, {p.x * p.y:^7}|")
pts = [Point(i, i * i) for i in range(4)]
print(f"{[q.norm2() for q in pts]}", f"{max(pts, key=Point.norm2)!r}")
print(f"{ {k: v for k, v in zip('ab', (1, 2))} }")
