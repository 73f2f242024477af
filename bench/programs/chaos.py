# Chaos-game geometry: iterated function systems of affine maps (a fern, a
# Sierpinski-style triangle and a "spline star" whose attractor vertices lie on
# a closed Catmull-Rom spline), driven by a linear congruential generator.
# Points are binned into a grid; the densities are printed as ASCII art plus a
# checksum.  Small classes, tuples of floats, weighted choice by bisection,
# float -> int binning, dict/list accumulation.


class LCG(object):
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next_float(self):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return self.state / 4294967296.0


class Affine(object):
    """p -> (a*x + b*y + e, c*x + d*y + f)"""

    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def __call__(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f

    def determinant(self):
        return abs(self.a * self.d - self.b * self.c)

    @classmethod
    def contraction_towards(cls, px, py, ratio):
        return cls(ratio, 0.0, 0.0, ratio, px * (1.0 - ratio), py * (1.0 - ratio))


class IFS(object):
    def __init__(self, name, maps, weights=None):
        self.name = name
        self.maps = maps
        if weights is None:
            # weight each map by how much area it keeps (with a floor)
            weights = [max(m.determinant(), 0.01) for m in maps]
        total = float(sum(weights))
        self.cumulative = []
        acc = 0.0
        for w in weights:
            acc += w / total
            self.cumulative.append(acc)
        self.cumulative[-1] = 1.0

    def pick(self, r):
        lo, hi = 0, len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if r < self.cumulative[mid]:
                hi = mid
            else:
                lo = mid + 1
        return self.maps[lo]

    def run(self, rng, n, skip=20):
        x, y = 0.0, 0.0
        points = []
        for i in range(n + skip):
            x, y = self.pick(rng.next_float())(x, y)
            if i >= skip:
                points.append((x, y))
        return points


class Spline(object):
    """Closed uniform Catmull-Rom spline through the given points."""

    def __init__(self, points):
        self.points = points

    def at(self, t):
        n = len(self.points)
        t = t % 1.0 * n
        i = int(t)
        u = t - i
        p0 = self.points[(i - 1) % n]
        p1 = self.points[i % n]
        p2 = self.points[(i + 1) % n]
        p3 = self.points[(i + 2) % n]
        u2 = u * u
        u3 = u2 * u
        w0 = -0.5 * u3 + u2 - 0.5 * u
        w1 = 1.5 * u3 - 2.5 * u2 + 1.0
        w2 = -1.5 * u3 + 2.0 * u2 + 0.5 * u
        w3 = 0.5 * u3 - 0.5 * u2
        return (w0 * p0[0] + w1 * p1[0] + w2 * p2[0] + w3 * p3[0],
                w0 * p0[1] + w1 * p1[1] + w2 * p2[1] + w3 * p3[1])

    def length(self, steps=200):
        total = 0.0
        prev = self.at(0.0)
        for k in range(1, steps + 1):
            cur = self.at(k / steps)
            total += ((cur[0] - prev[0]) ** 2 + (cur[1] - prev[1]) ** 2) ** 0.5
            prev = cur
        return total


class Grid(object):
    def __init__(self, width, height, bounds):
        self.width = width
        self.height = height
        self.x0, self.y0, self.x1, self.y1 = bounds
        self.cells = [[0] * width for _ in range(height)]
        self.outside = 0

    def add_all(self, points):
        sx = self.width / (self.x1 - self.x0)
        sy = self.height / (self.y1 - self.y0)
        cells = self.cells
        for x, y in points:
            col = int((x - self.x0) * sx)
            row = int((self.y1 - y) * sy)
            if 0 <= col < self.width and 0 <= row < self.height:
                cells[row][col] += 1
            else:
                self.outside += 1

    def render(self, shades=" .:+*#@"):
        top = max(max(row) for row in self.cells) or 1
        scale = len(shades) - 1
        lines = []
        for row in self.cells:
            # square-root tone mapping so that sparse areas stay visible
            lines.append("".join(shades[int((c / top) ** 0.5 * scale + 0.5)]
                                 for c in row).rstrip())
        return lines

    def checksum(self):
        h = 0
        for r, row in enumerate(self.cells):
            for c, v in enumerate(row):
                if v:
                    h = (h * 1000003 + v * (r * self.width + c + 1)) % 2147483647
        return h


def fern():
    maps = [Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
            Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
            Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
            Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)]
    return IFS("fern", maps, [0.01, 0.85, 0.07, 0.07]), (-2.7, 0.0, 2.7, 10.0)


def triangle():
    corners = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.866)]
    return IFS("triangle", [Affine.contraction_towards(x, y, 0.5) for x, y in corners]), \
        (-0.05, -0.05, 1.05, 0.92)


def cos_sin(angle):
    """Cosine and sine by their Taylor series (no math module)."""
    tau = 6.283185307179586
    angle = angle % tau
    if angle > tau / 2:
        angle -= tau
    c = s = 0.0
    term = 1.0  # angle**k / k!
    for k in range(30):
        sign = -1.0 if k % 4 >= 2 else 1.0
        if k % 2 == 0:
            c += sign * term
        else:
            s += sign * term
        term = term * angle / (k + 1)
    return c, s


def spline_star():
    control = []
    for k in range(10):
        # a five-pointed star: alternate radii around a circle
        r = 1.0 if k % 2 == 0 else 0.45
        c, s = cos_sin(6.283185307179586 * k / 10.0 + 1.5707963267948966)
        control.append((r * c, r * s))
    spline = Spline(control)
    vertices = [spline.at(k / 7.0) for k in range(7)]
    maps = [Affine.contraction_towards(x, y, 0.38) for x, y in vertices]
    # a slight rotation-like shear on one map makes the attractor twist
    maps.append(Affine(0.3, -0.2, 0.2, 0.3, 0.0, 0.0))
    return IFS("spline star", maps), (-1.3, -1.3, 1.3, 1.3), spline


def main():
    rng = LCG(20240601)
    total = 0
    systems = [fern(), triangle()]
    star, star_bounds, spline = spline_star()
    systems.append((star, star_bounds))
    print("spline length %.6f" % spline.length())
    for ifs, bounds in systems:
        grid = Grid(60, 30, bounds)
        for _ in range(12):
            grid.add_all(ifs.run(rng, 30000))
        print("== %s (outside %d)" % (ifs.name, grid.outside))
        for line in grid.render():
            print(line)
        cs = grid.checksum()
        print("%s checksum %d" % (ifs.name, cs))
        total = (total * 31 + cs) % 2147483647
    print("chaos checksum", total)


main()
