# uncaught in fstring
print("--- uncaught in fstring ---")
rates = {"usd": 1.0, "eur": 0.0}
for cur, rate in rates.items():
    print(f"1 {cur} buys {1 / rate:.2f} units")
