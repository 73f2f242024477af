# Templating with str.format / format_map using nested fields and a defaulting mapping.
class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"

templates = [
    "Dear {title} {last},",
    "Your balance is {balance:,.2f} {currency}.",
    "Items: {items[0]}, {items[1]} and {n_more} more",
    "Account {acct.number:>08} ({acct.kind!r})",
    "{greeting:^20}|",
    "Due in {days:d} day{plural}",
    "Missing: {unknown} / {also_unknown:>5}",
]
class Acct:
    def __init__(self, number, kind):
        self.number = number
        self.kind = kind
ctx = SafeDict(title="Dr.", last="Ngô", balance=1234567.891, currency="EUR",
               items=["pen", "ink", "pad"], n_more=1, acct=Acct("4711", "savings"),
               greeting="héllo", days=3, plural="s")
for t in templates:
    try:
        print(t.format_map(ctx))
    except Exception as e:
        print(type(e).__name__, e)
print("{0}{1}{0}".format("ab", "-"))
print("{name}: {0:>{w}} / {1:<{w}}|".format(1, 2, name="cols", w=6))
print("{:{fill}{align}{width}}".format("x", fill="~", align="^", width=9))
print("{0!r:>10}|{0!s:<10}|{0!a}".format("ünï"))
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 140, 2.0)]
fmt = "{:<8}|{:>5d}|{:>8.3f}|{:>8.2%}"
for r in rows:
    print(fmt.format(*r, r[1] * r[2] / 100))
print("{:=^30}".format(" REPORT "))
print("{a[x]} {a[y]}".format(a={"x": 1, "y": 2}))
for bad in ["{0} {}", "{} {1}", "{:d}", "{!x}", "{0[}"]:
    try:
        print(bad.format(1.5, 2))
    except Exception as e:
        print(type(e).__name__, e)
import string
print(string.Template("$who likes ${what}s").substitute(who="tim", what="kung pao"))
print(string.Template("$who likes $what").safe_substitute(who="tim"))
