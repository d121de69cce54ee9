# printf-style % formatting.
print("%s and %r" % ("str", "str"), "%d%%" % 50, "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%.3s|%10.2s|%-6s|" % ("abcdef", "xyz", "ab"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 7, 4, 8, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%i" % 3.99, "%d" % True, "%u" % 5)
print("%e|%E|%g|%G|%f" % (1234.5, 0.00012, 1e-7, 1e20, 1 / 3))
print("%a" % "é", "%r" % 1.5, "%s" % None, "%5.1f%%" % 99.44)
print(b"%s-%d-%x" % (b"bytes", 12, 255), b"%c" % 65, b"%5b|" % b"ab")
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {}), ("%c", 1114112), ("%c", "ab"), ("%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
