# word_count.py: strings, dicts and lists in a small text-processing job.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

counts = {}
for raw in TEXT.split():
    word = raw.strip(".,").lower()
    counts[word] = counts.get(word, 0) + 1

# A dict grows by resizing its table; sorting builds a new list of tuples.
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, n in ranked[:5]:
    print(f"{word:>8} {n}")

lengths = {}
for word in counts:
    lengths.setdefault(len(word), []).append(word)
print("longest:", max(lengths), sorted(lengths[max(lengths)]))
print("distinct words:", len(counts))
