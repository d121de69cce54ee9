# Text word-frequency report: normalisation, Counter, formatting a table, simple statistics.
from collections import Counter, defaultdict
import string

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period.
"""

STOP_WORDS = {"it", "was", "the", "of", "we", "to", "in", "so", "us", "all"}


def tokenize(text):
    table = str.maketrans({ch: " " for ch in string.punctuation})
    for raw in text.translate(table).split():
        yield raw.lower()


def report(text, top=8):
    words = list(tokenize(text))
    counts = Counter(words)
    content = Counter(w for w in words if w not in STOP_WORDS)
    print(f"{len(words)} words, {len(counts)} distinct, {len(content)} distinct content words")
    width = max(len(w) for w, _ in content.most_common(top))
    print("-" * (width + 20))
    for rank, (word, n) in enumerate(content.most_common(top), 1):
        bar = "#" * n
        print(f"{rank:>2}. {word:<{width}} {n:>3} {bar}")
    print("-" * (width + 20))
    return words, counts


words, counts = report(TEXT)
by_length = defaultdict(list)
for w in sorted(set(words)):
    by_length[len(w)].append(w)
for length in sorted(by_length):
    group = by_length[length]
    shown = ", ".join(group[:5]) + (" ..." if len(group) > 5 else "")
    print(f"len {length:>2}: {len(group):>2} words  {shown}")
lengths = [len(w) for w in words]
mean = sum(lengths) / len(lengths)
ordered = sorted(lengths)
mid = len(ordered) // 2
median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
print(f"mean length {mean:.3f}, median {median}, longest {max(words, key=len)!r}")
bigrams = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(b) + f"={n}" for b, n in bigrams.most_common(4)])
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print("first positions:", sorted(first_seen.items(), key=lambda kv: kv[1])[:6])
capitalised = [w for w in TEXT.split() if w[:1].isupper()]
print("capitalised in source:", capitalised)
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print("letters:", "".join(ch for ch, _ in letters.most_common(10)), letters["e"], letters.total())
