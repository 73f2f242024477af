"""Heap queue (min-heap on a list): heappush, heappop, heapify, heapreplace, heappushpop,
merge, nlargest, nsmallest. The sift procedures follow the documented algorithm (bottom-up
sift after a pop, as CPython does), so heaps have CPython's exact layout. Written for Molt
from the heapq documentation."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _check(heap, name, only_arg=False):
    if not isinstance(heap, list):
        which = 'argument' if only_arg else 'argument 1'
        raise TypeError(f'{name}() {which} must be list, not {type(heap).__name__}')


def _siftdown(heap, startpos, pos):
    """Move heap[pos] up towards startpos until its parent is not greater."""
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup(heap, pos):
    """Move the smaller child up until a leaf is reached, then sift the item back down."""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap."""
    _check(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item (heap must not be empty)."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    old = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return old


def heappushpop(heap, item):
    """Push item, then pop the smallest item; faster than the two calls."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    _check(x, 'heapify', True)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: ties keep input order)."""
    its = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for first in it:
            its.append([first if key is None else key(first), order, first, it])
            break
    while its:
        best = None
        for entry in its:
            if best is None:
                best = entry
            elif (entry[0] > best[0]) if reverse else (entry[0] < best[0]):
                best = entry
        yield best[2]
        for nxt in best[3]:
            best[0] = nxt if key is None else key(nxt)
            best[2] = nxt
            break
        else:
            its.remove(best)


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
