//! The progress bar of long builds: indicatif on standard error, only when it is a terminal.
//!
//! The bar starts hidden and appears once a build has run for [`DELAY`], so short builds print
//! nothing; `--quiet`, or a standard error that is not a terminal (a pipe, a file, CI), never
//! gets one. Messages printed while the bar is shown go through [`Progress::suspend`] so they do
//! not tear it.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a build runs before its bar appears.
const DELAY: Duration = Duration::from_secs(1);

pub(crate) struct Progress {
    bar: Option<ProgressBar>,
    start: Instant,
    shown: AtomicBool,
}

impl Progress {
    /// A bar over `total` bytes of input (`None` when unknown, as for standard input).
    pub(crate) fn new(total: Option<u64>, quiet: bool) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let (bar, template) = match total {
                Some(t) => (
                    ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::hidden()),
                    "{elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {msg} (eta {eta})",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
                    "{elapsed_precise} {spinner} {bytes} {bytes_per_sec} {msg}",
                ),
            };
            let style = ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.with_style(style.progress_chars("=> "))
        });
        Progress { bar, start: Instant::now(), shown: AtomicBool::new(false) }
    }

    /// Counts one document of `bytes` bytes; `docs` documents are done so far.
    pub(crate) fn advance(&self, bytes: u64, docs: usize) {
        let Some(bar) = &self.bar else { return };
        if !self.shown.load(Ordering::Relaxed) && self.start.elapsed() >= DELAY {
            self.shown.store(true, Ordering::Relaxed);
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        bar.inc(bytes);
        bar.set_message(format!("{docs} document{}", if docs == 1 { "" } else { "s" }));
    }

    /// Runs `f` (which prints to standard error) with the bar out of the way.
    pub(crate) fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Removes the bar.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
