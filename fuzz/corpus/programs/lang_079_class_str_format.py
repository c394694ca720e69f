class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.amount:,.2f}"
        return format(self.amount, spec)
    def __str__(self):
        return f"{self.amount} units"
m = Money(1234567.891)
print(f"{m:usd}")
print(f"{m:.1f}")
print(f"{m}")
print(format(m, "usd"), "{:usd}".format(m), "{}".format(m))
print(str(m))
