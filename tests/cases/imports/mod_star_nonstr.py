__all__ = ["ok", 1]
ok = "ok"
