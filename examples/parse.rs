//! Parse Arabic news articles: a readable report, JSON, or a streaming JSON Lines stage.
//!
//! ```text
//! cargo run --release --example parse -- examples/data/sample-article.txt   # report
//! cargo run --release --example parse -- --json article.txt                # the article's JSON
//! cargo run --release --example parse -- - < article.txt                    # `-` reads stdin
//! cargo run --release --example parse -- --jsonl --threads 2 < in.jsonl > out.jsonl
//! ```
//!
//! `--jsonl` reads one JSON object per line on stdin (`{"id": …, "text": …}`; other fields are
//! passed through) and writes exactly one line per input line, in input order:
//! `{"id": …, …, "article": {…}}`, or `{"id": …, "error": "…"}` for a bad line (invalid JSON or
//! UTF-8, no `text`). It never stops early and never drops a line; the exit code is 0 unless stdin
//! or stdout fails. Lines are parsed in parallel (`--threads N`, default: all cores) over a bounded
//! window, so memory does not grow with the input. A summary goes to stderr at the end, and a
//! progress line while stderr is a terminal.
//!
//! Options: `--tokens` adds the tokens to the JSON; `--include-related` reports the entities and
//! quotes of inlined related articles with the article's own; `--gazetteer FILE` (repeatable) adds
//! a gazetteer file to the embedded default.
//!
//! Invalid UTF-8 in a FILE (or stdin in report/JSON mode) is decoded lossily (U+FFFD) with a
//! warning on stderr; in `--jsonl` mode such a line becomes an error record.

use akhbar::{Article, EntityKind, Gazetteer, JsonOptions, Parser, ZoneKind};
use serde_json::Value;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

struct Options {
    json: bool,
    jsonl: bool,
    tokens: bool,
    include_related: bool,
    threads: usize,
    gazetteers: Vec<String>,
    input: Option<String>,
}

const USAGE: &str = "usage: parse [--json | --jsonl [--threads N]] [--tokens] [--include-related] \
                     [--gazetteer FILE]... [FILE | -]";

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        json: false,
        jsonl: false,
        tokens: false,
        include_related: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        gazetteers: Vec::new(),
        input: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => o.json = true,
            "--jsonl" => o.jsonl = true,
            "--tokens" => o.tokens = true,
            "--include-related" => o.include_related = true,
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                o.threads = n
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--threads: `{n}` is not a positive number"))?;
            }
            "--gazetteer" => o
                .gazetteers
                .push(args.next().ok_or("--gazetteer needs a file")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if a.starts_with("--") => return Err(format!("unknown option {a}\n{USAGE}")),
            _ => o.input = Some(a),
        }
    }
    if !o.jsonl && o.input.is_none() {
        return Err(USAGE.to_string());
    }
    Ok(o)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mut g = Gazetteer::builder().add_defaults();
    for f in &opts.gazetteers {
        g = g.add_file(f);
    }
    let parser = match g.build().and_then(|g| {
        Parser::builder()
            .gazetteer(g)
            .include_related(opts.include_related)
            .build()
    }) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("parse: {e}");
            return ExitCode::from(2);
        }
    };
    if opts.jsonl {
        return match run_jsonl(&parser, &opts) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("parse: {e}");
                ExitCode::from(1)
            }
        };
    }
    let path = opts.input.as_deref().unwrap_or("-");
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    if let Err(e) = read {
        eprintln!("parse: cannot read {path}: {e}");
        return ExitCode::from(2);
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "parse: warning: {path} is not valid UTF-8 (first bad byte at {}); decoding lossily",
                e.utf8_error().valid_up_to()
            );
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let article = parser.parse(&text);
    let out = std::io::stdout();
    let mut out = out.lock();
    let res = if opts.json {
        serde_json::to_writer_pretty(
            &mut out,
            &article.json(JsonOptions {
                tokens: opts.tokens,
            }),
        )
        .map_err(std::io::Error::other)
        .and_then(|_| writeln!(out))
    } else {
        report(&mut out, &article)
    };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parse: {e}");
            ExitCode::from(1)
        }
    }
}

