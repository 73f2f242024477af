# Realistic: a tiny append-only key/value store with compaction
P = "/tmp/molt_tests_newfeat1_kv.db"
open(P, "w").close()

def put(key, value):
    with open(P, "a", encoding="utf-8") as f:
        f.write(f"SET\t{key}\t{value}\n")

def delete(key):
    with open(P, "a", encoding="utf-8") as f:
        f.write(f"DEL\t{key}\n")

def load():
    state = {}
    with open(P, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "SET":
                state[parts[1]] = parts[2]
            elif parts[0] == "DEL":
                state.pop(parts[1], None)
    return state

def compact():
    state = load()
    with open(P, "w", encoding="utf-8") as f:
        for k, v in state.items():
            f.write(f"SET\t{k}\t{v}\n")
    return len(state)

put("user", "alice")
put("theme", "dark")
put("user", "bob")
delete("theme")
put("lang", "fr")
put("theme", "light")
delete("missing")
print(load())
with open(P, encoding="utf-8") as f:
    print(len(f.readlines()), "records before compaction")
print(compact(), "records after")
with open(P, encoding="utf-8") as f:
    print(f.read().splitlines())
print(load() == {"user": "bob", "lang": "fr", "theme": "light"})
