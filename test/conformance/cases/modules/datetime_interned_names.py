# datetime: the names its types bring are interned once a program imports the module (not before)
import sys
s0 = ''.join(['sec', 'ond'])
print(sys.intern(s0) is s0)
import sys, datetime
for a, b in [('sec', 'ond'), ('utc', 'offset'), ('tz', 'info'), ('fromiso', 'format'), ('ye', 'ar'), ('to', 'day'), ('ut', 'c'), ('resol', 'ution')]:
    s = ''.join([a, b])
    print(s, sys.intern(s) is s)
