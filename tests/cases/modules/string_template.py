# string: constants, capwords, Template substitution and its errors.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("  hello   wORLD  foo "), string.capwords("a-b-c", "-"), string.capwords(""))
t = string.Template("$who likes ${what}; costs $$10 $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, who="z"))
print(t.safe_substitute(who="x"), string.Template("${a} $b ${c}d $").safe_substitute(a=1))
print(t.get_identifiers(), t.is_valid(), string.Template("$ 5").is_valid(), t.template)
for bad in ['string.Template("$who $x").substitute(who=1)', 'string.Template("ok\\nab $ 1").substitute()',
            'string.Template("$").substitute()', 'string.Template("${a").substitute(a=1)']:
    try:
        print(eval(bad))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class P(string.Template):
    delimiter = '%'
print(P("%x and %%").substitute(x=5))
