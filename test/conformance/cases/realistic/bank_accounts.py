# A bank-account class hierarchy with custom exceptions, class attributes and a transaction log.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        if balance < 0:
            raise ValueError("opening balance must be non-negative")
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.frozen = False
        self.history = [("open", balance)]

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance:.2f})"

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account #{self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def available(self):
        return self.balance

    def month_end(self):
        interest = round(self.balance * self.interest_rate / 12, 2)
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))
        return interest


class Savings(Account):
    interest_rate = 0.03
    withdrawals_per_month = 2

    def __init__(self, owner, balance=0.0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawals_per_month:
            raise BankError(f"{self.owner}: withdrawal limit reached")
        result = super().withdraw(amount)
        self.withdrawals += 1
        return result

    def month_end(self):
        self.withdrawals = 0
        return super().month_end()


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise
    return f"moved {amount:.2f} from #{src.number} to #{dst.number}"


accounts = [Savings("ann", 500), Checking("bob", 50), Checking("cy", 0, overdraft=0)]
print(accounts)
operations = [
    lambda: accounts[0].withdraw(100),
    lambda: accounts[0].withdraw(50),
    lambda: accounts[0].withdraw(10),
    lambda: accounts[1].withdraw(120),
    lambda: accounts[1].withdraw(100),
    lambda: accounts[2].deposit(-5),
    lambda: transfer(accounts[0], accounts[2], 25),
    lambda: transfer(accounts[1], accounts[2], 20),
]
for i, op in enumerate(operations):
    try:
        print(i, "ok:", op())
    except InsufficientFunds as e:
        print(i, "insufficient:", e, f"(short by {e.shortfall:.2f})")
    except BankError as e:
        print(i, "bank error:", type(e).__name__, e)
    except ValueError as e:
        print(i, "value error:", e)
accounts[2].frozen = True
try:
    transfer(accounts[0], accounts[2], 1)
except BankError as e:
    print("rolled back?", type(e).__name__, e, accounts[0].balance)
for acct in accounts:
    print(acct, "interest", acct.month_end(), acct.history)
total = sum(a.balance for a in accounts)
print(f"total holdings: {total:,.2f}")
print(sorted(accounts, key=lambda a: a.balance, reverse=True)[0].owner)
