# The list returned by split/rsplit/splitlines is preallocated like CPython's stringlib (observable with
# __sizeof__): 3.11 reserves 12 slots, 3.12+ sizes str splits by the number of possible pieces.
for s in ['', 'a', 'ab', 'a b', 'abcd', 'a b c d', 'abcdefgh', 'a b c d e f g h i j k l m n', 'x' * 30, 'a,b', 'a\nb\nc\nd\ne']:
    print(repr(s), s.split().__sizeof__(), s.split(',').__sizeof__(), s.split('b,').__sizeof__(), s.rsplit().__sizeof__(),
          s.rsplit(',').__sizeof__(), s.split(None, 2).__sizeof__(), s.splitlines().__sizeof__(), s.partition(',').__sizeof__())
    b = s.encode()
    print('  bytes', b.split().__sizeof__(), b.split(b',').__sizeof__(), b.rsplit(b',', 3).__sizeof__(), b.splitlines().__sizeof__(),
          bytearray(b).split().__sizeof__())
print(len(' '.join('x' * 20).split()), ' '.join('x' * 20).split().__sizeof__(), ','.join('y' * 13).rsplit(',').__sizeof__())
