# str/bytes hashes and set-of-str iteration order under PYTHONHASHSEED=0 (the harness always sets it).
print(hash(""), hash("a"), hash("abc"), hash("hello world"), hash("é"), hash("日本"), hash("😀"))
print(hash(b""), hash(b"abc"), hash(b"abc") == hash("abc"), hash(("a", 1)), hash(frozenset(["x", "y"])))
print({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"})
print(set("abracadabra"), frozenset("mississippi"))
print(list({"one": 1, "two": 2} .keys()), {s: len(s) for s in {"x", "yy", "zzz"}})
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print(sorted(set(words)) == sorted(set(words)), list(dict.fromkeys(words)))
