"""importlib.machinery: the finders and loaders of the import system and the file
suffixes they know (all defined in _frozen_importlib)."""

from _frozen_importlib import (
    ModuleSpec,
    BuiltinImporter,
    FrozenImporter,
    SOURCE_SUFFIXES,
    DEBUG_BYTECODE_SUFFIXES,
    OPTIMIZED_BYTECODE_SUFFIXES,
    BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES,
    WindowsRegistryFinder,
    PathFinder,
    FileFinder,
    SourceFileLoader,
    SourcelessFileLoader,
    ExtensionFileLoader,
    NamespaceLoader,
)


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
