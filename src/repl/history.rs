//! Where the session keeps its history between runs.

use std::path::PathBuf;

/// The environment variable that names the history file.
pub const HISTORY_ENV: &str = "GILPY_HISTORY";

/// The history file's name in the home directory.
const HISTORY_FILE: &str = ".gilpy_history";

/// The history file: `$GILPY_HISTORY` when set (empty turns history off), else
/// `~/.gilpy_history`; `None` without either.
pub fn history_path() -> Option<PathBuf> {
    history_path_from(std::env::var_os(HISTORY_ENV), std::env::var_os("HOME"))
}

/// [`history_path`] from the variables' values.
fn history_path_from(
    explicit: Option<std::ffi::OsString>,
    home: Option<std::ffi::OsString>,
) -> Option<PathBuf> {
    match explicit {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(PathBuf::from(p)),
        None => home
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(HISTORY_FILE)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_wins_over_the_home_directory() {
        let p = history_path_from(Some("/tmp/h".into()), Some("/home/u".into()));
        assert_eq!(p, Some(PathBuf::from("/tmp/h")));
        let p = history_path_from(None, Some("/home/u".into()));
        assert_eq!(p, Some(PathBuf::from("/home/u/.gilpy_history")));
        assert_eq!(
            history_path_from(Some("".into()), Some("/home/u".into())),
            None
        );
        assert_eq!(history_path_from(None, None), None);
    }
}
