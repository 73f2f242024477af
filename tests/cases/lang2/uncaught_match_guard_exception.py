# An exception raised inside a match guard propagates out of the match statement.
def classify(order):
    match order:
        case {"items": items} if sum(i["qty"] for i in items) > 10:
            return "bulk"
        case {"items": [_, *_]}:
            return "normal"
        case {"items": []}:
            return "empty"
        case _:
            return "invalid"
print(classify({"items": [{"qty": 20}]}))
print(classify({"items": [{"qty": 1}, {"qty": 2}]}))
print(classify({"items": []}))
print(classify("nonsense"))
print(classify({"items": [{"qty": 1}, {"amount": 3}]}))
