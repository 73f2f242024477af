# isalpha/isspace/isprintable/isidentifier/isupper/islower/istitle on unicode.
samples = ["abc", "éàü", "Ωμέγα", "日本語", "a1", "ß", "ǅ", "ﬁ", "", "a b", "a\u0301", "ⅰ", "Ⅻ", "ª", "_"]
for s in samples:
    print(repr(s), s.isalpha(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
spaces = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", ""]
print([s.isspace() for s in spaces])
printable = ["abc", " ", "\t", "\n", "\x7f", "\xa0", "é", "\u200b", "\u2028", "😀", "", "\x00", "\u00ad"]
print([s.isprintable() for s in printable])
idents = ["x", "_x", "x1", "1x", "é", "变量", "a-b", "a b", "class", "None", "\u2118", "℘x", "·x", "x·", "ℕ", "𝔘", "_1", "$"]
print([s.isidentifier() for s in idents])
titles = ["Hello World", "Hello world", "HELLO", "H", "Hello 2World", "They'Re", "They're", "ǅungla", "Αβγ Δε", "1A", "1a"]
print([s.istitle() for s in titles])
cases = ["ABC1", "abc1", "123", "ÀÉ", "àé", "Aa", "ǅ", "ß", "ʰ"]
print([(s.isupper(), s.islower()) for s in cases])
