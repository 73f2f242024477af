# copy.deepcopy of nested structures: dicts of lists of tuples, user classes
# with and without __deepcopy__/__copy__, shared references and cycles (the
# memo must keep them shared), plus copy.copy, then mutation of the copies to
# prove they are independent.

import copy


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Shape(object):
    def __init__(self, name, points, tags):
        self.name = name
        self.points = points
        self.tags = tags
        self.meta = {"version": 1, "history": [("created", name)]}
        self.parent = None


class Registry(object):
    """Deep copies share nothing except the (immutable) name table."""
    names = ("circle", "square", "poly", "line")

    def __init__(self, shapes):
        self.shapes = shapes
        self.index = {s.name: s for s in shapes}
        self.copies = 0

    def __deepcopy__(self, memo):
        new = Registry.__new__(Registry)
        memo[id(self)] = new
        new.shapes = copy.deepcopy(self.shapes, memo)
        new.index = {s.name: s for s in new.shapes}
        new.copies = self.copies + 1
        return new


class Frozen(object):
    __slots__ = ("key", "value")

    def __init__(self, key, value):
        self.key = key
        self.value = value

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self  # immutable by convention


def build(seed, n):
    x = seed
    shapes = []
    for i in range(n):
        pts = []
        for _ in range(4):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            pts.append(Point(x % 1000, (x >> 10) % 1000))
        tags = {"kind": Registry.names[i % 4], "weight": (x >> 3) % 100 / 10.0,
                "frozen": Frozen(i, (i, str(i)))}
        shapes.append(Shape("s%d" % i, pts, tags))
    # share some point lists and make parent cycles
    for i in range(1, n):
        shapes[i].parent = shapes[(i * 7) % i]
        if i % 5 == 0:
            shapes[i].points = shapes[i - 1].points
    return Registry(shapes)


def nested_data(depth, width, seed):
    if depth == 0:
        return (seed, "leaf%d" % seed, seed * 0.5)
    node = {"id": seed, "items": [], "pair": (seed, [seed, seed + 1])}
    for k in range(width):
        node["items"].append(nested_data(depth - 1, width, seed * width + k))
    node["self"] = node  # a cycle
    return node


def count_leaves(node):
    if isinstance(node, tuple):
        return 1
    return sum(count_leaves(child) for child in node["items"])


def main():
    checksum = 0
    for round_ in range(40):
        reg = build(round_ + 1, 300)
        dup = copy.deepcopy(reg)
        assert dup is not reg and dup.copies == reg.copies + 1
        same_points = sum(1 for a, b in zip(reg.shapes, dup.shapes) if a.points == b.points)
        shared_kept = sum(1 for i in range(1, 300)
                          if (dup.shapes[i].points is dup.shapes[i - 1].points)
                          == (reg.shapes[i].points is reg.shapes[i - 1].points))
        parents_ok = all(dup.shapes[i].parent is dup.shapes[(i * 7) % i] for i in range(1, 300))
        frozen_same = all(a.tags["frozen"] is b.tags["frozen"] for a, b in zip(reg.shapes, dup.shapes))
        # mutate the copy; the original must not change
        for s in dup.shapes:
            s.points[0].x += 1
            s.meta["history"].append(("copied", round_))
            s.tags["weight"] *= 2
        moved = sum(s.points[0].x for s in dup.shapes) - sum(s.points[0].x for s in reg.shapes)
        hist = sum(len(s.meta["history"]) for s in reg.shapes)
        shallow = copy.copy(reg.shapes[3])
        shallow_shared = shallow.points is reg.shapes[3].points
        print("round %d: equal=%d shared=%d parents=%s frozen=%s moved=%d history=%d shallow=%s"
              % (round_, same_points, shared_kept, parents_ok, frozen_same, moved, hist,
                 shallow_shared))
        checksum = (checksum * 31 + same_points + shared_kept + moved + hist) % 1000000007

    tree = nested_data(5, 4, 1)
    for round_ in range(25):
        dup = copy.deepcopy(tree)
        assert dup["self"] is dup and dup is not tree
        dup["items"][0]["pair"][1].append(99)
        leaves = count_leaves(dup)
        print("tree copy %d: leaves=%d original pair=%r copy pair=%r"
              % (round_, leaves, tree["items"][0]["pair"], dup["items"][0]["pair"]))
        checksum = (checksum * 31 + leaves + len(dup["items"][0]["pair"][1])) % 1000000007

    table = [[(i, j, [i * j]) for j in range(40)] for i in range(120)]
    total = 0
    for _ in range(40):
        dup = copy.deepcopy(table)
        dup[5][5][2][0] = -1
        total += sum(row[-1][2][0] for row in dup) + table[5][5][2][0]
    print("table total", total)
    checksum = (checksum + total) % 1000000007
    print("deepcopy checksum", checksum)


main()
