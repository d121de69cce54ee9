# datetime.strptime: common formats, %f, %z / %Z timezones, AM/PM, names, and its errors
from datetime import datetime
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: datetime.strptime('2023-07-14 09:30:15', '%Y-%m-%d %H:%M:%S'))
t(lambda: datetime.strptime('14/07/23', '%d/%m/%y'))
t(lambda: datetime.strptime('2023-07-14T09:30:15.250Z', '%Y-%m-%dT%H:%M:%S.%f%z'))
t(lambda: datetime.strptime('2023-07-14 09:30 +0530', '%Y-%m-%d %H:%M %z'))
t(lambda: datetime.strptime('Jul 4 2021 1:05PM', '%b %d %Y %I:%M%p'))
t(lambda: datetime.strptime('Friday, March 01, 2024', '%A, %B %d, %Y'))
t(lambda: datetime.strptime('2023-07-14', '%Y/%m/%d'))
t(lambda: datetime.strptime('2023-07-14 extra', '%Y-%m-%d'))
t(lambda: datetime.strptime('2023-02-30', '%Y-%m-%d'))
t(lambda: datetime.strptime(5, '%Y'))
t(lambda: datetime.strptime('12:30', '%H:%M'))
t(lambda: datetime.strptime('2024 UTC', '%Y %Z'))
