# A small binary editor on bytearray: insert/delete/slice-assign/reverse, and their error messages.
doc = bytearray(b"The quick brown fox")
doc[4:9] = b"slow"
print(doc)
doc[0:0] = b">> "
doc += b"!"
print(doc, len(doc))
del doc[0:3]
doc.insert(0, ord("["))
doc.append(ord("]"))
print(doc)
doc.reverse()
print(doc)
doc.reverse()
print(doc.pop(), doc.pop(0), doc)
doc.remove(ord(" "))
print(doc)
doc[::2] = bytes(len(doc[::2]))
print(doc.replace(b"\x00", b"_"))
print(doc.count(0), doc.index(0), doc.rindex(0), doc.find(b"q"))
doc[:] = b"reset"
print(doc, doc.copy() is not doc, doc.copy() == doc)
doc.extend(range(65, 70))
doc.extend([97, 98])
doc.extend(x for x in b"xyz")
print(doc)
errors = [
    lambda: doc.append(256),
    lambda: doc.append(-1),
    lambda: doc.append("a"),
    lambda: doc.insert(0, b"a"),
    lambda: doc.remove(200),
    lambda: doc.index(b"nope"),
    lambda: bytearray().pop(),
    lambda: doc.pop(100),
    lambda: doc.extend([1, 300]),
    lambda: doc.extend(5),
    lambda: doc.__setitem__(slice(0, 6, 2), b"ab"),
    lambda: doc.__setitem__(0, b"a"),
    lambda: doc.__setitem__(100, 1),
    lambda: doc.__getitem__("x"),
]
for fn in errors:
    try:
        fn()
        print("no error", doc)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(doc)
doc.clear()
print(doc, len(doc), bytearray(3), bytearray([1, 2]), bytearray("héllo", "utf-8"))
try:
    bytearray("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(-1)
except ValueError as e:
    print(type(e).__name__, e)
