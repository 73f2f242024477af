# `match`, `case` and `_` stay usable as ordinary names.
match = [1, 2]
case = {"k": "v"}
_ = "underscore"
print(match, case, _)
match match:
    case [case_a, case_b]:
        print("matched", case_a, case_b)
def match(x):
    return f"match() called with {x}"
print(match(3))
match (match)(4):
    case str() as s:
        print(s)
class case:
    match = "attr"
print(case.match)
match case.match:
    case "attr":
        print("dotted soft keyword")
type = "also soft"
print(type)
del type
print(type(1).__name__)
match -1:
    case -1:
        print("negative literal")
match _:
    case _:
        print("wildcard never binds; _ is still", repr(_))
match 5:
    case _ if _ == "underscore":
        print("guard reads the variable _:", _)
print([match for match in range(2)])
