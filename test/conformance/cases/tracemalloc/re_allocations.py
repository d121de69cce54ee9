# re: what matching allocates (tracemalloc): a Match object (its size grows with the groups), findall's list and
# strs, a group's str, split's list; freeing the Match returns its block.
import re, tracemalloc
p = re.compile(r'(\w+)=(\d+)')
q = re.compile(r'\d+')
s = 'alpha=1 beta=22 gamma=333 ' * 3
tracemalloc.start()
m = p.match(s)
a = tracemalloc.get_traced_memory()[0]
del m
b = tracemalloc.get_traced_memory()[0]
r = q.findall(s)
c = tracemalloc.get_traced_memory()[0]
g = p.search(s).group(1)
d = tracemalloc.get_traced_memory()[0]
parts = q.split(s)
e = tracemalloc.get_traced_memory()[0]
print(a, b, c - b, d - c, e - d, len(r), len(parts))
tracemalloc.stop()
