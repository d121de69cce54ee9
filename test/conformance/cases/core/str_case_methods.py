# str case conversions.
samples = ["hello world", "HELLO World", "hELLO wORLD", "python3.12 is fun", "ß straße", "they're bill's friends", "", "123abc", "Ǆemal", "ﬁne"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep=" | ")
print("ΣΑΣ".lower(), "İ".lower(), len("İ".lower()), "ǅ".upper(), "ǆ".title())
print("abc".upper().lower() == "abc", "Straße".casefold() == "STRASSE".casefold())
print("hello".capitalize(), "HELLO".capitalize(), "1st place".capitalize(), "o'neil mc-donald".title())
