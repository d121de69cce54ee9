# A vending/traffic style state machine: enum states, a transition table, guards and an event log.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    SELECTING = auto()
    PAYING = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"event {event!r} not allowed in state {state.name}")
        self.state = state
        self.event = event


class VendingMachine:
    PRICES = {"cola": 150, "water": 100, "chips": 120}

    def __init__(self, stock):
        self.state = State.IDLE
        self.stock = dict(stock)
        self.selection = None
        self.paid = 0
        self.bank = 0
        self.log = []
        self.table = {
            (State.IDLE, "select"): self._select,
            (State.SELECTING, "select"): self._select,
            (State.SELECTING, "coin"): self._coin,
            (State.PAYING, "coin"): self._coin,
            (State.SELECTING, "cancel"): self._cancel,
            (State.PAYING, "cancel"): self._cancel,
            (State.DISPENSING, "take"): self._take,
            (State.OUT_OF_ORDER, "repair"): self._repair,
        }

    def handle(self, event, arg=None):
        if event == "kick":
            self._go(State.OUT_OF_ORDER, "kicked")
            return "ouch"
        action = self.table.get((self.state, event))
        if action is None:
            raise InvalidTransition(self.state, event)
        return action(arg)

    def _go(self, new, why):
        self.log.append(f"{self.state.name}->{new.name} ({why})")
        self.state = new

    def _select(self, item):
        if item not in self.PRICES:
            return f"unknown item {item}"
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        self.selection = item
        self._go(State.SELECTING, f"selected {item}")
        return f"{item} costs {self.PRICES[item]}"

    def _coin(self, value):
        if value not in (10, 20, 50, 100):
            return f"rejected coin {value}"
        self.paid += value
        due = self.PRICES[self.selection] - self.paid
        if due > 0:
            if self.state is not State.PAYING:
                self._go(State.PAYING, "first coin")
            return f"inserted {value}, {due} to go"
        self.stock[self.selection] -= 1
        self.bank += self.PRICES[self.selection]
        change = -due
        self._go(State.DISPENSING, f"paid {self.paid}")
        self.paid = 0
        return f"dispensing {self.selection}, change {change}"

    def _cancel(self, _):
        refund, self.paid, self.selection = self.paid, 0, None
        self._go(State.IDLE, "cancelled")
        return f"refunded {refund}"

    def _take(self, _):
        item, self.selection = self.selection, None
        self._go(State.IDLE, "taken")
        return f"enjoy your {item}"

    def _repair(self, _):
        self._go(State.IDLE, "repaired")
        return "fixed"


vm = VendingMachine({"cola": 1, "water": 5, "chips": 0})
script = [("coin", 50), ("select", "chips"), ("select", "tea"), ("select", "cola"), ("coin", 100), ("coin", 3),
          ("coin", 100), ("take", None), ("select", "cola"), ("select", "water"), ("coin", 50), ("cancel", None),
          ("take", None), ("select", "water"), ("kick", None), ("coin", 100), ("repair", None), ("select", "water"),
          ("coin", 100), ("take", None)]
for event, arg in script:
    try:
        result = vm.handle(event, arg)
        print(f"{event:<7}{str(arg):<7}-> {result:<32} [{vm.state.name}]")
    except InvalidTransition as e:
        print(f"{event:<7}{str(arg):<7}!! {e}")
print("bank:", vm.bank, "stock:", vm.stock)
print("\n".join(vm.log))
print(sorted({s.name for s, _ in vm.table}))
