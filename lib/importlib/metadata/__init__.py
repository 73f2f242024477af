"""importlib.metadata: metadata of installed distributions (packages).

Not implemented in Molt: the lookup functions raise NotImplementedError.
PackageNotFoundError exists so that `except PackageNotFoundError` clauses compile."""

__all__ = ['Distribution', 'DistributionFinder', 'PackageNotFoundError', 'distribution',
           'distributions', 'entry_points', 'files', 'metadata', 'packages_distributions',
           'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        (name,) = self.args
        return name


def _missing(name):
    raise NotImplementedError(f'importlib.metadata.{name}() is not implemented in Molt')


class Distribution:
    """An installed distribution (not implemented in Molt)."""

    @classmethod
    def from_name(cls, name):
        _missing('Distribution.from_name')

    @classmethod
    def discover(cls, **kwargs):
        _missing('Distribution.discover')


class DistributionFinder:
    """A finder of distributions (not implemented in Molt)."""


def distribution(distribution_name):
    """Not implemented in Molt."""
    _missing('distribution')


def distributions(**kwargs):
    """Not implemented in Molt."""
    _missing('distributions')


def metadata(distribution_name):
    """Not implemented in Molt."""
    _missing('metadata')


def version(distribution_name):
    """Not implemented in Molt."""
    _missing('version')


def entry_points(**params):
    """Not implemented in Molt."""
    _missing('entry_points')


def files(distribution_name):
    """Not implemented in Molt."""
    _missing('files')


def requires(distribution_name):
    """Not implemented in Molt."""
    _missing('requires')


def packages_distributions():
    """Not implemented in Molt."""
    _missing('packages_distributions')
