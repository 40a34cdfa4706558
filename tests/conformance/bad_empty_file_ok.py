import pkgs.empty_module as e
import pkgs.comment_module as c
print(e.__name__, e.__doc__, sorted(k for k in vars(e) if not k.startswith("__")))
print(c.__name__, c.__doc__)
