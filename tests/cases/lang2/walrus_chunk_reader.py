# Assignment expressions in realistic loops: chunked reading, regex-free parsing, and running maxima.
class Reader:
    def __init__(self, data, chunk):
        self.data, self.pos, self.chunk, self.calls = data, 0, chunk, 0
    def read(self):
        self.calls += 1
        piece = self.data[self.pos:self.pos + self.chunk]
        self.pos += len(piece)
        return piece
r = Reader("the quick brown fox jumps", 7)
chunks = []
while chunk := r.read():
    chunks.append(chunk)
print(chunks, r.calls)
lines = ["key1=value1", "# comment", "bad line", "key2 = value two ", "", "k3="]
config = {}
for line in lines:
    if not (stripped := line.strip()) or stripped.startswith("#"):
        continue
    if (eq := stripped.find("=")) == -1:
        print("skip:", repr(stripped))
        continue
    config[stripped[:eq].strip()] = stripped[eq + 1:].strip()
print(config)
readings = [3, 7, 2, 9, 4, 9, 11]
best = float("-inf")
records = [(i, best := v) for i, v in enumerate(readings) if v > best]
print(records, best)
def first_long(words, n):
    if any(len(found := w) > n for w in words):
        return found
    return None
print(first_long(["a", "bbb", "cccc"], 2), first_long(["a"], 5))
stack = [1, [2, [3, [4]]]]
depth = 0
node = stack
while isinstance(node := node[-1], list):
    depth += 1
print(depth, node)
data = {"user": {"profile": {"name": "ann"}}}
if (u := data.get("user")) and (p := u.get("profile")) and (name := p.get("name")):
    print("name is", name)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
n = 0
while (n := n + 1) < 5:
    pass
print(n)
