# A push-based pipeline of generator coroutines: parsing, filtering and aggregating sent records.
def sink(results):
    try:
        while True:
            results.append((yield))
    except GeneratorExit:
        results.append("<closed>")
def aggregate(target, key):
    totals = {}
    try:
        while True:
            rec = yield
            totals[rec[key]] = totals.get(rec[key], 0) + rec["amount"]
    finally:
        for k, v in totals.items():
            target.send((k, v))
        target.close()
def where(target, pred):
    rejected = 0
    try:
        while True:
            rec = yield
            if pred(rec):
                target.send(rec)
            else:
                rejected += 1
    finally:
        target.send({"cat": "rejected", "amount": rejected})
        target.close()
def parse(target):
    line_no = 0
    try:
        while True:
            line = yield
            line_no += 1
            try:
                cat, amount = line.split(":")
                target.send({"cat": cat.strip(), "amount": int(amount)})
            except ValueError as e:
                print(f"line {line_no}: skipped ({e})")
    finally:
        target.close()
def primed(g):
    next(g)
    return g
results = []
out = primed(sink(results))
agg = primed(aggregate(out, "cat"))
flt = primed(where(agg, lambda r: r["amount"] > 0))
p = primed(parse(flt))
for line in ["food: 12", "rent: 500", "food: 8", "oops", "fun: -5", "fun: 20", "a:b:c", "food: 0"]:
    p.send(line)
p.close()
print(results)
print(p.gi_frame, flt.gi_frame, out.gi_frame)
g = primed(sink([]))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("send to closed generator raises StopIteration")
