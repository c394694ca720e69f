class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise ValueError(f"insufficient funds: {self._balance} < {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    @property
    def balance(self):
        return self._balance
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance})"
acct = Account("Ann", 100)
acct.deposit(50)
acct.withdraw(30)
for amount in [-5, 500]:
    try:
        if amount < 0:
            acct.deposit(amount)
        else:
            acct.withdraw(amount)
    except ValueError as e:
        print("error:", e)
acct.add_interest()
print(acct, acct.balance)
print(acct.history)
