# rsplit, splitlines, partition, rpartition.
print("a b c d".rsplit(None, 1), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(","))
print("  x  y  ".rsplit(), "a,,b".rsplit(",", 5))
print("l1\nl2\r\nl3\rl4".splitlines())
print("l1\nl2\n".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("key=value=x".partition("="), "novalue".partition("="), "=v".partition("="))
print("key=value=x".rpartition("="), "novalue".rpartition("="))
print("a.b.c.d".rpartition("."), "path/to/file.txt".rpartition("/")[2])
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
