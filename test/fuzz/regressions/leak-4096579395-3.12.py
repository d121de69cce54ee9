# fuzz regression: property=leak kind=mutated seed=4096579395 version=3.12
# from: realistic/state_machine (delete-line, swap-lines)
# problem when found:
#   837 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1), tuple (refcount 1), tuple (refcount 1), tuple (refcount 1), tuple (refcount 1), tuple (refcount 1), tuple (refcount 1), tuple (refcount 1)
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    def __init__(self, state, event):
        super().__init__(f"event {event!r} not allowed in state {state.name}")
