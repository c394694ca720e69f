def load(cfg):
    try:
        return cfg["path"]
    except KeyError:
        print("no path, using default")
        return cfg["default"]
print(load({"path": "/x"}))
print(load({}))
