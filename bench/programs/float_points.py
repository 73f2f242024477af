# Simple class with float attributes and methods: allocation, attribute access.


class Point:
    def __init__(self, i):
        x = float(i)
        self.x = x * 0.5 + 1.0
        self.y = x * 0.25 - 3.0
        self.z = x * x * 0.125 + 0.5

    def normalize(self):
        norm = (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    acc = points[0]
    for p in points[1:]:
        acc = acc.maximize(p)
    return acc


def main():
    sx = sy = sz = 0.0
    for k in range(48):
        p = run(40000 + k)
        sx += p.x
        sy += p.y
        sz += p.z
    print("float_points %.12f %.12f %.12f" % (sx, sy, sz))


main()
