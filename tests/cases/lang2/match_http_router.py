# An HTTP router using match over (method, path segments) with captures, guards and typed conversions.
USERS = {1: "ann", 2: "bob"}
def route(method, path, body=None):
    segments = [s for s in path.split("/") if s]
    match method, segments:
        case "GET", []:
            return 200, "index"
        case "GET", ["users"]:
            return 200, sorted(USERS.values())
        case "GET", ["users", uid] if uid.isdigit():
            uid = int(uid)
            if uid not in USERS:
                return 404, f"no user {uid}"
            return 200, USERS[uid]
        case "GET", ["users", _]:
            return 400, "user id must be numeric"
        case "POST", ["users"]:
            match body:
                case {"name": str(name)} if name:
                    new = max(USERS) + 1
                    USERS[new] = name
                    return 201, new
                case {"name": _}:
                    return 422, "name must be a non-empty string"
                case _:
                    return 400, "body must contain name"
        case "DELETE", ["users", uid] if uid.isdigit() and int(uid) in USERS:
            return 204, USERS.pop(int(uid))
        case ("PUT" | "PATCH") as m, ["users", uid, *rest]:
            return 501, f"{m} not implemented (extra={rest})"
        case "GET", ["static", *parts] if parts and all(".." != p for p in parts):
            return 200, "/".join(parts)
        case "GET", ["static", *_]:
            return 403, "forbidden path"
        case _, ["users", *_]:
            return 405, f"method {method} not allowed"
        case _:
            return 404, f"no route for {method} /{'/'.join(segments)}"
requests = [("GET", "/"), ("GET", "/users"), ("GET", "/users/2"), ("GET", "/users/9"), ("GET", "/users/x"),
            ("POST", "/users", {"name": "cy"}), ("POST", "/users", {"name": ""}), ("POST", "/users", [1]),
            ("GET", "/users/3"), ("DELETE", "/users/1"), ("DELETE", "/users/1"), ("PATCH", "/users/2/email/primary"),
            ("GET", "/static/css/site.css"), ("GET", "/static/../etc/passwd"), ("GET", "/static"), ("HEAD", "/users"),
            ("GET", "/nope/deeper")]
for req in requests:
    print(req[0], req[1], "->", route(*req))
print(USERS)
