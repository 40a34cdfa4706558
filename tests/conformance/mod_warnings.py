# warnings: warn, the default filters, actions, catch_warnings, formatting and the registries.
import warnings
warnings.warn('hello')
warnings.warn('hello')
for i in range(3):
    warnings.warn('loop')
def f():
    warnings.warn('dep', DeprecationWarning, stacklevel=2)
f()
warnings.warn(UserWarning('inst'))
warnings.warn('x', stacklevel=5)
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn('res', ResourceWarning)
warnings.warn('rt', RuntimeWarning)
print(warnings.formatwarning('m', UserWarning, 'f.py', 3))
print(warnings.formatwarning('m', UserWarning, 'f.py', 3, 'src'))
warnings.showwarning('m', RuntimeWarning, 'nofile.py', 7)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('rec')
    warnings.warn('rec')
    print(len(w), w[0].message, w[0].category, w[0].lineno, w[0].line, w[0].file, w[0].source)
    print(str(w[0]))
print(warnings.catch_warnings(record=True), warnings.catch_warnings())
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('caught', repr(e))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('silent')
with warnings.catch_warnings():
    warnings.simplefilter('once')
    for i in range(2):
        warnings.warn('once-a')
    warnings.warn('once-a')
with warnings.catch_warnings():
    warnings.simplefilter('module')
    warnings.warn('mod-a')
    warnings.warn('mod-a')
with warnings.catch_warnings():
    warnings.filterwarnings('error', message='Bad.*thing', category=UserWarning)
    try:
        warnings.warn('bad things happen')
    except UserWarning as e:
        print('filtered', e)
    warnings.warn('good things happen')
    print(warnings.filters[0])
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', module='__ma')
    warnings.warn('ignored by module prefix')
for bad in [3, int]:
    try:
        warnings.warn('boom', bad)
    except TypeError as e:
        print(e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
try:
    warnings.filterwarnings('ignore', message=3)
except AssertionError as e:
    print('AssertionError', e)
def custom(message, category, filename, lineno, file=None, line=None):
    print('custom:', message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = custom
warnings.warn('via custom')
warnings.showwarning = old
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 42)
warnings.warn_explicit('explicit2', UserWarning, 'somefile.py', 43, module='m', registry={})
print('__warningregistry__' in globals())
print(len(warnings.filters), warnings.filters[0])
warnings.resetwarnings()
print(warnings.filters)
warnings.warn('after reset', DeprecationWarning)
