"""String constants, capwords and Template ($-substitution). Written for Molt from the
string module's documentation; Formatter is not provided yet (NotImplementedError)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or a single space)."""
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, text, start): kind is 'text', 'named', 'escaped' or 'invalid'."""
        s = self.template
        d = self.delimiter
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                yield 'text', s[i:], i
                return
            if j > i:
                yield 'text', s[i:j], i
            k = j + len(d)
            if s.startswith(d, k):
                yield 'escaped', d, j
                i = k + len(d)
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_REST:
                    e += 1
                yield 'named', s[k:e], j
                i = e
                continue
            if k < n and s[k] == '{' and k + 1 < n and s[k + 1] in _ID_START:
                e = k + 2
                while e < n and s[e] in _ID_REST:
                    e += 1
                if e < n and s[e] == '}':
                    yield 'named', s[k + 1:e], j
                    i = e + 1
                    continue
            yield 'invalid', d, j
            i = k

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind == 'named':
                out.append(str(mapping[text]))
            elif kind == 'invalid':
                self._invalid(pos + len(self.delimiter))
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        s = self.template
        for kind, text, pos in self._scan():
            if kind == 'named':
                try:
                    out.append(str(mapping[text]))
                except KeyError:
                    end = s.index(text, pos) + len(text)
                    if s.startswith('}', end) and s.startswith('{', pos + len(self.delimiter)):
                        end += 1
                    out.append(s[pos:end])
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, text, pos in self._scan():
            if kind == 'named' and text not in ids:
                ids.append(text)
            elif kind == 'invalid':
                self._invalid(pos + len(self.delimiter))
        return ids


class _Chain:
    """Looks a key up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Formatter:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('string.Formatter is not implemented in Molt yet')
