# Abstract base classes with abstract methods/properties and a registry of concrete plugins.
from abc import ABC, abstractmethod
class Exporter(ABC):
    registry = {}
    def __init_subclass__(cls, fmt=None, **kw):
        super().__init_subclass__(**kw)
        if fmt is not None:
            Exporter.registry[fmt] = cls
    @property
    @abstractmethod
    def extension(self): ...
    @abstractmethod
    def export(self, rows): ...
    def filename(self, stem):
        return f"{stem}.{self.extension}"
class CsvExporter(Exporter, fmt="csv"):
    extension = "csv"
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)
class TsvExporter(CsvExporter, fmt="tsv"):
    extension = "tsv"
    def export(self, rows):
        return super().export(rows).replace(",", "\t")
class Partial(Exporter, fmt="partial"):
    def export(self, rows):
        return ""
print(sorted(Exporter.registry))
print(sorted(Exporter.__abstractmethods__))
print(sorted(Partial.__abstractmethods__), CsvExporter.__abstractmethods__)
for fmt in ["csv", "tsv", "partial"]:
    cls = Exporter.registry[fmt]
    try:
        ex = cls()
        print(fmt, ex.filename("report"), repr(ex.export([(1, 2), ("a", "b")])))
    except TypeError as e:
        print(fmt, type(e).__name__, e)
try:
    Exporter()
except TypeError as e:
    print(type(e).__name__, e)
class Later(Exporter):
    def export(self, rows):
        return "later"
Later.extension = "txt"
try:
    Later()
except TypeError as e:
    print("still abstract:", e)
print(isinstance(TsvExporter(), Exporter), issubclass(TsvExporter, CsvExporter))
@Exporter.register
class Virtual:
    pass
print(issubclass(Virtual, Exporter), isinstance(Virtual(), Exporter), Virtual.__mro__[-1].__name__)
print(Exporter.__abstractmethods__ == frozenset({"extension", "export"}))
