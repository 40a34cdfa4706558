class ConfigError(Exception):
    pass
def load():
    try:
        int("not a number")
    except ValueError as e:
        raise ConfigError("bad config value") from e
load()
