import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
fixed = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %y %p %%", fixed))
print(time.strftime("%d/%m/%Y %I:%M %p", time.gmtime(86400 * 365 + 3600 * 13 + 61)))
print(fixed[0], fixed[:3], len(fixed))
print(type(time.time()).__name__, type(time.monotonic()).__name__, type(time.perf_counter()).__name__, type(time.time_ns()).__name__)
a = time.monotonic()
time.sleep(0.01)
b = time.monotonic()
print(b > a, b - a >= 0.009)
print(time.sleep(0) is None, time.time() > 1600000000)
print(time.mktime(time.localtime(1000000)) == 1000000.0 if False else "skip mktime")
print(time.asctime(fixed), time.strftime("%c", fixed))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.gmtime("x")
except TypeError as e:
    print(e)
