//! `str.format` and `str.format_map`: replacement fields, auto/manual numbering,
//! attribute and item access, conversions and nested format specs.

use super::str_methods::this;
use crate::format::printable::decimal_value;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};

/// `format` and `format_map`, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[("format", format), ("format_map", format_map)];

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "format")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut f = Formatter {
        args: Some(&args[1..]),
        names: Names::Keywords(kw),
        numbering: Numbering::Init,
        next: 0,
    };
    f.render(vm, &chars, 2).map(Value::string)
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "format_map")?;
    super::str_methods::positional(vm, "format_map", args, kw, 1, 1)?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut f = Formatter {
        args: None,
        names: Names::Mapping(&args[1]),
        numbering: Numbering::Init,
        next: 0,
    };
    f.render(vm, &chars, 2).map(Value::string)
}

/// Where named fields come from.
enum Names<'a> {
    /// The keyword arguments of `format`.
    Keywords(Kw<'a>),
    /// The mapping of `format_map`.
    Mapping(&'a Value),
}

/// Whether fields have been numbered automatically (`{}`) or manually (`{0}`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

/// The state of one `format` call.
struct Formatter<'a> {
    args: Option<&'a [Value]>,
    names: Names<'a>,
    numbering: Numbering,
    next: usize,
}

/// One parsed replacement field.
struct Field<'c> {
    name: &'c [char],
    conversion: Option<char>,
    spec: &'c [char],
    spec_has_fields: bool,
}

fn err(vm: &Vm, msg: &str) -> crate::vm::PyErr {
    vm.value_error(msg)
}

impl Formatter<'_> {
    /// Expands a whole format string; `depth` limits nested specs.
    fn render(&mut self, vm: &mut Vm, s: &[char], depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(err(vm, "Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            i += 1;
            if c != '{' && c != '}' {
                out.push(c);
                continue;
            }
            if s.get(i) == Some(&c) {
                out.push(c);
                i += 1;
                continue;
            }
            if c == '}' {
                return Err(err(vm, "Single '}' encountered in format string"));
            }
            if i >= s.len() {
                return Err(err(vm, "Single '{' encountered in format string"));
            }
            let (field, end) = parse_field(vm, s, i)?;
            i = end;
            let text = self.field_text(vm, &field, depth)?;
            out.push_str(&text);
        }
        Ok(out)
    }

    /// Fetches, converts and formats one field.
    fn field_text(&mut self, vm: &mut Vm, field: &Field, depth: i32) -> PyResult<String> {
        let obj = self.field_object(vm, field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => vm.repr(&obj)?,
            Some('s') => Value::Str(vm.str(&obj)?),
            Some('a') => Value::string(vm.ascii(&obj)?),
            Some(c) => {
                let shown = if (' '..='~').contains(&c) {
                    c.to_string()
                } else {
                    format!("\\x{:x}", c as u32)
                };
                return Err(err(vm, &format!("Unknown conversion specifier {shown}")));
            }
        };
        let spec: String = if field.spec_has_fields {
            self.render(vm, field.spec, depth - 1)?
        } else {
            field.spec.iter().collect()
        };
        let v = vm.format(&obj, &spec)?;
        Ok(v.as_str()
            .map_or_else(String::new, |s| s.as_str().to_owned()))
    }

    /// Resolves a field name: the first part, then `.attr` and `[key]` parts.
    fn field_object(&mut self, vm: &mut Vm, name: &[char]) -> PyResult<Value> {
        let split = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let (first, mut rest) = name.split_at(split);
        let mut obj = self.first_object(vm, first)?;
        while !rest.is_empty() {
            let (part, is_attr, after) = next_part(vm, rest)?;
            rest = after;
            let text: String = part.iter().collect();
            obj = if is_attr {
                vm.getattr_str(&obj, &text)?
            } else {
                let key = match integer(vm, part)? {
                    Some(n) => Value::Int(n as i64),
                    None => Value::string(text),
                };
                vm.getitem(&obj, &key)?
            };
        }
        Ok(obj)
    }

    /// The object named by the first part of a field name (an index, a name or empty).
    fn first_object(&mut self, vm: &mut Vm, first: &[char]) -> PyResult<Value> {
        let index = match integer(vm, first)? {
            Some(n) => Some(n),
            None if first.is_empty() => Some(self.auto_index(vm)?),
            None => None,
        };
        if index.is_some() && !first.is_empty() {
            self.manual(vm)?;
        }
        let Some(index) = index else {
            let key: String = first.iter().collect();
            return self.named(vm, key);
        };
        let Some(args) = self.args else {
            return Err(err(vm, "Format string contains positional fields"));
        };
        args.get(index).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {index} out of range for positional args tuple"
            ))
        })
    }

    /// The next automatic field number.
    fn auto_index(&mut self, vm: &Vm) -> PyResult<usize> {
        match self.numbering {
            Numbering::Manual => Err(err(
                vm,
                "cannot switch from manual field specification to automatic field numbering",
            )),
            _ => {
                self.numbering = Numbering::Auto;
                self.next += 1;
                Ok(self.next - 1)
            }
        }
    }

    /// Records a manually numbered field.
    fn manual(&mut self, vm: &Vm) -> PyResult<()> {
        match self.numbering {
            Numbering::Auto => Err(err(
                vm,
                "cannot switch from automatic field numbering to manual field specification",
            )),
            _ => {
                self.numbering = Numbering::Manual;
                Ok(())
            }
        }
    }

    /// A named field's value.
    fn named(&self, vm: &mut Vm, key: String) -> PyResult<Value> {
        match &self.names {
            Names::Keywords(kw) => kw
                .get(&key)
                .cloned()
                .ok_or_else(|| vm.key_error(Value::string(key))),
            Names::Mapping(m) => vm.getitem(m, &Value::string(key)),
        }
    }
}

