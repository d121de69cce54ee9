# fuzz regression: property=leak kind=mutated seed=2264567003 version=3.12
# from: realistic/bank_accounts (duplicate-token)
# problem when found:
#   1 object(s) still alive after shutdown with nothing left to free them; e.g. str "selfself" (refcount 1)
class BankError(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0.0):
        return interest
class Savings(Account):
    def __init__(self, owner, balance=0.0):
        super().__init__(owner, balance)
def transfer(src, dst, amount):
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
accounts = [Savings("ann", 500), Checking("bob", 50), Checking("cy", 0, overdraft=0)]
operations = [
]
for i, op in enumerate(operations):
    try:
        print(i, "bank error:", type(e).__name__, e)
    except ValueError as e:
        print(i, "value error:", e)
