# What an except* clause raises, combined with the unhandled rest, printed
# uncaught: the handled part appears as the __context__ of the new error.
def process():
    try:
        raise ExceptionGroup("stage failed", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("could not recover")


process()
