# String building: concatenation, join, f-strings, str()/int() conversions, split and replace.
parts = []
for i in range(60000):
    parts.append(f"item-{i}:{i * 3 % 17}")
text = ",".join(parts)
print(len(text))

fields = text.split(",")
total = 0
for f in fields:
    name, value = f.split(":")
    total += int(value) + len(name)
print(total)

s = ""
for i in range(20000):
    s += str(i % 10)
print(len(s), s[:20])

words = []
for i in range(30000):
    w = "w" + str(i % 97) + "x" * (i % 5)
    words.append(w.upper().replace("X", "y"))
line = " ".join(words)
print(len(line), line.count("W1"), line[-30:])
print(sum(len(repr(w)) for w in words[:5000]))
