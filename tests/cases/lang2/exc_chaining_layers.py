# Exception chaining through application layers: raise from, implicit context, from None, walking chains.
class RepoError(Exception): pass
class ServiceError(Exception): pass
class ApiError(Exception): pass
DB = {"u1": {"name": "ann", "age": "31"}, "u2": {"name": "bob"}}
def repo_get(uid):
    try:
        return DB[uid]
    except KeyError as e:
        raise RepoError(f"user {uid} not in database") from e
def service_age(uid):
    user = repo_get(uid)
    try:
        return int(user["age"])
    except KeyError:
        raise ServiceError(f"user {uid} has no age")
def api(uid):
    try:
        return {"age": service_age(uid)}
    except RepoError as e:
        raise ApiError(f"404 {uid}") from None
    except ServiceError as e:
        raise ApiError(f"500 {uid}") from e
def chain(exc):
    out = []
    while exc is not None:
        how = "cause" if exc.__cause__ is not None else ("context" if exc.__context__ is not None and not exc.__suppress_context__ else "end")
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return " <- ".join(out)
for uid in ["u1", "u2", "u3"]:
    try:
        print(uid, api(uid))
    except ApiError as e:
        print(uid, chain(e))
        print("   suppress:", e.__suppress_context__, "context:", type(e.__context__).__name__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            raise RuntimeError("third") from t
except RuntimeError as e:
    print(chain(e), type(e.__cause__.__context__).__name__)
e = RuntimeError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, chain(e))
try:
    raise ValueError("v") from 42
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError("v") from KeyError
except ValueError as err:
    print(type(err.__cause__).__name__, repr(err.__cause__))
