//! Key bindings beyond the line editor's own: Ctrl-D on a line holding only the
//! indentation the session put there ends the input, as on an empty line.

use rustyline::{
    Cmd, ConditionalEventHandler, Editor, Event, EventContext, EventHandler, Helper, KeyEvent,
    RepeatCount, history::History,
};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when Ctrl-D ended input on a blank line (the line is then accepted, and the
/// session takes it as end of input).
#[derive(Clone, Default)]
pub struct EofOnBlank {
    pressed: Arc<AtomicBool>,
}

impl EofOnBlank {
    /// Binds Ctrl-D in `editor`.
    pub fn bind<H: Helper, I: History>(&self, editor: &mut Editor<H, I>) {
        editor.bind_sequence(
            KeyEvent::ctrl('D'),
            EventHandler::Conditional(Box::new(self.clone())),
        );
    }

    /// True (once) when the last line read ended with Ctrl-D on a blank line.
    pub fn take(&self) -> bool {
        self.pressed.swap(false, Ordering::SeqCst)
    }
}

impl ConditionalEventHandler for EofOnBlank {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let line = ctx.line();
        if line.is_empty() || !line.trim().is_empty() {
            return None;
        }
        self.pressed.store(true, Ordering::SeqCst);
        Some(Cmd::AcceptLine)
    }
}
