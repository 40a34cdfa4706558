match = 1
case = 2
_ = 3
type = "shadowed builtin"
print(match, case, _, type)
def match_fn(match, case=None):
    return match, case
print(match_fn(case=5, match=4))
class K:
    match = "attr"
print(K.match, K().match)
del type
print(type(1).__name__)
print = print
print("print rebound to itself")
True_ = "not a keyword"
print(True_)
