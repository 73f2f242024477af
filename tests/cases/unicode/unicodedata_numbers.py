import unicodedata

chars = "0 7 ٣ ७ ² ⑤ ½ ¾ Ⅻ ⅷ 五 十 a".split()
for ch in chars:
    print(ascii(ch), unicodedata.decimal(ch, -1), unicodedata.digit(ch, -1), unicodedata.numeric(ch, -1.0),
          ch.isdecimal(), ch.isdigit(), ch.isnumeric())
for fn, arg in [(unicodedata.decimal, "²"), (unicodedata.digit, "½"), (unicodedata.numeric, "x")]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, "ValueError", e)
# Parsing numbers written in other scripts
print(int("٣٤٥"), float("१२.५"), int("७") + 1)
total = sum(unicodedata.numeric(c) for c in "½¼¾")
print(total)
