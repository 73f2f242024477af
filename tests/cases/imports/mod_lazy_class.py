import sys
import types


class Special(types.ModuleType):
    @property
    def prop(self):
        return "property of " + self.__name__

    def __setattr__(self, name, value):
        print("  __setattr__", name)
        super().__setattr__(name, value)

    def __repr__(self):
        return "<Special %s>" % self.__name__


value = 1
sys.modules[__name__].__class__ = Special
