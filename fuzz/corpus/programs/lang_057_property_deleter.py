class Account:
    def __init__(self):
        self._balance = 0
        self.log = []
    @property
    def balance(self):
        self.log.append("get")
        return self._balance
    @balance.setter
    def balance(self, v):
        self.log.append(f"set {v}")
        self._balance = v
    @balance.deleter
    def balance(self):
        self.log.append("del")
        self._balance = 0
a = Account()
a.balance = 50
a.balance += 25
print(a.balance)
del a.balance
print(a.balance)
print(a.log)
