//! The `parse --jsonl` pipeline contract: one line out per line in, same order, errors as records.
#![cfg(feature = "serde")]

use std::io::Write;
use std::process::{Command, Stdio};

/// The `parse` example: `cargo test` builds it beside the test binaries; a lone
/// `cargo test --test jsonl` does not, so build it then.
fn parse_binary() -> std::path::PathBuf {
    static BUILT: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let exe = std::env::current_exe().unwrap();
            let dir = exe.parent().unwrap().parent().unwrap();
            let bin = dir
                .join("examples")
                .join(format!("parse{}", std::env::consts::EXE_SUFFIX));
            if !bin.exists() {
                let profile_release = dir.ends_with("release");
                let mut cmd = Command::new(env!("CARGO"));
                cmd.args(["build", "--example", "parse"]);
                if profile_release {
                    cmd.arg("--release");
                }
                assert!(
                    cmd.status().unwrap().success(),
                    "cannot build the parse example"
                );
            }
            assert!(bin.exists(), "{} not built", bin.display());
            bin
        })
        .clone()
}

fn run(args: &[&str], input: &[u8]) -> (Vec<serde_json::Value>, String, bool) {
    let mut child = Command::new(parse_binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    (
        lines,
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

#[test]
fn bad_lines_in_the_middle_keep_every_line_in_order() {
    let mut input = Vec::new();
    for i in 0..300 {
        match i % 7 {
            3 => input.extend_from_slice(b"{not json\n"),
            4 => writeln!(input, "{{\"id\": {i}, \"title\": \"no text\"}}").unwrap(),
            5 => {
                input.extend_from_slice(format!("{{\"id\": {i}, \"text\": \"").as_bytes());
                input.extend_from_slice(b"\xff\xfe bad utf-8\"}\n");
            }
            _ => writeln!(
                input,
                "{}",
                serde_json::json!({"id": i, "text": format!("قال بلينكن في واشنطن إن الاجتماع رقم {i} \"مثمر\".\n"), "source": "test"})
            )
            .unwrap(),
        }
    }
    for threads in ["1", "2", "3"] {
        let (lines, stderr, ok) = run(&["--jsonl", "--threads", threads], &input);
        assert!(ok, "exit status");
        assert_eq!(lines.len(), 300, "one line out per line in");
        for (i, v) in lines.iter().enumerate() {
            match i % 7 {
                3 | 5 => assert!(v["error"].is_string(), "line {i}: {v}"),
                4 => {
                    assert_eq!(v["id"], i);
                    assert!(v["error"].as_str().unwrap().contains("text"));
                }
                _ => {
                    assert_eq!(v["id"], i, "order");
                    assert_eq!(v["source"], "test", "other fields pass through");
                    assert!(v.get("text").is_none());
                    let quotes = v["article"]["quotes"].as_array().unwrap();
                    let q = quotes.iter().find(|q| q["text"] == "مثمر").unwrap();
                    assert_eq!(q["speaker"]["entity"]["id"], "antony-blinken");
                }
            }
        }
        assert!(stderr.contains("300 lines"), "summary: {stderr}");
    }
}

#[test]
fn empty_input_and_blank_lines() {
    let (lines, _, ok) = run(&["--jsonl"], b"");
    assert!(ok);
    assert!(lines.is_empty());
    let (lines, _, ok) = run(&["--jsonl"], b"\n{\"id\":1,\"text\":\"\"}\n");
    assert!(ok);
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["error"].is_string());
    assert_eq!(lines[1]["id"], 1);
}

#[test]
fn json_and_report_modes_read_stdin() {
    let text = "قال وزير الخارجية الأردني أيمن الصفدي إن \"المنطقة في خطر\".";
    let out = Command::new(parse_binary())
        .args(["--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(text.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"][0]["speaker"]["entity"]["id"], "ayman-safadi");
}

#[test]
fn invalid_utf8_file_is_decoded_lossily_with_a_warning() {
    let dir = std::env::temp_dir().join(format!("akhbar-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    let mut bytes = "قال أنتوني بلينكن إن \"الوضع خطير\". ".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xfe\xc3");
    std::fs::write(&path, &bytes).unwrap();
    let out = Command::new(parse_binary())
        .args(["--json", path.to_str().unwrap()])
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = v["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"] == "الوضع خطير")
        .unwrap();
    assert_eq!(q["speaker"]["entity"]["id"], "antony-blinken");
}
