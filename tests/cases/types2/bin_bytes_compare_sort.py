# Comparing and sorting bytes keys (as in a key-value store), mixing bytes and bytearray.
keys = [b"user:10", b"user:2", b"User:1", b"user:", b"\xff", b"", b"user:10a", bytearray(b"user:3"), b"a\x00b", b"a"]
print(sorted(keys))
print(sorted(keys, key=len), sorted(keys, key=lambda k: k.lower()))
print(max(keys), min(keys), b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"A" < b"a", bytearray(b"x") == b"x", b"x" == bytearray(b"x"))
print(b"abc" == "abc", b"" == bytearray(), b"a" < bytearray(b"b"), bytearray(b"b") >= b"b")
try:
    print(b"a" < "b")
except TypeError as e:
    print(type(e).__name__, e)
store = {}
for k in [b"k1", b"k2", b"k1"]:
    store[k] = store.get(k, 0) + 1
print(store, b"k1" in store, hash(b"k1") == hash(b"k1"))
try:
    store[bytearray(b"k1")] = 5
except TypeError as e:
    print(type(e).__name__, e)
print({bytes(bytearray(b"k1")): 1} == {b"k1": 1}, b"k1" in {bytes(bytearray(b"k1"))})
def prefix_scan(keys, prefix):
    return [k for k in sorted(set(map(bytes, keys))) if k.startswith(prefix)]
print(prefix_scan(keys, b"user:"), prefix_scan(keys, b"x"), prefix_scan(keys, b""))
nums = [(n).to_bytes(4, "big") for n in [300, 5, 70000, 2 ** 31, 0]]
print([int.from_bytes(b, "big") for b in sorted(nums)])
le = [(n).to_bytes(4, "little") for n in [300, 5, 70000, 2 ** 31, 0]]
print([int.from_bytes(b, "little") for b in sorted(le)])
