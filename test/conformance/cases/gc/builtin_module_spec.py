# A builtin module imported by the program gets importlib's ModuleSpec (BuiltinImporter.find_spec) and the
# module attributes _init_module_attrs sets; a module start-up already imported is a cache hit.
import gc
s = gc.__spec__
print(s)
print(gc.__loader__, repr(gc.__package__))
print(type(s).__name__, s.name, s.origin, repr(s.parent), s.has_location, s.submodule_search_locations, s.cached)
c = gc.get_count()[0]
import time
print(gc.get_count()[0] - c)
print(time.__spec__.name, time.__spec__.origin)
