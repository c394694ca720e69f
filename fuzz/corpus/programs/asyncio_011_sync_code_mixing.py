# Ordinary Python inside coroutines: functions, classes, f-strings.
import asyncio


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def fee(amount):
    return round(amount * 0.01, 2)


async def pay(account, amount):
    await asyncio.sleep(0.1)
    net = amount - fee(amount)
    new = account.deposit(net)
    print(f"{account.owner:>6} +{net:8.2f} -> {new:10.2f}")


async def main():
    accounts = [Account("alice"), Account("bob", 100)]
    for amount in (250, 1000):
        await asyncio.gather(*(pay(a, amount) for a in accounts))
    print(accounts)
    print(sorted(accounts, key=lambda a: -a.balance)[0].owner, "is richer")


asyncio.run(main())
