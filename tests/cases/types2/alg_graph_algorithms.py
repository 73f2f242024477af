# Graph algorithms with dicts/sets/deque/heapq: BFS, DFS, topological sort, Dijkstra.
import collections, heapq
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("e", "f", 20)]
g = collections.defaultdict(dict)
for u, v, w in edges:
    g[u][v] = w
    g.setdefault(v, {})
print({k: dict(v) for k, v in g.items()})
def bfs(start):
    seen, order, q = {start}, [], collections.deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        for v in sorted(g[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order
def dfs(u, seen=None):
    seen = [] if seen is None else seen
    seen.append(u)
    for v in sorted(g[u]):
        if v not in seen:
            dfs(v, seen)
    return seen
print(bfs("a"), dfs("a"), bfs("d"))
def topo():
    indeg = {u: 0 for u in g}
    for u in g:
        for v in g[u]:
            indeg[v] += 1
    ready = sorted(u for u, d in indeg.items() if d == 0)
    out = []
    while ready:
        u = ready.pop(0)
        out.append(u)
        for v in sorted(g[u]):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return out
print(topo())
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("a")
print(sorted(dist.items()))
for target in "def":
    path, u = [], target
    while u != "a":
        path.append(u)
        u = prev[u]
    print(target, dist[target], "->".join(["a"] + path[::-1]))
q = collections.deque(maxlen=3)
for i in range(6):
    q.append(i)
print(q, q.maxlen, list(q), q[0], q[-1])
q.rotate(1)
q.appendleft(-1)
print(q, q.count(4), len(q))
