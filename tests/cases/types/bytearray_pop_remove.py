# bytearray pop/remove/reverse/clear/copy/index.
ba = bytearray(b"abcdefa")
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(99)
print(ba)
ba.reverse()
print(ba)
for args in [(120,), (256,), ("a",), (b"a",)]:
    try:
        ba.remove(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for i in [10, -10]:
    try:
        ba.pop(i)
    except IndexError as e:
        print(type(e).__name__, e)
c = ba.copy()
c.append(33)
print(ba, c, c is ba, type(c).__name__)
ba.clear()
print(ba, len(ba))
try:
    ba.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").pop("0")
except TypeError as e:
    print(type(e).__name__, e)
x = bytearray(b"hello")
print(x.index(108), x.index(b"lo"), x.rindex(108), x.find(b"z"))
try:
    x.index(122)
except ValueError as e:
    print(type(e).__name__, e)
