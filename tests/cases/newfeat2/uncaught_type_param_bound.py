# A lazily evaluated TypeVar bound that names an undefined class fails only when accessed.
def clamp[N: Number](value: N, low: N, high: N) -> N:
    return max(low, min(value, high))
print(clamp(15, 0, 10), clamp(-3, 0, 10), clamp(2.5, 0, 10))
N, = clamp.__type_params__
print(N.__name__, repr(N), N.__constraints__)
print(clamp.__annotations__["value"] is N)
class Box[T: Missing, U]:
    def __init__(self, item: T, other: U):
        self.item, self.other = item, other
print(Box(1, "x").item, [p.__name__ for p in Box.__type_params__])
print(Box.__type_params__[1].__bound__)
type Scores = dict[str, Score]
type Ok = list[int]
print(Scores.__name__, Ok.__value__)
try:
    Scores.__value__
except NameError as e:
    print("alias value:", type(e).__name__, e)
try:
    Box.__type_params__[0].__bound__
except NameError as e:
    print("class bound:", type(e).__name__, e)
print("about to evaluate function bound")
print(N.__bound__)
