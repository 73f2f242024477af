# Conway's Game of Life on a set of (row, col) tuples; render with sorted coordinates.
def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = set(glider)
for gen in range(5):
    print(f"gen {gen}: {sorted(state)}")
    print(render(state, 6, 6))
    state = step(state)
moved = {(r - 1, c - 1) for r, c in state}
print("glider translated by (1,1) after 4 steps:", step(step(step(step(glider)))) == {(r + 1, c + 1) for r, c in glider})
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block, step(set()), len(step({(0, 0)})))
bbox = lambda s: (min(r for r, _ in s), min(c for _, c in s), max(r for r, _ in s), max(c for _, c in s))
print(bbox(glider), bbox(state), len(state))
