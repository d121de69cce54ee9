# The profile's version: sys.version_info.minor differs between 3.11, 3.12 and 3.13.
import sys
print(sys.version_info[:2], sys.version_info.minor, f"{sys.version_info.major}.{sys.version_info.minor}")
if sys.version_info >= (3, 12):
    print("3.12+ features available")
else:
    print("running on 3.11")
print(sys.version.split()[0].startswith(f"3.{sys.version_info.minor}."))
