# warnings filters: simplefilter / filterwarnings actions, the default filters, resetwarnings.
import warnings

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)

print([(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters])
emit("plain")
emit("plain")
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.simplefilter("ignore", UserWarning)
emit("ignored")
warnings.simplefilter("always", UserWarning)
emit("always")
emit("always")
warnings.filterwarnings("ignore", message="skip.*")
emit("skip me")
emit("SKIP me too")
emit("not skipped")
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    emit("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2].__name__)
warnings.resetwarnings()
print(warnings.filters)
emit("after reset")
emit("after reset")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only", SyntaxWarning)
warnings.simplefilter("module")
for i in range(2):
    emit("module level")
try:
    warnings.simplefilter("bogus")
except (AssertionError, ValueError) as e:
    print("invalid:", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
warnings.warn(UserWarning("instance message"))
print(sorted(k for k in globals() if k.startswith("__warning")))