/// The readable report: zones, entities by kind with counts, quotes with speakers.
fn report(out: &mut impl Write, a: &Article<'_>) -> std::io::Result<()> {
    let text = a.text();
    let clip = |s: &str, n: usize| -> String {
        let one_line = s.replace('\n', " ⏎ ");
        let c: String = one_line.chars().take(n).collect();
        if c.len() < one_line.len() {
            format!("{c}…")
        } else {
            c
        }
    };
    if let Some(t) = a.title() {
        writeln!(out, "title:    {}", t.slice(text))?;
    }
    if let Some(d) = a.dateline() {
        writeln!(out, "dateline: {}", d.slice(text))?;
    }
    if let Some(b) = a.byline() {
        writeln!(out, "byline:   {}", b.slice(text))?;
    }
    if let Some(s) = a.source() {
        writeln!(out, "source:   {}", s.slice(text))?;
    }
    if !a.keywords().is_empty() {
        let k: Vec<&str> = a.keywords().iter().map(|k| k.slice(text)).collect();
        writeln!(out, "keywords: {}", k.join(" · "))?;
    }
    writeln!(
        out,
        "\n{} paragraphs, {} sentences, {} tokens",
        a.paragraphs().len(),
        a.sentences().len(),
        a.tokens().len()
    )?;
    writeln!(out, "\nzones")?;
    for z in a.zones() {
        let kind = format!("{:?}", z.kind);
        let extra = match z.kind {
            ZoneKind::SocialPost => z
                .post
                .as_ref()
                .map(|p| {
                    format!(
                        "  by {} {} {}",
                        p.author.slice(text),
                        p.handle.map_or("", |h| h.slice(text)),
                        p.date.map_or("", |d| d.slice(text))
                    )
                })
                .unwrap_or_default(),
            ZoneKind::Related => format!("  {} headlines", z.items.len()),
            _ => z
                .value
                .map(|v| format!("  → {}", clip(v.slice(text), 60)))
                .unwrap_or_default(),
        };
        writeln!(
            out,
            "  {:<11} {:>5}..{:<5} {}{}{}",
            kind,
            z.span.start,
            z.span.end,
            if z.main { "" } else { "(apart) " },
            clip(z.span.slice(text), 50),
            extra
        )?;
    }
    writeln!(out, "\nentities")?;
    let counts = a.entities();
    for kind in [
        EntityKind::Person,
        EntityKind::Country,
        EntityKind::Organization,
    ] {
        let of_kind: Vec<_> = counts.iter().filter(|c| c.entity.kind() == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        writeln!(out, "  {kind}")?;
        for c in of_kind {
            writeln!(
                out,
                "    {:>3}× {:<28} {} ({})",
                c.count,
                c.entity.id(),
                c.entity.name_ar(),
                c.entity.name_en()
            )?;
        }
    }
    writeln!(out, "\nquotes")?;
    for q in a.quotes() {
        let speaker = match &q.speaker {
            Some(s) => match &s.entity {
                Some(e) => format!("{} [{}]", s.span.slice(text), e.id()),
                None => s.span.slice(text).to_string(),
            },
            None => "—".to_string(),
        };
        writeln!(
            out,
            "  {:<9} {}\n            speaker: {}{}{}",
            format!("{:?}", q.kind),
            clip(q.content.slice(text), 90),
            speaker,
            q.agent
                .as_ref()
                .map(|ag| format!("  (position of {})", ag.span.slice(text)))
                .unwrap_or_default(),
            q.rule
                .map(|r| format!("  [{r:?}, {:.2}]", r.confidence()))
                .unwrap_or_default()
        )?;
    }
    if !a.related_quotes().is_empty() || !a.related_mentions().is_empty() {
        writeln!(
            out,
            "\noutside the article's own text (related articles, tails): {} entity mentions, {} quotes \
             (use --include-related to merge)",
            a.related_mentions().len(),
            a.related_quotes().len()
        )?;
    }
    Ok(())
}

/// One input line → one output line.
fn process_line(parser: &Parser, line: &[u8], tokens: bool) -> (String, bool) {
    // `{"id": …, "error": …}` with the id first, like article records.
    let error = |id: Value, msg: String| -> (String, bool) {
        (
            format!("{{\"id\":{id},\"error\":{}}}", Value::String(msg)),
            true,
        )
    };
    let line = match std::str::from_utf8(line) {
        Ok(l) => l,
        Err(e) => {
            return error(
                Value::Null,
                format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            )
        }
    };
    let mut obj = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return error(Value::Null, "the line is not a JSON object".into()),
        Err(e) => return error(Value::Null, format!("invalid JSON: {e}")),
    };
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    let text = match obj.remove("text") {
        Some(Value::String(t)) => t,
        Some(_) => return error(id, "`text` is not a string".into()),
        None => return error(id, "no `text` field".into()),
    };
    let article = parser.parse(&text);
    // Build the output by hand around the article's JSON, keeping the input's other fields.
    let mut out = String::with_capacity(text.len() * 4 + 64);
    out.push('{');
    out.push_str("\"id\":");
    out.push_str(&id.to_string());
    for (k, v) in &obj {
        if k == "id" {
            continue;
        }
        out.push(',');
        out.push_str(&Value::String(k.clone()).to_string());
        out.push(':');
        out.push_str(&v.to_string());
    }
    out.push_str(",\"article\":");
    match serde_json::to_string(&article.json(JsonOptions { tokens })) {
        Ok(j) => out.push_str(&j),
        Err(e) => return error(id, format!("cannot serialize: {e}")),
    }
    out.push('}');
    (out, false)
}

