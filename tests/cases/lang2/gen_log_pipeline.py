# A generator pipeline over log lines: parse, filter, enrich, window and summarize lazily.
import itertools
LOG = """\
2024-01-01 10:00:01 INFO  web  request /home 200 12ms
2024-01-01 10:00:02 WARN  web  request /api 429 3ms
2024-01-01 10:00:02 INFO  db   query users 45ms
2024-01-01 10:00:03 ERROR web  request /api 500 120ms
malformed line here
2024-01-01 10:00:05 INFO  web  request /home 200 8ms
2024-01-01 10:00:06 ERROR db   query orders 900ms
2024-01-01 10:00:07 INFO  web  request /login 302 15ms"""
trace = []
def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        trace.append(f"read{n}")
        yield n, line
def parse(lines):
    for n, line in lines:
        parts = line.split()
        if len(parts) < 6:
            print(f"skip line {n}: {line!r}")
            continue
        date, time, level, svc, kind, *rest = parts
        yield {"n": n, "time": time, "level": level, "svc": svc, "kind": kind,
               "ms": int(rest[-1].rstrip("ms")), "detail": rest[:-1]}
def only(records, **criteria):
    for r in records:
        if all(r[k] == v for k, v in criteria.items()):
            yield r
def slow(records, threshold):
    return (r for r in records if r["ms"] >= threshold)
pipeline = parse(read_lines(LOG))
first_two = list(itertools.islice(pipeline, 2))
print([r["n"] for r in first_two], trace)
rest = list(pipeline)
print([r["n"] for r in rest], len(trace))
recs = list(parse(read_lines(LOG)))
print([r["detail"] for r in only(recs, svc="web", kind="request")])
print([(r["n"], r["ms"]) for r in slow(recs, 40)])
by_level = {k: [r["n"] for r in g] for k, g in itertools.groupby(sorted(recs, key=lambda r: r["level"]), key=lambda r: r["level"])}
print(by_level)
windows = list(zip(*(itertools.islice(recs, i, None) for i in range(3))))
print([sum(r["ms"] for r in w) for w in windows])
errors = (r for r in recs if r["level"] == "ERROR")
print(next(errors)["time"], next(errors)["time"], next(errors, "no more"))
print(sum(r["ms"] for r in recs), max(recs, key=lambda r: r["ms"])["detail"])
