# Realistic: persist settings with json.dump / json.load through files
import json
P = "/tmp/molt_tests_newfeat1_settings.json"
settings = {
    "name": "demo",
    "version": [1, 4, 2],
    "debug": False,
    "ratio": 0.75,
    "tags": ["a", "b"],
    "owner": None,
    "unicode": "naïve ☃",
}
with open(P, "w", encoding="utf-8") as f:
    json.dump(settings, f, indent=2, sort_keys=True)
with open(P, encoding="utf-8") as f:
    text = f.read()
print(text)
with open(P, encoding="utf-8") as f:
    loaded = json.load(f)
print(loaded == settings, loaded["unicode"])

with open(P, "w", encoding="utf-8") as f:
    json.dump(settings, f, ensure_ascii=False)
with open(P, "rb") as f:
    raw = f.read()
print(raw[-25:])

# json lines
L = "/tmp/molt_tests_newfeat1_records.jsonl"
with open(L, "w", encoding="utf-8") as f:
    for i in range(4):
        f.write(json.dumps({"id": i, "sq": i * i, "even": i % 2 == 0}) + "\n")
    f.write("{not json}\n")
ok, errors = [], []
with open(L, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            ok.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append((n, e.msg, e.pos))
print(ok)
print(errors)
print(sum(r["sq"] for r in ok if r["even"]))

# update in place
with open(P, "r+", encoding="utf-8") as f:
    cfg = json.load(f)
    cfg["version"][2] += 1
    f.seek(0)
    f.truncate()
    json.dump(cfg, f, sort_keys=True)
with open(P, encoding="utf-8") as f:
    print(json.load(f)["version"])
