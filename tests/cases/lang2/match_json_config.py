# Validating and normalising JSON-like configuration dicts with mapping/sequence/class patterns.
import json
def normalize(cfg):
    match cfg:
        case {"version": 2, "servers": [*servers], **rest}:
            out = {"version": 2, "servers": [normalize_server(s) for s in servers]}
            if rest:
                out["extra"] = sorted(rest)
            return out
        case {"version": 1, "host": str(host), "port": int(port)}:
            return normalize({"version": 2, "servers": [{"host": host, "port": port}]})
        case {"version": int(v)} if v > 2:
            raise ValueError(f"unsupported version {v}")
        case {"version": _}:
            raise ValueError("malformed config")
        case dict():
            raise KeyError("version")
        case _:
            raise TypeError(f"config must be an object, got {type(cfg).__name__}")
def normalize_server(s):
    match s:
        case str() as hostport if ":" in hostport:
            host, _, port = hostport.rpartition(":")
            return {"host": host, "port": int(port), "tls": False}
        case str(host):
            return {"host": host, "port": 80, "tls": False}
        case {"host": str(host), "tls": True, **kw}:
            return {"host": host, "port": kw.get("port", 443), "tls": True}
        case {"host": str(host), "port": int(port) | float(port)}:
            return {"host": host, "port": int(port), "tls": False}
        case [str(host), int(port)]:
            return {"host": host, "port": port, "tls": False}
        case _:
            raise ValueError(f"bad server entry: {s!r}")
docs = [
    '{"version": 1, "host": "a.example", "port": 8080}',
    '{"version": 2, "servers": ["b.example", "c.example:9000", {"host": "d", "tls": true}, ["e", 22], {"host": "f", "port": 81.0}], "debug": true, "name": "x"}',
    '{"version": 2, "servers": [42]}',
    '{"version": 3}',
    '{"version": "two"}',
    '{"servers": []}',
    '[1, 2, 3]',
    '{"version": 2, "servers": {"not": "a list"}}',
]
for d in docs:
    try:
        print(json.dumps(normalize(json.loads(d)), sort_keys=True))
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
