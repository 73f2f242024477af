# Building a data pipeline from generator stages.
def read(lines):
    for n, line in enumerate(lines, 1):
        yield n, line
def strip_comments(records):
    for n, line in records:
        line = line.split("#", 1)[0].strip()
        if line:
            yield n, line
def parse(records):
    for n, line in records:
        key, sep, value = line.partition("=")
        if not sep:
            yield n, "error", f"missing '=' in {line!r}"
            continue
        yield n, key.strip(), value.strip()
text = ["# config", "name = molt", "version=3", "", "bogus line", "  debug = true  # trailing", "empty ="]
for rec in parse(strip_comments(read(text))):
    print(rec)
config = {k: v for _, k, v in parse(strip_comments(read(text))) if k != "error"}
print(config)
