# bytearray append/extend/insert and their errors.
ba = bytearray()
ba.append(65)
ba.append(0)
ba.append(255)
print(ba, len(ba))
ba.extend(b"xy")
ba.extend([1, 2])
ba.extend(range(3))
ba.extend(bytearray(b"z"))
ba.extend(x for x in [66, 67])
ba.extend("")  if False else None
print(ba, len(ba))
for bad in [256, -1, 1000]:
    try:
        ba.append(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["a", 1.5, None, b"a"]:
    try:
        ba.append(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [[256], [-1], ["a"], 5, "str", [1.0]]:
    try:
        ba.extend(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ba)
ba = bytearray(b"ace")
ba.insert(1, 98)
ba.insert(100, 102)
ba.insert(-100, 64)
ba.insert(-1, 100)
print(ba)
for args in [(0, 256), (0, "a"), ("0", 1), (0,)]:
    try:
        ba.insert(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 90
ba.append(Idx())
ba.append(True)
print(ba, ba.count(1))
