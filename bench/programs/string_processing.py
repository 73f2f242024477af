# Text processing without regular expressions: generating a corpus, splitting
# into lines and fields, str.find/index/count/replace/startswith/endswith,
# strip/partition/rpartition, case conversion, justification and str.format /
# f-string / % formatting, join, slicing, translate, encode/decode to UTF-8 and
# a hand-written tokenizer and template engine.

NAMES = ["Ada", "Grace", "Linus", "Guido", "Barbara", "Ken", "Dennis", "Margaret",
         "Edsger", "Donald", "Frances", "Niklaus"]
CITIES = ["Zürich", "Kraków", "São Paulo", "Reykjavík", "Lyon", "Oslo", "Kyoto", "Porto"]
WORDS = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit",
         "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore"]


def make_records(n, seed):
    x = seed
    lines = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        name = NAMES[x % len(NAMES)]
        city = CITIES[(x >> 5) % len(CITIES)]
        age = 18 + (x >> 9) % 60
        score = (x >> 3) % 10000 / 100.0
        note = " ".join(WORDS[(x >> k) % len(WORDS)] for k in range(4, 4 + (x % 6) + 1))
        lines.append("  %d|%s|%s|%d|%.2f|%s  " % (i, name, city, age, score, note))
    return "\n".join(lines)


def parse_records(text):
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        ident, name, city, age, score, note = line.split("|")
        rows.append({"id": int(ident), "name": name, "city": city,
                     "age": int(age), "score": float(score), "note": note})
    return rows


def tokenize(text):
    """Split text into words, numbers and punctuation by scanning characters."""
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isalpha():
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("word", text[i:j]))
            i = j
        elif ch.isdigit():
            j = i + 1
            while j < n and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", text[i:j]))
            i = j
        else:
            tokens.append(("punct", ch))
            i += 1
    return tokens


def render(template, values):
    """Replace {{name}} and {{name|upper}} markers by hand with find()."""
    out = []
    pos = 0
    while True:
        start = template.find("{{", pos)
        if start < 0:
            out.append(template[pos:])
            return "".join(out)
        end = template.index("}}", start)
        out.append(template[pos:start])
        key, _, flt = template[start + 2:end].strip().partition("|")
        value = str(values.get(key, "?"))
        if flt == "upper":
            value = value.upper()
        elif flt == "title":
            value = value.title()
        elif flt == "rjust":
            value = value.rjust(12, ".")
        out.append(value)
        pos = end + 2


def caesar_table(shift):
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    return str.maketrans(lower + upper,
                         lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])


def summarize(rows):
    by_city = {}
    for r in rows:
        by_city.setdefault(r["city"], []).append(r)
    lines = []
    for city in sorted(by_city):
        group = by_city[city]
        avg = sum(r["score"] for r in group) / len(group)
        oldest = max(group, key=lambda r: (r["age"], -r["id"]))
        lines.append(f"{city:<12}|{len(group):>6}|{avg:8.3f}|{oldest['name']:^10}|")
    return "\n".join(lines)


def main():
    checksum = 0
    template = ("Dear {{name|title}}, your score of {{score}} from {{city|upper}} "
                "ranks you {{rank|rjust}} -- {{missing}}\n")
    shift13 = caesar_table(13)
    for seed in range(1, 5):
        text = make_records(6000, seed)
        rows = parse_records(text)
        summary = summarize(rows)
        if seed == 1:
            print(summary)
        letters = []
        for rank, r in enumerate(sorted(rows, key=lambda r: (-r["score"], r["id"]))):
            letters.append(render(template, {"name": r["name"].lower(), "score": r["score"],
                                             "city": r["city"], "rank": rank + 1}))
        body = "".join(letters)
        rot = body.translate(shift13)
        assert rot.translate(shift13) == body
        encoded = body.encode("utf-8")
        decoded = encoded.decode("utf-8")
        assert decoded == body
        tokens = tokenize(text.replace("|", " | "))
        kinds = {}
        for kind, tok in tokens:
            kinds[kind] = kinds.get(kind, 0) + 1
        words = [tok.lower() for kind, tok in tokens if kind == "word"]
        longest = max(words, key=lambda w: (len(w), w))
        count_lorem = text.count("lorem")
        first_kyoto = text.find("Kyoto")
        last_oslo = text.rfind("Oslo")
        head, sep, tail = body.rpartition("ranks you")
        stats = ("seed %d: rows=%d bytes=%d chars=%d tokens=%s longest=%s lorem=%d "
                 "kyoto@%d oslo@%d tail=%r" % (
                     seed, len(rows), len(encoded), len(body),
                     ",".join("%s:%d" % kv for kv in sorted(kinds.items())),
                     longest, count_lorem, first_kyoto, last_oslo, tail.strip()[:24]))
        print(stats)
        print("  " + letters[0].rstrip() + " / " + rot[:40].replace("\n", " "))
        h = 0
        for line in body.splitlines()[::3]:
            for ch in line.swapcase().center(110, "*")[::3]:
                h = (h * 33 + ord(ch)) % 1000000007
        checksum = (checksum * 31 + h + len(encoded) + sum(kinds.values())) % 1000000007
    words = " ".join(WORDS * 50).split()
    capitalised = " ".join(w.capitalize() if i % 3 == 0 else w.zfill(8)
                           for i, w in enumerate(words))
    print(capitalised[:80])
    print("string_processing checksum", checksum)


main()
