//! The invariant checks the fuzz targets run. They live in the main crate's
//! `tests/common/invariants.rs` so that `tests/fuzz_regressions.rs` runs exactly the same checks on
//! the saved reproducers with a plain `cargo test`.

#[path = "../../tests/common/invariants.rs"]
mod invariants;

pub use invariants::*;
