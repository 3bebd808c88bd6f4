//! `check --shard K/N` and `probity merge`: a run split into shards and merged back gives the
//! very bytes of a single run, in every format; shard sets that cannot add up to one run are
//! refused with a clear message and exit 2.
//!
//! The archive is built in a temporary folder and checked from inside it with relative
//! paths, so display paths (and so the shard each file falls in) are the same on every run.

use assert_cmd::Command;
use probity::shard::Shard;
use std::fs;
use std::path::{Path, PathBuf};

const AS_OF: &str = "2026-01-31";

fn probity(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("probity").unwrap();
    cmd.env("NO_COLOR", "1").current_dir(dir);
    cmd
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The shipped sample, broken files and registers, plus a marked pack and two documents
/// sharing a contract reference, each spread over several shards so the merge must rejoin
/// them.
fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    for sub in ["sample", "broken", "sheets"] {
        copy_tree(&root.join(sub), &dir.path().join("archive").join(sub));
    }
    let pack = dir.path().join("archive/split-pack");
    fs::create_dir_all(&pack).unwrap();
    fs::write(pack.join("probity-pack.toml"), "").unwrap();
    fs::write(
        pack.join("core-terms.txt"),
        "This Contract is made between Eastshire Council (the \"Council\") and Split Pack Care Ltd (the \"Provider\").\n\n\
         1.1 The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life.\n",
    )
    .unwrap();
    fs::write(
        pack.join("schedule-2.txt"),
        "Schedule 2: Complaints\n\n2.1 The Provider shall operate a complaints procedure and report the number of complaints received to the Council each quarter.\n",
    )
    .unwrap();
    fs::write(
        pack.join("schedule-3.txt"),
        "Schedule 3: Conduct\n\n3.1 The Provider shall adopt and maintain a written code of conduct for its Staff.\n",
    )
    .unwrap();
    for (name, text) in [
        ("c900-terms.txt", "Contract Reference: C-900\n\nThis Contract is made between Westshire Council (the \"Council\") and Shared Ref Ltd (the \"Provider\").\n\n1.1 The Provider shall comply with the Nolan Principles.\n"),
        ("c900-schedule-1.txt", "Contract Reference: C-900\n\nSchedule 1\n\n1.1 The Provider shall maintain a register of interests of its Staff and give it to the Council on request.\n"),
    ] {
        fs::write(dir.path().join("archive").join(name), text).unwrap();
    }
    fs::write(dir.path().join("archive").join("~$lock.docx"), b"x").unwrap();
    dir
}

fn shard_files(dir: &Path, count: u32, extra: &[&str]) -> Vec<PathBuf> {
    (0..count)
        .map(|k| {
            let out = dir.join(format!("shard-{k}.jsonl"));
            let status = probity(dir)
                .args(["check", "archive", "--as-of", AS_OF, "--fail-on", "never"])
                .args(["--format", "jsonl", "--shard", &format!("{k}/{count}")])
                .args(extra)
                .arg("-o")
                .arg(&out)
                .output()
                .unwrap()
                .status;
            // 2 when the shard holds one of the broken files (the file is still written), else
            // 0: gaps never fail a shard with --fail-on never.
            assert!(matches!(status.code(), Some(0 | 2)), "{status:?}");
            assert!(out.is_file());
            out
        })
        .collect()
}

fn shards_of(count: u32, paths: &[&str]) -> Vec<u32> {
    let mut shards: Vec<u32> = paths
        .iter()
        .map(|p| {
            (0..count)
                .find(|&index| Shard { index, count }.holds(p))
                .unwrap()
        })
        .collect();
    shards.sort();
    shards.dedup();
    shards
}

