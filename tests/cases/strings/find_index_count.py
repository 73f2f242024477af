# find, rfind, index, rindex, count.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("java"), s.rfind("java"))
print(s.find("o"), s.find("o", 5), s.find("o", 5, 7), s.find(""), s.find("", 100), s.rfind(""))
print(s.index("world"), s.rindex("o"), s.count("o"), s.count("hello"), s.count(""), s.count("l", 3, 10))
print("aaaa".count("aa"), "".count(""), "abc".count("d"), "abcabc".find("c", -2))
try:
    s.index("java")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(s.find("hello", -5), s.find("python", -6), s.find("h", -100, 3))
i = -1
positions = []
while True:
    i = s.find("l", i + 1)
    if i == -1:
        break
    positions.append(i)
print(positions)
