# A custom mapping whose __missing__ raises a KeyError with a tuple key; the repr is shown uncaught.
class Grid(dict):
    def __missing__(self, key):
        x, y = key
        if 0 <= x < 3 and 0 <= y < 3:
            return "."
        raise KeyError(key)
g = Grid()
g[1, 1] = "#"
print("".join(g[x, 0] for x in range(3)))
print("".join(g[x, 1] for x in range(3)))
print((1, 1) in g, (0, 0) in g, len(g))
print(g.get((5, 5), "outside"))
print(g[3, -1])
