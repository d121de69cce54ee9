# json memory facts: loads shares equal keys (the scanner memo), result sizes, refcounts, GC tracking,
# the str dumps returns, tracemalloc of loads and dumps
import gc
import json
import sys
import tracemalloc

records = json.loads('[' + ','.join('{"id": %d, "name": "user%d", "tags": ["x", "y"]}' % (i, i) for i in range(50)) + ']')
first = list(records[0])
print(all(list(r)[0] is first[0] and list(r)[1] is first[1] for r in records))
print(sys.getrefcount(first[0]), sys.getrefcount(first[2]))
again = json.loads('{"id": 1}')
print(list(again)[0] is first[0], list(again)[0] == first[0])
print(sys.getsizeof(records), sys.getsizeof(records[0]), sys.getsizeof(records[0]['tags']), sys.getsizeof(records[0]['name']))
print(gc.is_tracked(records[0]), gc.is_tracked(records[0]['tags']), gc.is_tracked(json.loads('{"a": 1}')), gc.is_tracked(json.loads('{"a": []}')))
print(records[3]['tags'][0] is records[4]['tags'][0], records[3]['name'] == 'user3')

s = json.dumps(records)
print(len(s), sys.getsizeof(s), sys.getrefcount(s))
print(sys.getsizeof(json.dumps({'é': 'ü'}, ensure_ascii=False)), sys.getsizeof(json.dumps('😀', ensure_ascii=False)))
print(sys.getsizeof(json.dumps([1] * 10, indent=2)), sys.getsizeof(json.dumps({'a': 1}, sort_keys=True)))

tracemalloc.start()
keep = []
def measure(label, f):
    # the second of two calls: the first also fills freelists and caches
    f()
    keep.pop()
    before = tracemalloc.get_traced_memory()[0]
    f()
    print(label, tracemalloc.get_traced_memory()[0] - before)
measure('loads records', lambda: keep.append(json.loads(s)))
measure('loads again', lambda: keep.append(json.loads(s)))
measure('dumps records', lambda: keep.append(json.dumps(records)))
measure('dumps sorted', lambda: keep.append(json.dumps(records, sort_keys=True)))
measure('dumps floats', lambda: keep.append(json.dumps([0.1 * i for i in range(20)])))
