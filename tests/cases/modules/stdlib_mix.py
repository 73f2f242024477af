# A realistic mix of collections, functools, itertools, operator and math together.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
from functools import reduce, lru_cache, partial, wraps, total_ordering, cmp_to_key
from itertools import permutations, combinations, product, accumulate, groupby, chain, islice, zip_longest, starmap, takewhile
import operator, math

text = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(text)
print(c.most_common(3), c['the'], c['zzz'])
print(sorted(c.items())[:4])
c2 = Counter("abracadabra")
print(c2, c2 + Counter("aab"), c2 - Counter("aaaaaaa"))
dd = defaultdict(list)
for w in text: dd[len(w)].append(w)
print(dict(sorted(dd.items())))
od = OrderedDict.fromkeys("abcde"); od.move_to_end("b"); print(list(od), od.popitem(last=False))
dq = deque(range(5), maxlen=4); dq.appendleft(9); dq.rotate(2); print(dq, len(dq))
P = namedtuple("P", "x y z", defaults=(0,))
p = P(1, 2); print(p, p._asdict(), p._replace(x=5), P._fields)
print(reduce(operator.mul, range(1, 10)), list(accumulate([1,2,3,4], operator.mul)))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(90), fib.cache_info())
print(list(permutations("abc", 2))[:4], len(list(combinations(range(10), 3))), list(product([0,1], repeat=2)))
print([(k, len(list(g))) for k, g in groupby(sorted(text), key=len)])
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(starmap(pow, [(2,5),(3,2)])))
print(sorted(["b","A","c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(math.comb(50, 25), math.isqrt(10**30), math.fsum([0.1]*10), math.gcd(12, 18, 27), f"{math.pi:.10f}")
print(list(map(operator.itemgetter(1), [(1,'a'),(2,'b')])), operator.attrgetter('real')(3+4j))
print(list(islice(chain.from_iterable([[1,2],[3],[4,5,6]]), 1, 5)), list(takewhile(lambda x: x<3, [1,2,5,1])))
def deco(f):
    @wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(x): "doc"; return x
print(hello.__name__, hello.__doc__, hello(3), partial(int, base=2)("101"))
