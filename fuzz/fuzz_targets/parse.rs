#![no_main]

// The checks live in tests/common/invariants.rs, shared with tests/fuzz_regressions.rs.
libfuzzer_sys::fuzz_target!(|data: &[u8]| akhbar_fuzz::run("parse", data));
