# 3.11's random.randrange accepts integral floats with a DeprecationWarning (shown: attributed to __main__);
# via randint the warning belongs to random.py and the default filters ignore it. 3.12+ raise TypeError.
import random

random.seed(1)
for args in [(5.0,), (1.0, 5.0), (1.5,), (2.0, 10.0, 2.0)]:
    try:
        print(random.randrange(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(random.randint(1.0, 5.0))
except TypeError as e:
    print("TypeError", e)
