# str indexing, slicing and immutability.
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], s[0:5], s[7:], s[:-1], s[::2], s[::-1], s[-3:-1], s[5:2], s[100:], s[-100:3])
print(s[1:10:3], s[10:1:-2], s[::-3], s[len(s):], repr(s[3:3]))
print([c for c in "abc"], list("héllo"), tuple("xy"), len(s), len(""), len("日本語"))
print("日本語"[1], "日本語"[::-1], "😀x"[0], len("😀"), "e\u0301", len("e\u0301"))
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
