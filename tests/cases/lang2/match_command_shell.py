# A small shell: parsing command lines with match over split token lists and a virtual filesystem.
fs = {"/": {"docs": {}, "readme.txt": "hello"}}
cwd = ["/"]
def node_at(path):
    cur = fs["/"]
    for part in [p for p in path.split("/") if p]:
        if not isinstance(cur, dict) or part not in cur:
            raise FileNotFoundError(f"no such path: {path}")
        cur = cur[part]
    return cur
def resolve(name):
    base = cwd[-1].rstrip("/")
    return name if name.startswith("/") else f"{base}/{name}"
def run(line):
    match line.split():
        case []:
            return ""
        case ["ls"]:
            return " ".join(sorted(node_at(cwd[-1])))
        case ["ls", path]:
            n = node_at(resolve(path))
            return " ".join(sorted(n)) if isinstance(n, dict) else path
        case ["cd", ".."]:
            if len(cwd) > 1:
                cwd.pop()
            return cwd[-1]
        case ["cd", path]:
            if not isinstance(node_at(resolve(path)), dict):
                raise NotADirectoryError(path)
            cwd.append(resolve(path))
            return cwd[-1]
        case ["mkdir", *names] if names:
            d = node_at(cwd[-1])
            for n in names:
                d.setdefault(n, {})
            return f"created {len(names)}"
        case ["write", name, *words]:
            node_at(cwd[-1])[name] = " ".join(words)
            return f"wrote {len(words)} words"
        case ["cat", name]:
            content = node_at(resolve(name))
            if isinstance(content, dict):
                raise IsADirectoryError(name)
            return content
        case ["echo", *words]:
            return " ".join(words)
        case [("quit" | "exit") as cmd]:
            return f"bye ({cmd})"
        case [cmd, *_]:
            raise LookupError(f"unknown command {cmd!r}")
script = ["ls", "mkdir a b", "cd docs", "write notes.txt buy milk", "ls", "cat notes.txt", "cd ..",
          "ls docs", "cat docs", "cd readme.txt", "cat missing", "", "echo hi  there", "frob x", "mkdir", "cd a", "exit"]
for line in script:
    try:
        print(f"$ {line!r:28} -> {run(line)!r}")
    except (OSError, LookupError) as e:
        print(f"$ {line!r:28} !! {type(e).__name__}: {e}")
print(cwd)
