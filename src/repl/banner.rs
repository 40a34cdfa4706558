//! The lines a session starts with.

/// The banner: version, what gilpy is, how to get help and how to leave.
pub fn banner() -> String {
    format!(
        "gilpy {} (Python 3.11 subset) on {}\n\
         Type \"help()\" or \"help(object)\" for help, \"dir()\" for the names defined; \
         Ctrl-D, exit() or quit() to leave.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
    )
}
