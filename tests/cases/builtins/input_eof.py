# input() with an empty stdin raises EOFError.
try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print("done")
