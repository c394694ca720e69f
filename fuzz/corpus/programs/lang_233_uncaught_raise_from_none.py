def get_setting(settings, name):
    try:
        return settings[name]
    except KeyError:
        raise LookupError(f"setting {name!r} is not configured") from None
print(get_setting({"debug": True}, "debug"))
print(get_setting({}, "port"))