/// Parses the field that starts at `i` (just after its `{`); returns it and the index after its `}`.
fn parse_field<'c>(vm: &Vm, s: &'c [char], start: usize) -> PyResult<(Field<'c>, usize)> {
    let mut i = start;
    let mut last = '\0';
    while i < s.len() {
        last = s[i];
        i += 1;
        match last {
            '{' => return Err(err(vm, "unexpected '{' in field name")),
            '[' => {
                while i < s.len() && s[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let terminated = matches!(last, '}' | ':' | '!') && i <= s.len();
    if !terminated {
        return Err(err(vm, "expected '}' before end of string"));
    }
    let name = &s[start..i - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        spec_has_fields: false,
    };
    if last == '}' {
        return Ok((field, i));
    }
    if last == '!' {
        let Some(&conv) = s.get(i) else {
            return Err(err(
                vm,
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conv);
        i += 1;
        if i < s.len() {
            let c = s[i];
            i += 1;
            if c == '}' {
                return Ok((field, i));
            }
            if c != ':' {
                return Err(err(vm, "expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut depth = 1;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c == '{' {
            field.spec_has_fields = true;
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth == 0 {
                field.spec = &s[spec_start..i - 1];
                return Ok((field, i));
            }
        }
    }
    Err(err(vm, "unmatched '{' in format spec"))
}

/// Splits the next `.attr` or `[key]` part off a field name's tail.
fn next_part<'c>(vm: &Vm, rest: &'c [char]) -> PyResult<(&'c [char], bool, &'c [char])> {
    let (part, is_attr, after) = match rest[0] {
        '.' => {
            let end = rest[1..]
                .iter()
                .position(|&c| c == '.' || c == '[')
                .map_or(rest.len(), |p| p + 1);
            (&rest[1..end], true, &rest[end..])
        }
        '[' => {
            let Some(close) = rest.iter().position(|&c| c == ']') else {
                return Err(err(vm, "Missing ']' in format string"));
            };
            (&rest[1..close], false, &rest[close + 1..])
        }
        _ => {
            return Err(err(
                vm,
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    };
    if part.is_empty() {
        return Err(err(vm, "Empty attribute in format string"));
    }
    Ok((part, is_attr, after))
}

/// The value of an all-digits field part (`None` if empty or not all digits).
fn integer(vm: &Vm, part: &[char]) -> PyResult<Option<usize>> {
    if part.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for &c in part {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| err(vm, "Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}