/// The streaming mode: a reader, `threads` parsers and a writer joined by bounded channels. Lines
/// travel in batches (up to 64 lines or 256 KiB; a batch goes as soon as no more input is waiting,
/// so a trickle of lines is answered line by line). At most `window` batches are in flight (read
/// but not yet written), so memory stays bounded whatever the input size, and one slow article
/// never stalls the other parsers.
fn run_jsonl(parser: &Parser, opts: &Options) -> std::io::Result<()> {
    use std::sync::mpsc::sync_channel;
    use std::sync::Mutex;

    /// Lines go to the workers in batches of up to this many lines or bytes, so that a thread
    /// wakes once per batch rather than once per line (a wake-up costs a system call).
    const BATCH_LINES: usize = 64;
    const BATCH_BYTES: usize = 256 << 10;

    let threads = opts.threads;
    let window = threads * 8; // batches in flight
    let progress = std::io::stderr().is_terminal();
    let start = Instant::now();
    // Permits bound the batches in flight: the reader takes one per batch, the writer returns one
    // per batch written.
    let (permit_tx, permit_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        permit_tx
            .send(())
            .expect("the channel holds `window` permits");
    }
    let (work_tx, work_rx) = sync_channel::<(u64, Vec<Vec<u8>>)>(window);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = sync_channel::<(u64, Vec<(String, bool)>)>(window);
    let mut bytes = 0u64;
    let (lines, errors, written) =
        std::thread::scope(|s| -> std::io::Result<(u64, u64, std::io::Result<()>)> {
            for _ in 0..threads {
                let (work_rx, done_tx) = (&work_rx, done_tx.clone());
                s.spawn(move || loop {
                    let job = work_rx
                        .lock()
                        .expect("no parser panics holding the lock")
                        .recv();
                    let Ok((seq, batch)) = job else { break };
                    let out = batch
                        .iter()
                        .map(|line| process_line(parser, line, opts.tokens))
                        .collect();
                    if done_tx.send((seq, out)).is_err() {
                        break; // the writer stopped (stdout failed)
                    }
                });
            }
            drop(done_tx);
            let writer = s.spawn(move || {
                let stdout = std::io::stdout();
                let mut out = std::io::BufWriter::with_capacity(1 << 20, stdout.lock());
                let mut pending: std::collections::BTreeMap<u64, Vec<(String, bool)>> =
                    Default::default();
                let (mut next, mut lines, mut errors) = (0u64, 0u64, 0u64);
                let mut result = Ok(());
                'all: for (seq, batch) in done_rx {
                    pending.insert(seq, batch);
                    while let Some(batch) = pending.remove(&next) {
                        for (line, is_error) in batch {
                            if let Err(e) = out
                                .write_all(line.as_bytes())
                                .and_then(|_| out.write_all(b"\n"))
                            {
                                result = Err(e);
                                break 'all;
                            }
                            lines += 1;
                            errors += is_error as u64;
                        }
                        next += 1;
                        // Input that trickles in is answered line by line, not held in a buffer.
                        if let Err(e) = out.flush() {
                            result = Err(e);
                            break 'all;
                        }
                        let _ = permit_tx.send(());
                        if progress {
                            let secs = start.elapsed().as_secs_f64().max(1e-9);
                            eprint!(
                                "\r{lines} lines, {errors} errors, {:.0} lines/s   ",
                                lines as f64 / secs
                            );
                        }
                    }
                }
                let flushed = out.flush();
                (lines, errors, result.and(flushed))
            });
            // The reader: this thread. A batch is sent when it is full, or as soon as no more
            // input is waiting (so that a line that trickles in is not held back for the next).
            let stdin = std::io::stdin();
            // (Our own buffer, to see whether more input is already waiting.)
            let mut input = std::io::BufReader::with_capacity(1 << 16, stdin.lock());
            let mut seq = 0u64;
            let mut read_result = Ok(());
            let mut at_end = false;
            while !at_end {
                if permit_rx.recv().is_err() {
                    break; // the writer stopped
                }
                let mut batch = Vec::new();
                let mut batch_bytes = 0;
                while batch.len() < BATCH_LINES && batch_bytes < BATCH_BYTES {
                    if !batch.is_empty() && input.buffer().is_empty() {
                        break; // nothing more waiting: send what we have
                    }
                    let mut buf = Vec::new();
                    match input.read_until(b'\n', &mut buf) {
                        Ok(0) => {
                            at_end = true;
                            break;
                        }
                        Ok(n) => {
                            bytes += n as u64;
                            batch_bytes += n;
                        }
                        Err(e) => {
                            read_result = Err(e);
                            at_end = true;
                            break;
                        }
                    }
                    while matches!(buf.last(), Some(b'\n' | b'\r')) {
                        buf.pop();
                    }
                    batch.push(buf);
                }
                if batch.is_empty() {
                    break;
                }
                if work_tx.send((seq, batch)).is_err() {
                    break;
                }
                seq += 1;
            }
            drop(work_tx);
            let (lines, errors, written) = writer.join().expect("the writer does not panic");
            read_result?;
            Ok((lines, errors, written))
        })?;
    written?;
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    if progress {
        eprintln!();
    }
    eprintln!(
        "parse --jsonl: {lines} lines, {errors} errors, {:.1} MB in {:.2} s ({:.1} MB/s wall clock, \
         waiting for input included; {threads} threads)",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / secs / 1e6
    );
    Ok(())
}
