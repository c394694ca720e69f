def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key.strip(), value.strip()
for k, v in parse(["a = 1", "b = 2", "broken line", "c = 3"]):
    print(k, v)
