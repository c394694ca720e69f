# a teacher's bank account: properties, class attributes, classmethods, custom errors
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed:.2f} more")
        self.needed = needed


class Account:
    bank = "PyBank"
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        "The current balance."
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing account", self.id)
        self._balance = 0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount - self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    @classmethod
    def from_csv(cls, line):
        owner, amount = line.split(",")
        return cls(owner.strip(), float(amount))

    @staticmethod
    def fee(amount):
        return round(amount * 0.015, 2)

    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance:,.2f}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"


a = Account("Ann", 100)
b = Account.from_csv("Bob, 2500.5")
a.deposit(50).withdraw(30)
print(a, b, repr(b), sep="\n")
print(a.history, Account.fee(1000), a.bank, Account._next_id)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("Error:", e, "| needed:", e.needed, "| args:", e.args)
try:
    a.balance = -1
except ValueError as e:
    print("Error:", e)
try:
    a.deposit(0)
except ValueError as e:
    print("Error:", e)
print(Account.balance.__doc__, type(Account.balance).__name__)
del a.balance
print(a.balance, isinstance(a, Account), vars(b)["owner"])
