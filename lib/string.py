"""String constants, capwords and Template ($-substitution). Written for Molt from the
string module's documentation."""

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
    """str.format's machinery as overridable methods (parse, get_field, get_value,
    convert_field, format_field, check_unused_args)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth, auto_index=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_index)
                auto_index += 1
            elif field_name.isdigit():
                if auto_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_index = self._vformat(spec, args, kwargs, used_args, depth - 1,
                                             auto_index=auto_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto_index

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) for each piece."""
        s = format_string
        i, n = 0, len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    # An escaped brace ends the literal piece.
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            # A replacement field: up to the matching '}' (specs may nest fields).
            j, level = i + 1, 1
            while j < n:
                if s[j] == '{':
                    level += 1
                elif s[j] == '}':
                    level -= 1
                    if level == 0:
                        break
                j += 1
            if j >= n:
                if '}' in s[i + 1:]:
                    raise ValueError("unmatched '{' in format spec")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            k, bracket = 0, False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif ch in '!:' and not bracket:
                    break
                k += 1
            name, rest = field[:k], field[k:]
            conversion = None
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("unmatched '{' in format spec")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion specifier')
            spec = rest[1:] if rest.startswith(':') else ''
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j + 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digit keys become ints."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    first = int(first) if first.isdigit() else first
    rest = []
    while k < len(name):
        if name[k] == '.':
            j = k + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            k = j
        else:
            j = name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
            if k < len(name) and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
