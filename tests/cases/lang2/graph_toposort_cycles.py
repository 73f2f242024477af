# Dependency resolution: topological sort with generators, cycle detection via custom exception.
class CycleError(Exception):
    def __init__(self, cycle):
        super().__init__(" -> ".join(cycle))
        self.cycle = cycle
class MissingDependency(KeyError):
    pass
def toposort(graph):
    state = {}
    order = []
    def visit(node, path):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            i = path.index(node)
            raise CycleError(path[i:] + [node])
        if node not in graph:
            raise MissingDependency(node)
        state[node] = "active"
        for dep in graph[node]:
            visit(dep, path + [node])
        state[node] = "done"
        order.append(node)
    for n in graph:
        visit(n, [])
    return order
def levels(graph):
    remaining = {k: set(v) for k, v in graph.items()}
    while remaining:
        ready = sorted(k for k, deps in remaining.items() if not deps)
        if not ready:
            raise CycleError(sorted(remaining))
        yield ready
        for k in ready:
            del remaining[k]
        for deps in remaining.values():
            deps.difference_update(ready)
pkgs = {"app": ["web", "db"], "web": ["http", "json"], "db": ["json"], "http": [], "json": []}
print(toposort(pkgs))
print(list(levels(pkgs)))
bad = {"a": ["b"], "b": ["c"], "c": ["a"], "d": []}
for g in (bad, {"x": ["y"]}, {"s": ["s"]}):
    try:
        print(toposort(g))
    except CycleError as e:
        print(type(e).__name__, e, e.cycle)
    except KeyError as e:
        print(type(e).__name__, e, isinstance(e, MissingDependency))
try:
    for lvl in levels(bad):
        print("level", lvl)
except CycleError as e:
    print("levels:", e)
def bfs(graph, start):
    seen, frontier = {start}, [start]
    while frontier:
        yield frontier
        nxt = []
        for n in frontier:
            for m in graph.get(n, []):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
print(list(bfs(pkgs, "app")))
