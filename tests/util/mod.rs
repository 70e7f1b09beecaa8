//! Helpers shared by the integration tests: the hand-built graphs (the same file the unit tests
//! use), the binary as a hermetic command, and paths into the repository.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

#[path = "../../src/export/testgraph.rs"]
pub(crate) mod testgraph;

/// A path inside the repository.
pub(crate) fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The `newsgraph` binary, run in `dir` with a clean environment for colours and locale.
pub(crate) fn newsgraph(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("newsgraph").expect("the newsgraph binary is built");
    cmd.current_dir(dir).env_remove("RUST_BACKTRACE").env("NO_COLOR", "1");
    cmd
}
