# The program ends with an uncaught ValueError from max() of an empty sequence.
scores = {"amy": [3, 9], "bob": [], "cat": [5]}
for name in ["amy", "cat"]:
    print(name, max(scores[name]), min(scores[name], default=0))
print(max(scores["bob"], default=None))
print(max(scores["bob"]))
