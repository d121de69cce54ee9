# One-character strs and bytes are static singletons: indexing, iterating and splitting return them.
import sys

word = "hello"
letters = list(word)
print(sys.getrefcount(letters[2]), sys.getrefcount(word[0]), sys.getrefcount(chr(233)))
more = word * 3
parts = [ch for ch in more]
print(sys.getrefcount(letters[2]), sys.getrefcount(word[0]))
data = b"abcab"
pieces = [data[i:i + 1] for i in range(len(data))]
print(sys.getrefcount(pieces[0]), sys.getrefcount(pieces[2]), sys.getrefcount(bytes(1)[:0]))
