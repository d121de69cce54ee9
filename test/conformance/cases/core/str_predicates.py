# str is* predicates.
samples = ["abc", "ABC", "Abc", "Hello World", "hello World", "123", "12.5", "abc123", " ", "\t\n", "", "½", "²", "٣", "Ⅻ", "_name", "1abc", "class", "a b", "é", "\x07", "ünïcode"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(12), " ".join(n[2:6] for n in names))
for s in samples:
    flags = ["T" if getattr(s, n)() else "." for n in names]
    print(repr(s).ljust(12), "    ".join(flags))
