# string.Formatter: format/vformat, parse pieces, field lookup, conversions, errors, overriding.
import string
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0:>3}b{x!r}c")))
print(f.format("{} {} {a.real} {b[0]} {c[k]:>{w}}", 1, 2, a=3j, b=[9], c={"k": "v"}, w=4))
print(list(f.parse("{{x}} {0!s:^5} end")), f.format("{!r:}", "q"))
for bad in ["{", "}", "{0!}", "{0!x}", "{}{0}"]:
    try:
        print(f.format(bad, 1))
    except ValueError as e:
        print("ValueError", e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {x}", "ab", x="cd"))
