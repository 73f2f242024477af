# Adjacency dicts: BFS and DFS.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"]}
def bfs(start):
    order, frontier, seen = [], [start], {start: 0}
    while frontier:
        node = frontier.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                frontier.append(nxt)
    return order, seen
print(bfs("a"))
print(bfs("g"))
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(dfs("a"), dfs("f"))
indeg = {n: 0 for n in graph}
for n in graph:
    for m in graph[n]:
        indeg[m] += 1
print(indeg)
