//! `frontdesk completions SHELL` and `frontdesk man`: both made from the command line's own
//! definition, so they cannot drift from it. Completions also offer the profiles config.toml
//! names when they are made (cheap: no command runs while the agent presses tab).

use std::io::Write;

use clap::CommandFactory;
use clap::builder::PossibleValuesParser;

use super::Cli;

/// The shells completions are made for.
pub use clap_complete::Shell;

/// The views every desk starts with, offered after `ls` besides the profiles' own.
const DEFAULT_VIEWS: [&str; 4] = ["Mine", "Unassigned", "All open", "Quick wins"];

/// Writes the completion script for `shell`, offering `profiles` after `--profile` and
/// `views` (the profiles' own, besides every desk's defaults) after `ls`.
pub fn completions(shell: Shell, profiles: &[String], views: &[String], out: &mut impl Write) {
    let mut command = Cli::command();
    if !profiles.is_empty() {
        let names = PossibleValuesParser::new(profiles.to_vec());
        command = command.mut_arg("profile", |arg| arg.value_parser(names));
    }
    let mut offered: Vec<String> = DEFAULT_VIEWS.iter().map(|v| v.to_string()).collect();
    for view in views {
        if !offered.contains(view) {
            offered.push(view.clone());
        }
    }
    command = command.mut_subcommand("ls", |ls| {
        ls.mut_arg("view", |arg| {
            arg.value_parser(PossibleValuesParser::new(offered))
        })
    });
    clap_complete::generate(shell, &mut command, "frontdesk", out);
}

/// Writes the man page (roff): the options, and each command with what it does.
pub fn man(out: &mut impl Write) -> std::io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(shell: Shell) -> String {
        let mut out = Vec::new();
        completions(
            shell,
            &["work".into(), "staging".into()],
            &["Billing EU".into()],
            &mut out,
        );
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn completions_know_the_commands_and_the_profiles() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let text = script(shell);
            let option = if shell == Shell::Fish {
                "-l profile"
            } else {
                "--profile"
            };
            for word in [
                "doctor",
                "login",
                "cache",
                "completions",
                "reply",
                "outbox",
                option,
                "work",
                "staging",
            ] {
                assert!(text.contains(word), "{shell}: no {word}");
            }
            if shell == Shell::Fish {
                // clap_complete's fish script completes options' values, not positionals.
                continue;
            }
            // Views after `ls`; a name with a space quoted each shell's way.
            assert!(text.contains("Unassigned"), "{shell}: no views");
            assert!(
                ["Billing EU", "Billing\\ EU"]
                    .iter()
                    .any(|w| text.contains(w)),
                "{shell}: no Billing EU"
            );
        }
    }

    #[test]
    fn the_man_page_names_every_command() {
        let mut out = Vec::new();
        man(&mut out).expect("man page");
        let page = String::from_utf8(out).expect("utf-8");
        assert!(
            page.starts_with(".ie") || page.contains(".TH frontdesk"),
            "{page}"
        );
        for word in [
            "doctor",
            "login",
            "logout",
            "cache",
            "completions",
            "\\-\\-profile",
        ] {
            assert!(page.contains(word), "no {word}");
        }
    }
}
