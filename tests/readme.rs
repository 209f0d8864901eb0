//! The README's two commands are the ones that work: the demo command is the one the first
//! start suggests, and the test command is what CI runs.

use std::path::Path;

fn root(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The commands of the README's "Two commands" block, without their comments.
fn two_commands() -> Vec<String> {
    let readme = root("README.md");
    let section = readme
        .split("## Two commands")
        .nth(1)
        .expect("a Two commands section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block");
    block
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn the_readme_gives_the_demo_and_the_test_command_near_the_top() {
    let commands = two_commands();
    assert_eq!(
        commands,
        ["cargo run --release -- --demo", "scripts/test"],
        "the README's two commands"
    );
    let readme = root("README.md");
    let at = readme.find("## Two commands").expect("section");
    assert!(
        readme[..at].lines().count() < 20,
        "the two commands come before anything long"
    );
}

#[test]
fn ci_runs_the_readme_s_test_command() {
    let ci = root(".ci/run");
    let test = &two_commands()[1];
    assert!(
        ci.lines().any(|l| l.trim() == format!("exec bash {test}")),
        ".ci/run runs {test}:\n{ci}"
    );
}

#[test]
fn the_first_start_suggests_the_readme_s_demo() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .env("XDG_CONFIG_HOME", tempfile::tempdir().expect("dir").path())
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("FRONTDESK_PROFILE")
        .env_remove("FRONTDESK_BACKEND")
        .env_remove("FRONTDESK_CONFIG")
        .output()
        .expect("frontdesk");
    let said = String::from_utf8_lossy(&out.stdout);
    // `cargo run --release --` stands for the built binary.
    let demo = two_commands()[0].replace("cargo run --release --", "frontdesk");
    assert!(said.contains(&demo), "{said}");
}

/// The anchors a page's headings make, as GitHub makes them: lower case, punctuation
/// dropped, spaces as hyphens.
fn anchors(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix('#'))
        .map(|h| {
            h.trim_start_matches('#')
                .trim()
                .to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
                .map(|c| if c == ' ' { '-' } else { c })
                .collect()
        })
        .collect()
}

/// Every relative link in the README and the pages of docs/ leads to a file that is there,
/// and to a heading in it where it names one.
#[test]
fn every_link_between_the_pages_leads_to_a_page() {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![top.join("README.md")];
    for dir in [top.join("docs"), top.join("docs/desks")] {
        for entry in std::fs::read_dir(&dir).expect("docs").flatten() {
            if entry.path().extension().is_some_and(|e| e == "md") {
                pages.push(entry.path());
            }
        }
    }
    for page in pages {
        let text = std::fs::read_to_string(&page).expect("page");
        let here = page.parent().expect("folder");
        for link in text.split("](").skip(1) {
            let link = link.split(')').next().unwrap_or_default();
            if link.starts_with("http") {
                continue;
            }
            let (target, anchor) = link.split_once('#').unwrap_or((link, ""));
            let file = if target.is_empty() {
                page.clone()
            } else {
                here.join(target)
            };
            assert!(
                file.exists(),
                "{} links to {target}, which is not there",
                page.display()
            );
            if !anchor.is_empty() {
                let text = std::fs::read_to_string(&file).expect("linked page");
                assert!(
                    anchors(&text).iter().any(|a| a == anchor),
                    "{} links to {link}, a heading that is not there",
                    page.display()
                );
            }
        }
    }
}
