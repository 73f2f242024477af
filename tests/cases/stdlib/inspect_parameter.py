# Parameter and Signature objects built by hand: validation, replace, equality, hashing.
import inspect
from inspect import Parameter as P, Signature as S


def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print('--- kinds')
for k in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY, P.VAR_KEYWORD):
    print(repr(k), str(k), k.name, k.value, int(k), k.description, k == int(k))
print(P.KEYWORD_ONLY > P.POSITIONAL_ONLY, P.VAR_KEYWORD >= 4, sorted([P.VAR_KEYWORD, P.POSITIONAL_ONLY]))
print(type(P.KEYWORD_ONLY).__name__, P.POSITIONAL_ONLY is inspect.Parameter.POSITIONAL_ONLY)
print(f'{P.KEYWORD_ONLY}', '%s' % P.VAR_POSITIONAL, format(P.KEYWORD_ONLY, '>4'), f'{P.VAR_KEYWORD:03d}')

print('--- construction')
t('kind 5', lambda: P('a', 5))
t('kind str', lambda: P('a', 'x'))
t('kind None', lambda: P('a', None))
t('kind 2.0', lambda: P('a', 2.0))
t('kind True', lambda: P('a', True))
t('var pos default', lambda: P('a', P.VAR_POSITIONAL, default=1))
t('var kw default', lambda: P('a', P.VAR_KEYWORD, default=None))
t('int name', lambda: P(1, P.POSITIONAL_ONLY))
t('None name', lambda: P(None, P.POSITIONAL_ONLY))
t('bad name', lambda: P('1a', P.POSITIONAL_ONLY))
t('space name', lambda: P('a b', P.POSITIONAL_ONLY))
t('implicit', lambda: P('.0', P.POSITIONAL_OR_KEYWORD))
t('implicit kind', lambda: P('.0', P.POSITIONAL_OR_KEYWORD).kind)
t('implicit kwonly', lambda: P('.0', P.KEYWORD_ONLY))
t('unicode', lambda: P('名前', P.KEYWORD_ONLY, default=1))
t('ann+default', lambda: P('x', P.KEYWORD_ONLY, default=1, annotation=int))
t('ann only', lambda: P('x', P.POSITIONAL_ONLY, annotation='str'))
t('var ann', lambda: P('rest', P.VAR_POSITIONAL, annotation=list))
t('kw ann', lambda: P('opts', P.VAR_KEYWORD, annotation=dict))
t('positional name', lambda: P('x', kind=P.POSITIONAL_ONLY, default=None).name)

print('--- attributes and replace')
p = P('x', P.POSITIONAL_OR_KEYWORD, default=3, annotation=int)
print(p.name, p.kind, p.default, p.annotation)
print(p.replace(name='y'), p.replace(kind=P.KEYWORD_ONLY).kind, p.replace(default=P.empty),
      p.replace(annotation=P.empty), p.replace())
print(p.replace() == p, p.replace() is p)
t('replace bad', lambda: p.replace(kind=P.VAR_POSITIONAL))
t('replace name', lambda: p.replace(name='9'))
try:
    p.name = 'z'
except AttributeError as e:
    print('AttributeError')

print('--- equality and hashing')
a1 = P('a', P.POSITIONAL_ONLY, default=1)
a2 = P('a', P.POSITIONAL_ONLY, default=1)
print(a1 == a2, a1 != a2, hash(a1) == hash(a2), a1 == P('a', P.POSITIONAL_OR_KEYWORD, default=1),
      a1 == P('a', P.POSITIONAL_ONLY, default=2), a1 == 'a', a1.__eq__(3))
print(len({a1, a2, P('b', P.KEYWORD_ONLY)}))

print('--- Signature construction')
t('empty', lambda: S())
t('none', lambda: S(None))
t('list', lambda: S([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY)]))
t('tuple', lambda: S((P('a', P.POSITIONAL_OR_KEYWORD),), return_annotation=int))
t('default order', lambda: S([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]))
t('posonly default order', lambda: S([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]))
t('kind order', lambda: S([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)]))
t('kind order2', lambda: S([P('a', P.VAR_KEYWORD), P('b', P.VAR_POSITIONAL)]))
t('duplicate', lambda: S([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]))
t('kwonly defaults', lambda: S([P('a', P.KEYWORD_ONLY, default=1), P('b', P.KEYWORD_ONLY)]))
t('all kinds', lambda: S([P('a', 0), P('b', 1, default=2), P('c', 2), P('d', 3), P('e', 4)], return_annotation='R'))
t('posonly only', lambda: S([P('a', 0), P('b', 0, default=None)]))
t('kwonly first', lambda: S([P('k', 3)]))
t('no validate', lambda: S([P('a', 3), P('b', 0)], __validate_parameters__=False))

print('--- Signature replace / equality / hash')
s = S([P('a', 0), P('b', 1, default=2), P('c', 3), P('d', 3, default=4)], return_annotation=int)
print(s, s.replace(return_annotation=S.empty), s.replace(parameters=[P('z', 1)]))
print(s.replace(parameters=list(s.parameters.values())[:2]))
s2 = S([P('a', 0), P('b', 1, default=2), P('d', 3, default=4), P('c', 3)], return_annotation=int)
print(s == s2, hash(s) == hash(s2), str(s) == str(s2))
s3 = S([P('a', 0), P('b', 1, default=2), P('c', 3), P('d', 3, default=4)], return_annotation=str)
print(s == s3, s != s3, s == 'x', s.__eq__(None))


def func(a, /, b=2, *, c, d=4) -> int:
    pass


print(inspect.signature(func) == s, inspect.signature(func) == s2)
print(inspect.signature(lambda x: 0) == inspect.signature(lambda x: 1),
      inspect.signature(lambda x: 0) == inspect.signature(lambda y: 1))
print(len({inspect.signature(lambda x: 0), inspect.signature(lambda x: 1)}))
t('S.bind', lambda: s.bind(1, c=2))
try:
    s.x = 1
except AttributeError:
    print('AttributeError (slots)')

print('--- builtins without a text signature')
for b in (max, min):
    try:
        inspect.signature(b)
    except ValueError as e:
        print('ValueError', e)

print('--- copying and pickling protocol')
import copy


def sample(a, /, b: int = 2, *args, c, **kw) -> str:
    pass


sig = inspect.signature(sample)
sig2 = copy.deepcopy(sig)
print(sig2, sig2 == sig, sig2 is sig, hash(sig2) == hash(sig))
print(copy.copy(sig) == sig, copy.copy(sig.parameters['b']), copy.copy(sig.parameters['b']) == sig.parameters['b'])
ba = sig.bind(1, c=3)
print(copy.deepcopy(ba), copy.deepcopy(ba) == ba)
print(sig.parameters.get('zz'), list(sig.parameters.keys()), sig.parameters['a'].kind is P.POSITIONAL_ONLY)
try:
    sig.parameters['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(format(sig), '%s' % sig, f'{sig!r}')
t('empty name', lambda: P('', P.POSITIONAL_ONLY))
t('not a parameter', lambda: S([1]))
