# fuzz regression: property=leak kind=mutated seed=910674619 version=3.11
# from: modules/warnings_filters (reindent-line, truncate)
# problem when found:
#   214 object(s) still alive after shutdown with nothing left to free them; e.g. str "record" (refcount 1), str "action" (refcount 1), tuple (refcount 1), tuple (refcount 1), tuple (refcount 1), tuple (refcount 1)
import warnings
def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)
warnings.filterwarnings("ignore", message="skip.*")
