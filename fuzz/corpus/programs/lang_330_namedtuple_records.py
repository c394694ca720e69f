from collections import namedtuple
Row = namedtuple("Row", "city country pop")
rows = [
    Row("Tokyo", "JP", 37.4),
    Row("Delhi", "IN", 31.0),
    Row("Osaka", "JP", 19.1),
    Row("Mumbai", "IN", 20.7),
]
for r in sorted(rows, key=lambda r: r.pop, reverse=True):
    print(f"{r.city:<8}{r.country}{r.pop:>6.1f}")
totals = {}
for r in rows:
    totals[r.country] = round(totals.get(r.country, 0) + r.pop, 1)
print(totals)
biggest = max(rows, key=lambda r: r.pop)
print(biggest, biggest._asdict())
grown = [r._replace(pop=round(r.pop * 1.01, 2)) for r in rows]
print(grown[0], grown[0].pop > rows[0].pop)
city, country, pop = rows[1]
print(city, country, pop, rows[1] == ("Delhi", "IN", 31.0))
