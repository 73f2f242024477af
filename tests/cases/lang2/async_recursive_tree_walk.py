# Recursive coroutines walking a tree with simulated I/O, counting awaits and collecting results.
class Fetch:
    count = 0
    def __init__(self, key):
        self.key = key
    def __await__(self):
        Fetch.count += 1
        value = yield ("fetch", self.key)
        return value
FS = {"/": ["etc", "home"], "/etc": ["hosts", "passwd"], "/home": ["ann", "bob"], "/home/ann": ["notes.txt"],
      "/home/bob": [], "/etc/hosts": None, "/etc/passwd": None, "/home/ann/notes.txt": None}
async def listdir(path):
    entries = await Fetch(path)
    if entries is None:
        raise NotADirectoryError(path)
    return entries
async def walk(path, depth=0):
    out = [("  " * depth) + (path.rsplit("/", 1)[-1] or "/")]
    try:
        children = await listdir(path)
    except NotADirectoryError:
        return out
    for c in children:
        child = ("" if path == "/" else path) + "/" + c
        out.extend(await walk(child, depth + 1))
    return out
async def du(path):
    entries = await Fetch(path)
    if entries is None:
        return 1
    total = 0
    for e in entries:
        total += await du(("" if path == "/" else path) + "/" + e)
    return total
def serve(coro):
    requests = []
    value = None
    while True:
        try:
            kind, key = coro.send(value)
        except StopIteration as s:
            return s.value, requests
        requests.append(key)
        value = FS.get(key)
tree, reqs = serve(walk("/"))
print("\n".join(tree))
print(len(reqs), Fetch.count)
print(serve(du("/home"))[0], serve(du("/"))[0])
async def strict_walk(path):
    entries = await Fetch(path)
    if path not in FS:
        raise FileNotFoundError(f"no such path {path}")
    return entries
try:
    serve(strict_walk("/nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e)