#[test]
fn three_shards_merged_equal_one_run_byte_for_byte() {
    let dir = archive();
    let dir = dir.path();
    // The test means something only if whole-run joins really are cut apart by the split.
    assert!(
        shards_of(
            3,
            &[
                "archive/split-pack/core-terms.txt",
                "archive/split-pack/schedule-2.txt",
                "archive/split-pack/schedule-3.txt"
            ]
        )
        .len()
            > 1,
        "the marked pack must span shards"
    );
    assert_eq!(
        shards_of(
            3,
            &["archive/c900-terms.txt", "archive/c900-schedule-1.txt"]
        )
        .len(),
        2,
        "the shared reference must span shards"
    );
    let shards = shard_files(dir, 3, &["-j", "1"]);
    for format in ["json", "text", "sarif", "jsonl", "csv", "junit", "html"] {
        let single = probity(dir)
            .args(["check", "archive", "--as-of", AS_OF, "--format", format])
            .output()
            .unwrap();
        let merged = probity(dir)
            .args(["merge", "--format", format])
            .args(shards.iter().rev())
            .output()
            .unwrap();
        assert_eq!(
            merged.status.code(),
            single.status.code(),
            "{format}: {}",
            String::from_utf8_lossy(&merged.stderr)
        );
        assert!(single.stdout.len() > 1000, "{format}");
        assert!(
            single.stdout == merged.stdout,
            "{format}: merged output differs from the single run"
        );
    }
    // The joins that span shards came out whole: each is one contract of one provider.
    let single: serde_json::Value = serde_json::from_slice(
        &probity(dir)
            .args(["merge", "--format", "json"])
            .args(&shards)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let contracts_of = |name: &str| -> Vec<String> {
        single["providers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name} missing"))["contracts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(contracts_of("Split Pack Care Ltd").len(), 3);
    assert_eq!(contracts_of("Shared Ref Ltd").len(), 2);
}

#[test]
fn a_shard_holds_only_its_share_and_every_input_is_in_one_shard() {
    let dir = archive();
    let dir = dir.path();
    let shards = shard_files(dir, 3, &[]);
    let mut all: Vec<String> = Vec::new();
    for (k, file) in shards.iter().enumerate() {
        let text = fs::read_to_string(file).unwrap();
        let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert_eq!(first["type"], "shard");
        assert_eq!(first["shard"]["index"], k);
        assert_eq!(first["shard"]["count"], 3);
        assert_eq!(first["as_of"], AS_OF);
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if v["type"] == "result" {
                let path = v["outcome"]["path"].as_str().unwrap().to_string();
                assert!(
                    Shard {
                        index: k as u32,
                        count: 3
                    }
                    .holds(&path),
                    "{path}"
                );
                all.push(path);
            }
        }
    }
    let single: serde_json::Value = serde_json::from_slice(
        &probity(dir)
            .args(["check", "archive", "--format", "json", "--as-of", AS_OF])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let mut expected: Vec<String> = single["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["path"].as_str().unwrap().to_string())
        .collect();
    all.sort();
    expected.sort();
    assert_eq!(all, expected);
}

fn merge_error(dir: &Path, args: &[&Path]) -> String {
    let out = probity(dir).arg("merge").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no report from a refused merge");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn merges_that_cannot_equal_one_run_are_refused() {
    let dir = archive();
    let dir = dir.path();
    let shards = shard_files(dir, 3, &[]);
    let (s0, s1, s2) = (&shards[0], &shards[1], &shards[2]);

    let missing = merge_error(dir, &[s0, s2]);
    assert!(missing.contains("shard 1 of 3 missing"), "{missing}");

    let twice = merge_error(dir, &[s0, s1, s1, s2]);
    assert!(twice.contains("shard 1/3 given twice"), "{twice}");

    // A shard run on another day.
    let late = dir.join("late.jsonl");
    probity(dir)
        .args([
            "check",
            "archive",
            "--as-of",
            "2026-02-01",
            "--format",
            "jsonl",
        ])
        .args(["--shard", "1/3", "-o"])
        .arg(&late)
        .output()
        .unwrap();
    let dates = merge_error(dir, &[s0, &late, s2]);
    assert!(dates.contains("as-of date differs"), "{dates}");

    // A shard run with a rule switched off.
    fs::write(dir.join("off.toml"), "[rules]\n\"ES-04\" = \"off\"\n").unwrap();
    let other = dir.join("other-pack.jsonl");
    probity(dir)
        .args(["check", "archive", "--as-of", AS_OF, "--format", "jsonl"])
        .args(["--config", "off.toml", "--shard", "1/3", "-o"])
        .arg(&other)
        .output()
        .unwrap();
    let pack = merge_error(dir, &[s0, &other, s2]);
    assert!(pack.contains("rule pack differs"), "{pack}");
    // All shards alike, but merged with another pack than theirs.
    let out = probity(dir)
        .args(["merge", "--config", "off.toml"])
        .args(&shards)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("different rule pack"), "{stderr}");

    // A shard over a different tree.
    fs::write(dir.join("archive/late-arrival.txt"), "The Provider shall.").unwrap();
    let grown = dir.join("grown.jsonl");
    probity(dir)
        .args(["check", "archive", "--as-of", AS_OF, "--format", "jsonl"])
        .args(["--shard", "1/3", "-o"])
        .arg(&grown)
        .output()
        .unwrap();
    let tree = merge_error(dir, &[s0, &grown, s2]);
    assert!(tree.contains("set of discovered files differs"), "{tree}");

    // A shard file cut short at a line boundary, and one cut mid-line.
    let text = fs::read_to_string(s1).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let cut = dir.join("cut.jsonl");
    fs::write(&cut, lines[..lines.len() - 2].join("\n")).unwrap();
    let short = merge_error(dir, &[s0, &cut, s2]);
    assert!(short.contains("incomplete shard file"), "{short}");
    fs::write(&cut, &text[..text.len() - 40]).unwrap();
    let mid = merge_error(dir, &[s0, &cut, s2]);
    assert!(mid.contains("cut.jsonl:"), "{mid}");

    // An ordinary JSON Lines report is not a shard.
    let plain = dir.join("plain.jsonl");
    probity(dir)
        .args([
            "check", "archive", "--as-of", AS_OF, "--format", "jsonl", "-o",
        ])
        .arg(&plain)
        .output()
        .unwrap();
    let not_shard = merge_error(dir, &[&plain]);
    assert!(
        not_shard.contains("not a probity shard file"),
        "{not_shard}"
    );
}

#[test]
fn bad_shard_arguments_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["3/3", "0/0", "1", "x/3", "-1/3"] {
        let out = probity(dir.path())
            .args(["check", ".", &format!("--shard={bad}")])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--shard"), "{bad}: {stderr}");
    }
}
