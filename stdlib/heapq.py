# heapq: a binary min-heap kept in a plain list.
#
# heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k. The sift
# routines follow the same comparison order as CPython's module, so items
# that compare equal come out in the same order.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_toward_root(heap, top, pos):
    # Move heap[pos] up until its parent is not larger; never above `top`.
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Bubble the smaller child up into the hole at `pos` all the way to a
    # leaf, then sift the original item back toward the root.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _sift_toward_root_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap."""
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item; the heap must not be empty."""
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_toward_leaves_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted list of their items."""
    entries = []
    for it in iterables:
        for value in it:
            entries.append(value)
    if key is None:
        return iter(sorted(entries, reverse=reverse))
    return iter(sorted(entries, key=key, reverse=reverse))


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (stable for ties)."""
    if n == 1:
        it = list(iterable)
        if not it:
            return []
        if key is None:
            return [min(it)]
        return [min(it, key=key)]
    items = list(iterable)
    if n >= len(items):
        if key is None:
            return sorted(items)[:n]
        return sorted(items, key=key)[:n]
    if n <= 0:
        return []
    # A max-heap of the n best (key, order, value) seen so far.
    if key is None:
        result = [(items[i], i) for i in range(n)]
    else:
        result = [(key(items[i]), i, items[i]) for i in range(n)]
    _heapify_max(result)
    top = result[0][0]
    order = n
    for i in range(n, len(items)):
        value = items[i]
        k = value if key is None else key(value)
        if k < top:
            if key is None:
                _heapreplace_max(result, (k, order))
            else:
                _heapreplace_max(result, (k, order, value))
            top = result[0][0]
            order += 1
    result.sort()
    if key is None:
        return [entry[0] for entry in result]
    return [entry[2] for entry in result]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (stable for ties)."""
    if n == 1:
        it = list(iterable)
        if not it:
            return []
        if key is None:
            return [max(it)]
        return [max(it, key=key)]
    items = list(iterable)
    if n >= len(items):
        if key is None:
            return sorted(items, reverse=True)[:n]
        return sorted(items, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n best (key, -order, value); earlier items win ties.
    if key is None:
        result = [(items[i], -i) for i in range(n)]
    else:
        result = [(key(items[i]), -i, items[i]) for i in range(n)]
    heapify(result)
    top = result[0][0]
    order = -n
    for i in range(n, len(items)):
        value = items[i]
        k = value if key is None else key(value)
        if top < k:
            if key is None:
                heapreplace(result, (k, order))
            else:
                heapreplace(result, (k, order, value))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    if key is None:
        return [entry[0] for entry in result]
    return [entry[2] for entry in result]
