# time.strptime: directives, defaults, week/ISO/julian dates, %z/%Z, C-locale %c/%x/%X, and its errors.
import time
print(time.strptime("2024-03-01", "%Y-%m-%d"))
print(tuple(time.strptime("Fri Mar 01 12:30:45 2024")))
print(tuple(time.strptime("29 feb", "%d %b")), tuple(time.strptime("12 AM", "%I %p")), tuple(time.strptime("07 pm", "%I %p")))
print(tuple(time.strptime("2024 10 1", "%Y %U %w")), tuple(time.strptime("2024 10 1", "%Y %W %w")), tuple(time.strptime("2024 366", "%Y %j")))
print(tuple(time.strptime("2024-W05-3", "%G-W%V-%u")), tuple(time.strptime("99", "%y")), tuple(time.strptime("05", "%y")))
t = time.strptime("2024-01-02T03:04:05+0130", "%Y-%m-%dT%H:%M:%S%z")
print(t.tm_gmtoff, t.tm_zone, t.tm_isdst)
t = time.strptime("UTC 2020", "%Z %Y")
print(t.tm_zone, t.tm_isdst, time.strptime("Monday, 3. March 2025", "%A, %d. %B %Y")[:8])
print(time.strptime("03/04/21 10:11:12", "%x %X")[:6], time.strptime("1.5", "%S.%f")[:6])
for args in (("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("x", "%Q"), ("x", "abc%"), (5, "%Y"), ("2024", 5), ("2024 5", "%G %V")):
    try:
        time.strptime(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
