# Searching and patching binary blobs: find/rfind/count/index/replace/split on bytes and bytearray.
blob = b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"MAGIC-1:data;MAGIC-2:more;END\x00\x00MAGIC-3:tail"
print(len(blob), blob[:4], blob.startswith(b"\x7fELF"), blob.find(b"MAGIC"), blob.rfind(b"MAGIC"), blob.count(b"MAGIC"), blob.count(b"\x00"))
pos, found = 0, []
while (i := blob.find(b"MAGIC-", pos)) != -1:
    j = blob.find(b";", i)
    j = len(blob) if j == -1 else j
    key, _, val = blob[i:j].partition(b":")
    found.append((i, key.decode(), val.rstrip(b"\x00").decode()))
    pos = j
print(found)
patched = blob.replace(b"MAGIC", b"magic", 2)
print(patched.count(b"magic"), patched.count(b"MAGIC"), patched[16:40])
ba = bytearray(blob)
idx = ba.index(b"END")
ba[idx:idx + 3] = b"FIN"
print(ba[idx - 5:idx + 5], ba.find(b"END"), ba.find(0), ba.find(0x7F), ba.rfind(0), ba.count(0))
print(blob.split(b"\x00")[:3], len(blob.split(b"\x00")), blob.strip(b"\x00")[-10:], blob.rstrip(b"lia"), blob.lstrip(b"\x7fELF")[:3])
print(b"aXbXc".split(b"X", 1), b"aXbXc".rsplit(b"X", 1), b"--".join(b"a b c".split()), b"x".join([]), b"".join([b"a", b"b"]))
try:
    blob.index(b"NOPE")
except ValueError as e:
    print(type(e).__name__, e)
for bad in [lambda: blob.find("MAGIC"), lambda: blob.count(256), lambda: blob.replace("a", "b"), lambda: b"a" + "b", lambda: blob.split(b"")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(blob.find(b"", 3), blob.find(b"\x00", -5), blob.index(b"\x01", 5), b"abcabc".find(b"c", 3, 5), b"abc".rfind(b"", 1))
