__all__ = ["exists", "missing"]
exists = "exists"
