//! A backend that writes nothing for a frame in which nothing changed.
//!
//! ratatui ends every frame with colour and attribute resets and hides the cursor again, even
//! when no cell changed: about 25 bytes for a timer that fired for nothing, a late answer that
//! was dropped, or a key that did nothing. Over SSH that is noise on the wire, and it puts the
//! cost of a cursor move over budget.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// Wraps a backend; see the module documentation.
pub struct Quiet<B> {
    inner: B,
    /// Whether the cursor is known to be hidden. Forgotten when the screen is cleared, which
    /// is what happens after another program (an editor, the shell after ctrl-z) used it.
    cursor_hidden: bool,
}

impl<B> Quiet<B> {
    /// `inner`, writing only frames that change something.
    pub fn new(inner: B) -> Self {
        Self {
            inner,
            cursor_hidden: false,
        }
    }
}

impl<B: Backend> Backend for Quiet<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut content = content.peekable();
        if content.peek().is_none() {
            return Ok(());
        }
        self.inner.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        if !self.cursor_hidden {
            self.inner.hide_cursor()?;
            self.cursor_hidden = true;
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.cursor_hidden = false;
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.cursor_hidden = false;
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        if clear_type == ClearType::All {
            self.cursor_hidden = false;
        }
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::io::Write;
    use std::rc::Rc;

    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use ratatui::widgets::Paragraph;

    use super::*;

    /// A terminal's input, kept to count.
    #[derive(Clone, Default)]
    struct Tap(Rc<RefCell<Vec<u8>>>);

    impl Write for Tap {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Tap {
        fn len(&self) -> usize {
            self.0.borrow().len()
        }
    }

    #[test]
    fn an_unchanged_frame_writes_nothing_and_a_changed_one_only_the_change() {
        let tap = Tap::default();
        let backend = Quiet::new(CrosstermBackend::new(tap.clone()));
        let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 20, 2));
        let mut terminal =
            Terminal::with_options(backend, ratatui::TerminalOptions { viewport }).expect("term");
        let mut written = |text: &str| {
            let before = tap.len();
            terminal
                .draw(|f| f.render_widget(Paragraph::new(text.to_string()), f.area()))
                .expect("draw");
            tap.len() - before
        };
        assert!(written("hello") > 0);
        assert_eq!(written("hello"), 0, "nothing changed");
        let changed = written("hellO");
        assert!((1..40).contains(&changed), "{changed} bytes for one cell");
        let mut backend = Quiet::new(CrosstermBackend::new(tap.clone()));
        backend.hide_cursor().expect("hide");
        let hidden = tap.len();
        backend.hide_cursor().expect("hide");
        assert_eq!(tap.len(), hidden, "already hidden");
        backend.clear_region(ClearType::All).expect("clear");
        let cleared = tap.len();
        backend.hide_cursor().expect("hide");
        assert!(
            tap.len() > cleared,
            "after the screen was used by someone else, the cursor is hidden again"
        );
    }
}
