config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
override = {"db": {"port": 6543}, "debug": True}
def deep_merge(a, b):
    result = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(result.get(k), dict):
            result[k] = deep_merge(result[k], v)
        else:
            result[k] = v
    return result
print(deep_merge(config, override))
print(config)
shallow = config.copy()
shallow["db"]["host"] = "changed"
print(config["db"]["host"])
print({k: v for k, v in sorted({"b": 1, "a": 2}.items())})
