# An uncaught int-to-str limit error ends the program.
n = 3**10000
print(n.bit_length())
print(len(hex(n)))
print(n)
print("not reached")
