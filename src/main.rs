//! The `newsgraph` binary: parses arguments and calls the library (see `cli.rs`).
//! Exit codes: 0 success, 1 nothing matched, 2 error (also clap's usage errors).

mod cli;

use clap::Parser;

// Extraction allocates many small strings; mimalloc serves them faster than the system
// allocator (see docs/performance.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // A panic is a bug; the user sees one line, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".into());
        eprintln!("newsgraph: internal error: {msg} (please report this)");
    }));
    let opts = cli::Opts::parse();
    let code = match std::panic::catch_unwind(|| cli::run(opts)) {
        Ok(Ok(code)) => code,
        Ok(Err(e)) => {
            eprintln!("newsgraph: {}", cli::message(&e));
            2
        }
        Err(_) => 2,
    };
    std::process::exit(code);
}
