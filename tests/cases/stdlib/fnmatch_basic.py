# fnmatch: translate() text, fnmatch/fnmatchcase/filter results over a grid of
# patterns and names (str and bytes), and the TypeErrors for bad or mixed arguments.
import fnmatch

patterns = ['', '*', '**', '*.py', 'a*b', 'a*b*c', 'a*b*c*d', '*a*', '**a**b**', '?',
            'a?b', '[abc]', '[!abc]', '[a-z]', '[z-a]', '[]]', '[!]]', '[', '[!', '[a',
            'a[', '[]', '[!]', '[a-]', '[-a]', '[a-b-c]', '[\\]', '[a\\-z]', '[[]',
            '[^a]', '[a^]', '[&&a]', '[a&&b]', '[~~a]', '[a||b]', '[--]', '[!-]',
            '[a-c-e]', '[z-a-c]', '[a-cb-a]', '.', '\\', 'a.b', '(x)', '{a,b}', '$',
            'a b', '\u00e9', '*?', '?*', '*?*', 'a**?', '[*]', '[?]', '[a-z0-9_]',
            '[!a-z]*.txt', '[b-a]x', '[!b-a]x', '[a-a]', '[%-/]', '[[:alpha:]]', 'x|y',
            '\n', '[!b-ac-d]', '[z-ab-a]', '[b-aa-c]', '[!^a]', '[]a]', '[!]a]',
            '*ab*ab*', 'a*a*a*a', '?a*', '[a-c]*[x-z]', '*[!.]', '.*', '*.*', '[\u00e0-\u00ff]*']
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['', 'a', 'b', 'ab', 'abc', 'aXbYc', 'acb', 'x.py', '.py', 'a.b', 'aab', 'a\nb',
         '-', ']', '[', '!', '^', '\\', '&', '|', '~', 'c', 'd', 'e', 'z', 'A', 'x', 'bx',
         'ax', '!x', '\u00e9', '\u00e9t\u00e9', 'a b', '$', '(x)', '{a,b}', 'x|y', '\n',
         '.', 'file.txt', 'File.txt', '.hidden', 'a/b', 'abab', 'aaaa', 'aaa', 'ba',
         'ababab', 'aqqz', 'a.', '%', '/', '0', '_', '*', '?', 'a-c', 'a*b']
for p in patterns:
    hits = [n for n in names if fnmatch.fnmatchcase(n, p)]
    print(repr(p), hits)

bnames = [n.encode('latin-1') for n in names]
for p in patterns:
    bp = p.encode('latin-1')
    hits = [n for n in bnames if fnmatch.fnmatchcase(n, bp)]
    print(repr(bp), hits)

print(fnmatch.filter(names, '*.*'))
print(fnmatch.filter(bnames, b'[a-c]*'))
print(fnmatch.filter(iter(['x.py', 'y.c', 'z.py']), '*.py'))
print(fnmatch.filter('abc', 'a'))
print(fnmatch.filter([], '*'))
print(fnmatch.fnmatch('A', 'a'), fnmatch.fnmatch('a/b', '*'), fnmatch.fnmatch('', ''))
print(fnmatch.fnmatch(b'\xe9', b'?'), fnmatch.fnmatch(b'\xe9x', b'[\xe0-\xff]x'))
print(fnmatch.fnmatchcase(bytearray(b'ab'), b'a?'), fnmatch.fnmatchcase(bytearray(b'ab'), b'a*'))


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v

    def __repr__(self):
        return 'P(%r)' % (self.v,)


print(fnmatch.fnmatch(P('dir/x.py'), P('*.py')), fnmatch.fnmatch(P(b'q'), b'?'))

long_name = 'a' * 200 + 'b'
print(fnmatch.fnmatchcase(long_name, '*a*a*a*a*a*a*c'), fnmatch.fnmatchcase(long_name, '*a*b'))

for f, a in [(fnmatch.fnmatch, ('a', b'a')), (fnmatch.fnmatch, (b'a', 'a')),
             (fnmatch.fnmatchcase, ('a', b'a')), (fnmatch.fnmatchcase, (b'a', 'a')),
             (fnmatch.fnmatch, (1, 'a')), (fnmatch.fnmatch, ('a', 1)),
             (fnmatch.fnmatchcase, (1, 'a')), (fnmatch.fnmatchcase, ('a', 1)),
             (fnmatch.fnmatchcase, (P('a'), 'a')), (fnmatch.fnmatchcase, (None, b'a')),
             (fnmatch.filter, (['a', b'b'], 'a')), (fnmatch.filter, ([b'a'], 'a')),
             (fnmatch.filter, (['a'], b'a')), (fnmatch.filter, (['a', 1], '*')),
             (fnmatch.filter, (['a'], 1)), (fnmatch.translate, (b'a',)),
             (fnmatch.translate, (1,)), (fnmatch.fnmatch, (bytearray(b'ab'), b'a?'))]:
    try:
        print(f.__name__, a, repr(f(*a)))
    except TypeError as e:
        print(f.__name__, a, type(e).__name__, e)
print(fnmatch.__all__)
