# Navigating and updating nested JSON-like dict/list data with get chains, setdefault and json round trip.
import json
doc = json.loads('{"users": [{"id": 1, "name": "Ann", "tags": ["admin"], "address": {"city": "Oslo"}},'
                 ' {"id": 2, "name": "Bo", "tags": [], "address": null}, {"id": 3, "name": "Cy"}], "meta": {"count": 3, "version": 1.5}}')
for u in doc["users"]:
    city = (u.get("address") or {}).get("city", "unknown")
    print(u["id"], u["name"], city, u.get("tags", []), len(u))
def get_path(d, path, default=None):
    cur = d
    for key in path:
        try:
            cur = cur[key]
        except (KeyError, IndexError, TypeError):
            return default
    return cur
print(get_path(doc, ["users", 0, "address", "city"]), get_path(doc, ["users", 1, "address", "city"], "-"), get_path(doc, ["users", 9]), get_path(doc, ["meta", "count"]))
for u in doc["users"]:
    u.setdefault("tags", []).append("member")
    u["active"] = u["id"] != 2
doc["meta"]["count"] = len(doc["users"])
doc["meta"].update(updated=True)
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc["users"][0], indent=2))
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, separators=(",", ":")), json.dumps("ünï"), json.dumps("ünï", ensure_ascii=False))
print(json.loads('"\\u00e9"'), json.loads("[true, false, null]"), json.loads('{"a": {"b": [1.0, 2]}}')["a"]["b"], json.loads(" 12 "))
for bad in ['{"a": 1,}', "[1, 2", "nan", "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({1: "int key", True: "bool", None: "none", 1.5: "float"}))
