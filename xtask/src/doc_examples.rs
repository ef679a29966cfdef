//! The documentation's examples run: every fenced block of README.md, CONTRIBUTING.md, docs/*.md,
//! python/README.md and dotnet/README.md that shows a command or code is run against the built tree by
//! `cargo xtask test` (after `cargo xtask build`), or is marked in the Markdown as not runnable, with the
//! reason. The convention is written up in CONTRIBUTING.md ("Examples in the documentation"); in short:
//!
//! - ```` ```sh ```` runs as one `sh -e` script from the checkout's root;
//! - ```` ```console ```` runs each `$ command` in a scratch directory and compares what it prints (standard
//!   output and error) with the lines shown under it;
//! - ```` ```c ```` is compiled with the header against the static library, with a stand-in for the vendor
//!   SDK, and run; every line it prints must appear in one of its comments;
//! - ```` ```python ```` runs with the installed wheel and the stand-in (`xtask/doc-examples/python_block.py`):
//!   an expression followed by a comment that starts with a value (`# 'Cannot find user.'`) must give it;
//! - ```` ```csharp ```` is compiled against the package's assembly and run, where Mono is installed;
//! - ```` ```rust ```` runs as a doctest of the `bs-errno` crate (src/lib.rs includes the page);
//! - an HTML comment `<!-- example: DIRECTIVE -->` right above a block changes that: `skip: REASON`,
//!   `run by .ci/run`, `quotes FILE`, `replace OLD => NEW`, `in scratch`, `file NAME` (see [`Directive`]).
//!
//! Other blocks (```` ```text ````, output shapes) are not examples.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

/// A fenced block of a Markdown page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The page, relative to the checkout ("docs/cli.md").
    pub page: String,
    /// The line of the opening fence, from 1.
    pub line: usize,
    /// The info string's first word ("sh", "console", "c"), or "" for none.
    pub lang: String,
    /// The lines between the fences, without the fence's indentation, each ending in '\n'.
    pub text: String,
    pub directives: Vec<Directive>,
}

impl Block {
    fn name(&self) -> String {
        format!("{}:{} ({})", self.page, self.line, self.lang)
    }
}

/// What an `<!-- example: ... -->` comment right above a block says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Directive {
    /// `skip: REASON`: not run; the run lists it with the reason.
    Skip(String),
    /// `run by .ci/run`: CI runs these commands itself (the quick start); each must be a line of .ci/run.
    Ci,
    /// `quotes FILE`: the block quotes FILE: each of its lines is in FILE (whitespace collapsed).
    Quotes(String),
    /// `replace OLD => NEW`: run with OLD replaced by NEW (for a path such as /opt/bs-errno, or a
    /// benchmark's smoke flag); NEW may use `$SCRATCH` (the page's scratch directory) and `$CHECKOUT`.
    Replace(String, String),
    /// `in scratch`: a ```sh block runs in the page's scratch directory instead of the checkout.
    InScratch,
    /// `file NAME`: the block is written to NAME in the page's scratch directory for a later block to
    /// use; it is not run itself.
    File(String),
}

impl Directive {
    fn parse(text: &str) -> Result<Directive, String> {
        let text = text.trim();
        if let Some(reason) = text.strip_prefix("skip:") {
            let reason = reason.trim();
            if reason.is_empty() {
                return Err("`skip:` needs a reason".into());
            }
            return Ok(Directive::Skip(reason.to_string()));
        }
        if text == "run by .ci/run" {
            return Ok(Directive::Ci);
        }
        if text == "in scratch" {
            return Ok(Directive::InScratch);
        }
        if let Some(file) = text.strip_prefix("quotes ") {
            return Ok(Directive::Quotes(file.trim().to_string()));
        }
        if let Some(name) = text.strip_prefix("file ") {
            let name = name.trim();
            if name.is_empty() || name.contains('/') || name.starts_with('.') {
                return Err(format!("`file {name}`: a plain file name"));
            }
            return Ok(Directive::File(name.to_string()));
        }
        if let Some(rest) = text.strip_prefix("replace ") {
            let (old, new) = rest
                .split_once(" => ")
                .ok_or_else(|| format!("`replace {rest}`: write `replace OLD => NEW`"))?;
            if old.trim().is_empty() {
                return Err("`replace`: OLD is empty".into());
            }
            return Ok(Directive::Replace(old.trim().to_string(), new.trim().to_string()));
        }
        Err(format!(
            "unknown directive `{text}` (skip: REASON | run by .ci/run | quotes FILE | replace OLD => NEW | in scratch | file NAME)"
        ))
    }
}

const DIRECTIVE_START: &str = "<!-- example:";

/// The fenced blocks of one page, with their directives. A directive comment must stand directly above a
/// fence (other directives may stand between); anything else is an error, so a misplaced one cannot
/// silently stop applying.
pub fn blocks(page: &str, markdown: &str) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let mut pending: Vec<(usize, Directive)> = Vec::new();
    // Inside a block: its indentation, fence, start line, language and text so far.
    let mut open: Option<(String, String, usize, String, String)> = None;
    for (index, line) in markdown.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if let Some((block_indent, fence, start, lang, text)) = &mut open {
            let content = line.strip_prefix(block_indent.as_str()).unwrap_or(trimmed);
            if trimmed.starts_with(fence.as_str()) && trimmed.trim_start_matches('`').trim().is_empty() {
                let directives = pending.drain(..).map(|(_, d)| d).collect();
                blocks.push(Block {
                    page: page.to_string(),
                    line: *start,
                    lang: std::mem::take(lang),
                    text: std::mem::take(text),
                    directives,
                });
                open = None;
            } else {
                text.push_str(content);
                text.push('\n');
            }
            continue;
        }
        if let Some(comment) = trimmed.strip_prefix(DIRECTIVE_START) {
            let body = comment
                .trim_end()
                .strip_suffix("-->")
                .ok_or_else(|| format!("{page}:{number}: a directive comment ends on its own line with -->"))?;
            let directive = Directive::parse(body).map_err(|e| format!("{page}:{number}: {e}"))?;
            pending.push((number, directive));
            continue;
        }
        if trimmed.starts_with("```") {
            let fence_len = trimmed.len() - trimmed.trim_start_matches('`').len();
            let info = trimmed[fence_len..].trim();
            let lang = info.split_whitespace().next().unwrap_or("").to_string();
            open = Some((indent.to_string(), "`".repeat(fence_len), number, lang, String::new()));
            continue;
        }
        if let Some((at, _)) = pending.first() {
            return Err(format!(
                "{page}:{at}: an example directive must stand right above a fenced block"
            ));
        }
    }
    if let Some((_, _, start, _, _)) = open {
        return Err(format!("{page}:{start}: a fenced block that never closes"));
    }
    if let Some((at, _)) = pending.first() {
        return Err(format!(
            "{page}:{at}: an example directive must stand right above a fenced block"
        ));
    }
    Ok(blocks)
}

/// The pages whose examples run, relative to the checkout, in order.
pub fn pages(root: &Path) -> Result<Vec<String>, String> {
    let mut pages = vec!["README.md".to_string(), "CONTRIBUTING.md".to_string()];
    let docs = root.join("docs");
    let mut in_docs: Vec<String> = std::fs::read_dir(&docs)
        .map_err(|e| format!("{}: {e}", docs.display()))?
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.ends_with(".md"))
        .map(|name| format!("docs/{name}"))
        .collect();
    in_docs.sort();
    pages.extend(in_docs);
    for other in ["python/README.md", "dotnet/README.md"] {
        if root.join(other).is_file() {
            pages.push(other.to_string());
        }
    }
    Ok(pages)
}

/// The lines of a ```console block: each `$ command` with the lines shown under it.
pub fn console_commands(block: &Block) -> Result<Vec<(String, Vec<String>)>, String> {
    let mut commands: Vec<(String, Vec<String>)> = Vec::new();
    for line in block.text.lines() {
        if let Some(command) = line.strip_prefix("$ ") {
            commands.push((command.to_string(), Vec::new()));
        } else if let Some((_, output)) = commands.last_mut() {
            output.push(line.to_string());
        } else {
            return Err(format!("{}: output before the first `$ command`", block.name()));
        }
    }
    if commands.is_empty() {
        return Err(format!("{}: a console block without a `$ command`", block.name()));
    }
    Ok(commands)
}

/// The commands of a shell block, without comments and blank lines (a line ending in `\` continues).
pub fn shell_commands(text: &str) -> Vec<String> {
    let mut commands = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = strip_shell_comment(line).trim_end();
        if let Some(head) = line.strip_suffix('\\') {
            current.push_str(head.trim());
            current.push(' ');
            continue;
        }
        current.push_str(line.trim());
        let command = current.trim().to_string();
        if !command.is_empty() {
            commands.push(command);
        }
        current.clear();
    }
    commands
}

/// A shell line without its trailing `# comment` (a `#` that starts a word, outside quotes).
fn strip_shell_comment(line: &str) -> &str {
    let (mut single, mut double) = (false, false);
    let mut previous = ' ';
    for (at, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && previous.is_whitespace() => return &line[..at],
            _ => {}
        }
        previous = c;
    }
    line
}

/// The texts of the comments of a C or C# block (`/* ... */` and `// ...`).
pub fn c_comments(text: &str) -> Vec<String> {
    let mut comments = Vec::new();
    let mut rest = text;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                let after = &rest[b + 2..];
                let end = after.find("*/").unwrap_or(after.len());
                comments.push(after[..end].trim().to_string());
                rest = &after[(end + 2).min(after.len())..];
            }
            (_, Some(l)) => {
                let after = &rest[l + 2..];
                let end = after.find('\n').unwrap_or(after.len());
                comments.push(after[..end].trim().to_string());
                rest = &after[end..];
            }
            _ => return comments,
        }
    }
}

/// Whether a C block is a whole translation unit (it defines a function at file scope), rather than
/// statements to run as the body of `main`.
pub fn defines_a_function(text: &str) -> bool {
    text.lines().any(|line| {
        let starts_at_column_0 = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
        let first_word = line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next();
        starts_at_column_0
            && !matches!(
                first_word,
                Some("if" | "for" | "while" | "switch" | "else" | "do" | "return")
            )
            && line.trim_end().ends_with('{')
            && line.contains('(')
            && !line.contains(';')
            && !line.contains('=')
    })
}

/// Commands a shell block cannot run: the runner runs inside the first two, after the build.
const RUNS_THE_RUNNER: [&str; 3] = ["cargo xtask build", "cargo xtask test", "cargo xtask doc-examples"];

/// Whitespace collapsed to single spaces, for comparing a quotation with its file.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------------------------------------
// Running them.

/// Where the built tree is: what the examples run against.
pub struct Tree {
    pub root: PathBuf,
    /// build/tools/bin: CMake, ctest, Ninja, pkg-config (the quick start's tools).
    pub tools_bin: PathBuf,
    /// The interpreter of build/venv-test, where the python suite installed the wheel.
    pub wheel_python: PathBuf,
    /// The C build's library directory (build/cmake/lib).
    pub library_dir: PathBuf,
    /// Where cargo put the `bs-errno` command (target/release).
    pub command_dir: PathBuf,
    /// A directory of the runner's own, emptied first (build/doc-examples).
    pub scratch: PathBuf,
}

/// What happened to every example.
#[derive(Default)]
pub struct Report {
    pub ran: Vec<String>,
    /// Not run by design, as the Markdown says: "page:line (lang): reason".
    pub not_run: Vec<String>,
    /// Not run because a tool is missing: "page:line (lang): what it needs".
    pub missing_tool: Vec<String>,
    pub failed: Vec<String>,
}

enum Outcome {
    Ran(String),
    NotRun(String),
    MissingTool(String),
    Failed(String),
}

/// Runs the examples of every page (or of `only`, pages given relative to the checkout) and reports each.
pub fn run(tree: &Tree, only: &[String]) -> Result<Report, String> {
    let _ = std::fs::remove_dir_all(&tree.scratch);
    std::fs::create_dir_all(&tree.scratch).map_err(|e| format!("{}: {e}", tree.scratch.display()))?;
    let mut context = Context::new(tree)?;
    let mut report = Report::default();
    let mut count = 0;
    for page in pages(&tree.root)? {
        if !only.is_empty() && !only.contains(&page) {
            continue;
        }
        let path = tree.root.join(&page);
        let markdown = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if let Some(line) = markdown
            .lines()
            .position(|l| l.starts_with("<<<<<<< ") || l.starts_with(">>>>>>> "))
        {
            println!("FAILED   {page}:{}: a merge conflict marker", line + 1);
            report.failed.push(format!("{page}:{}", line + 1));
        }
        let page_scratch = tree.scratch.join(page.replace('/', "_"));
        std::fs::create_dir_all(&page_scratch).map_err(|e| format!("{}: {e}", page_scratch.display()))?;
        for block in blocks(&page, &markdown)? {
            if matches!(block.lang.as_str(), "" | "text") {
                continue;
            }
            count += 1;
            let started = Instant::now();
            let outcome = context.run_block(&block, &page_scratch);
            let name = block.name();
            match outcome {
                Outcome::Ran(what) => {
                    println!("ok       {name}: {what} ({:.1} s)", started.elapsed().as_secs_f64());
                    report.ran.push(name);
                }
                Outcome::NotRun(reason) => {
                    println!("not run  {name}: {reason}");
                    report.not_run.push(format!("{name}: {reason}"));
                }
                Outcome::MissingTool(reason) => {
                    println!("skipped  {name}: {reason}");
                    report.missing_tool.push(format!("{name}: {reason}"));
                }
                Outcome::Failed(why) => {
                    println!("FAILED   {name}: {why}");
                    report.failed.push(name);
                }
            }
        }
    }
    if only.is_empty() && count < 20 {
        return Err(format!(
            "only {count} examples found in the documentation: is the extraction broken?"
        ));
    }
    Ok(report)
}

struct Context<'a> {
    tree: &'a Tree,
    /// The directory holding the stand-in vendor library, once built.
    stand_in: Option<PathBuf>,
    /// A virtual environment of the runner's own for `pip` and `python3` in shell blocks, once made.
    venv: Option<PathBuf>,
    support: PathBuf,
}

/// A command's output, both streams, for a failure message (its last lines).
fn tail(out: &Output) -> String {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(30);
    let mut shown = String::new();
    for line in &lines[start..] {
        let _ = write!(shown, "\n    | {line}");
    }
    shown
}

fn capture(command: &mut Command) -> Result<Output, String> {
    command
        .output()
        .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))
}

fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// The .NET Standard facade of the Mono that `mcs` belongs to, which an assembly built for netstandard
/// needs as a reference.
fn mono_netstandard() -> Option<PathBuf> {
    let mcs = find_on_path("mcs")?.canonicalize().ok()?;
    let facade = mcs.parent()?.parent()?.join("lib/mono/4.5/Facades/netstandard.dll");
    facade.is_file().then_some(facade)
}

impl<'a> Context<'a> {
    fn new(tree: &'a Tree) -> Result<Self, String> {
        Ok(Context {
            tree,
            stand_in: None,
            venv: None,
            support: tree.root.join("xtask/doc-examples"),
        })
    }

    /// PATH for the examples: the runner's venv (if made), the quick start's tools, the command, then
    /// the caller's PATH.
    fn path(&self) -> std::ffi::OsString {
        let mut dirs: Vec<PathBuf> = Vec::new();
        if let Some(venv) = &self.venv {
            dirs.push(venv.join("bin"));
        }
        dirs.push(self.tree.tools_bin.clone());
        dirs.push(self.tree.command_dir.clone());
        if let Some(existing) = std::env::var_os("PATH") {
            dirs.extend(std::env::split_paths(&existing));
        }
        std::env::join_paths(dirs).unwrap_or_default()
    }

    fn command(&self, program: impl AsRef<std::ffi::OsStr>, page_scratch: &Path) -> Command {
        let mut command = Command::new(program);
        command
            .env("PATH", self.path())
            .env("SCRATCH", page_scratch)
            .env("CHECKOUT", &self.tree.root)
            .env_remove("BS_ERRNO_LIBRARY");
        if let Some(dir) = &self.stand_in {
            let mut dirs = vec![dir.clone()];
            if let Some(existing) = std::env::var_os("LD_LIBRARY_PATH") {
                dirs.extend(std::env::split_paths(&existing));
            }
            command.env("LD_LIBRARY_PATH", std::env::join_paths(dirs).unwrap_or_default());
        }
        command
    }

    /// The stand-in for the vendor SDK (xtask/doc-examples/stand_in_sdk.c) as libBS_SDK_V2.so.
    fn stand_in(&mut self) -> Result<PathBuf, String> {
        if let Some(dir) = &self.stand_in {
            return Ok(dir.clone());
        }
        let dir = self.tree.scratch.join("stand-in");
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let out = capture(
            Command::new("cc")
                .args(["-shared", "-fPIC", "-O1", "-o"])
                .arg(dir.join("libBS_SDK_V2.so"))
                .arg(self.support.join("stand_in_sdk.c")),
        )?;
        if !out.status.success() {
            return Err(format!("the stand-in SDK does not build:{}", tail(&out)));
        }
        self.stand_in = Some(dir.clone());
        Ok(dir)
    }

    /// A fresh virtual environment for the shell blocks, so that `pip install` never touches the system.
    fn venv(&mut self) -> Result<(), String> {
        if self.venv.is_some() {
            return Ok(());
        }
        let venv = self.tree.scratch.join("venv");
        let out = capture(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        if !out.status.success() {
            return Err(format!("python3 -m venv failed:{}", tail(&out)));
        }
        self.venv = Some(venv);
        Ok(())
    }

    fn run_block(&mut self, block: &Block, page_scratch: &Path) -> Outcome {
        let mut text = block.text.clone();
        for directive in &block.directives {
            match directive {
                Directive::Skip(reason) => return Outcome::NotRun(reason.clone()),
                Directive::Ci => return self.check_ci(block),
                Directive::Quotes(file) => return self.check_quote(block, file),
                Directive::File(name) => {
                    let path = page_scratch.join(name);
                    return match std::fs::write(&path, &block.text) {
                        Ok(()) => Outcome::Ran(format!("written to $SCRATCH/{name} for the blocks below")),
                        Err(e) => Outcome::Failed(format!("{}: {e}", path.display())),
                    };
                }
                Directive::Replace(old, new) => {
                    if !text.contains(old.as_str()) {
                        return Outcome::Failed(format!("`replace {old} => ...`: the block has no `{old}`"));
                    }
                    text = text.replace(old.as_str(), new);
                }
                Directive::InScratch => {}
            }
        }
        let in_scratch = block.directives.contains(&Directive::InScratch);
        if in_scratch && block.lang != "sh" {
            return Outcome::Failed("`in scratch` is for ```sh blocks".into());
        }
        let result = match block.lang.as_str() {
            "sh" => self.run_sh(
                &text,
                if in_scratch { page_scratch } else { &self.tree.root },
                page_scratch,
            ),
            "console" => self.run_console(block, &text, page_scratch),
            "c" => self.run_c(&text, page_scratch, block.line),
            "python" => self.run_python(&text, page_scratch, block.line),
            "csharp" => return self.run_csharp(&text, page_scratch, block.line),
            "rust" => self.check_doctest(block),
            other => Err(format!(
                "a ```{other} block is not run: mark it (`skip: REASON`, `quotes FILE` or `file NAME`)"
            )),
        };
        match result {
            Ok(what) => Outcome::Ran(what),
            Err(why) => Outcome::Failed(why),
        }
    }

    fn check_ci(&self, block: &Block) -> Outcome {
        let ci = match std::fs::read_to_string(self.tree.root.join(".ci/run")) {
            Ok(text) => text,
            Err(e) => return Outcome::Failed(format!(".ci/run: {e}")),
        };
        let lines: Vec<String> = ci.lines().map(|l| strip_shell_comment(l).trim().to_string()).collect();
        let commands = shell_commands(&block.text);
        let missing: Vec<&String> = commands.iter().filter(|c| !lines.contains(c)).collect();
        if commands.is_empty() || !missing.is_empty() {
            return Outcome::Failed(format!("not in .ci/run: {missing:?}"));
        }
        Outcome::NotRun(format!(
            "run by .ci/run, which has each of its {} commands",
            commands.len()
        ))
    }

    fn check_quote(&self, block: &Block, file: &str) -> Outcome {
        let text = match std::fs::read_to_string(self.tree.root.join(file)) {
            Ok(text) => collapse(&text),
            Err(e) => return Outcome::Failed(format!("{file}: {e}")),
        };
        let lines: Vec<String> = block.text.lines().map(collapse).filter(|l| !l.is_empty()).collect();
        match lines.iter().find(|line| !text.contains(line.as_str())) {
            None if !lines.is_empty() => Outcome::Ran(format!("each of its {} lines is in {file}", lines.len())),
            None => Outcome::Failed("an empty excerpt".into()),
            Some(line) => Outcome::Failed(format!("{file} has no `{line}`")),
        }
    }

    fn run_sh(&mut self, text: &str, cwd: &Path, page_scratch: &Path) -> Result<String, String> {
        self.venv()?;
        self.stand_in()?;
        let commands = shell_commands(text);
        if let Some(command) = commands.iter().find(|c| RUNS_THE_RUNNER.iter().any(|r| c.contains(r))) {
            return Err(format!(
                "`{command}`: the examples run inside `cargo xtask test`, against the tree `cargo xtask build` \
                 made; mark the quick start `run by .ci/run`, and give other commands a block of their own"
            ));
        }
        for command in &commands {
            println!("    $ {command}");
        }
        // bash, so that a failing command in a pipeline fails the block (`tail -f missing | bs-errno` must not
        // pass because bs-errno does).
        let out = capture(
            self.command("bash", page_scratch)
                .args(["-e", "-o", "pipefail", "-c"])
                .arg(text)
                .current_dir(cwd),
        )?;
        if !out.status.success() {
            return Err(format!("exited with {}:{}", out.status, tail(&out)));
        }
        Ok(format!("{} command(s)", commands.len()))
    }

    fn run_console(&mut self, block: &Block, text: &str, page_scratch: &Path) -> Result<String, String> {
        let edited = Block {
            text: text.to_string(),
            ..block.clone()
        };
        let commands = console_commands(&edited)?;
        for (command, expected) in &commands {
            let out = capture(
                self.command("sh", page_scratch)
                    .arg("-c")
                    .arg(format!("exec 2>&1\n{command}"))
                    .current_dir(page_scratch),
            )?;
            let printed = String::from_utf8_lossy(&out.stdout);
            let printed: Vec<&str> = printed.lines().collect();
            if printed != *expected {
                let mut why = format!("`{command}` printed:");
                for line in printed {
                    let _ = write!(why, "\n    | {line}");
                }
                why.push_str("\n  the page shows:");
                for line in expected {
                    let _ = write!(why, "\n    | {line}");
                }
                return Err(why);
            }
        }
        Ok(format!("{} command(s), output as shown", commands.len()))
    }

    fn run_c(&mut self, text: &str, page_scratch: &Path, line: usize) -> Result<String, String> {
        self.stand_in()?;
        let whole_file = defines_a_function(text);
        let (includes, body): (Vec<&str>, Vec<&str>) =
            text.lines().partition(|l| l.trim_start().starts_with("#include"));
        // What the examples' own includes would give a program: the header, stdio, the stand-in SDK.
        let mut source = String::from("#include <stdio.h>\n#include \"BS_Errno.h\"\n#include \"stand_in_sdk.h\"\n");
        if whole_file {
            source.push_str(text);
        } else {
            for include in includes {
                source.push_str(include);
                source.push('\n');
            }
            source.push_str("int main(void) {\n");
            for line in body {
                source.push_str(line);
                source.push('\n');
            }
            source.push_str("return 0;\n}\n");
        }
        let file = page_scratch.join(format!("example_{line}.c"));
        let program = page_scratch.join(format!("example_{line}"));
        std::fs::write(&file, &source).map_err(|e| format!("{}: {e}", file.display()))?;
        let mut cc = self.command("cc", page_scratch);
        cc.args([
            "-std=c11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-Wno-unused-variable",
            "-Wno-unused-function",
        ])
        .arg("-I")
        .arg(self.tree.root.join("include"))
        .arg("-I")
        .arg(&self.support)
        .arg(&file);
        if whole_file {
            cc.arg("-c").arg("-o").arg(program.with_extension("o"));
        } else {
            cc.arg(self.support.join("stand_in_sdk.c"))
                .arg(self.tree.library_dir.join("libbs_errno.a"))
                .arg("-o")
                .arg(&program);
        }
        let out = capture(&mut cc)?;
        if !out.status.success() {
            return Err(format!("does not compile ({}):{}", file.display(), tail(&out)));
        }
        if whole_file {
            return Ok("compiles (a file of its own)".into());
        }
        let out = capture(&mut self.command(&program, page_scratch))?;
        if !out.status.success() {
            return Err(format!("exited with {}:{}", out.status, tail(&out)));
        }
        let comments = c_comments(text);
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let printed: Vec<&str> = printed.lines().filter(|l| !l.trim().is_empty()).collect();
        for printed_line in &printed {
            if !comments.iter().any(|c| c.contains(printed_line.trim())) {
                return Err(format!(
                    "printed `{printed_line}`, which no comment of the example shows"
                ));
            }
        }
        Ok(format!(
            "compiles, runs, {} printed line(s) as its comments show",
            printed.len()
        ))
    }

    fn run_python(&mut self, text: &str, page_scratch: &Path, line: usize) -> Result<String, String> {
        self.stand_in()?;
        if !self.tree.wheel_python.exists() {
            return Err(format!(
                "no {}: the python suite installs the wheel there",
                self.tree.wheel_python.display()
            ));
        }
        let file = page_scratch.join(format!("example_{line}.py"));
        std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
        let out = capture(
            self.command(&self.tree.wheel_python, page_scratch)
                .arg(self.support.join("python_block.py"))
                .arg(&file)
                .current_dir(page_scratch),
        )?;
        if !out.status.success() {
            return Err(format!("failed:{}", tail(&out)));
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    fn run_csharp(&mut self, text: &str, page_scratch: &Path, line: usize) -> Outcome {
        let assembly = self.tree.root.join("build/cmake/dotnet/lib/BsErrno.dll");
        if find_on_path("mcs").is_none() || find_on_path("mono").is_none() {
            return Outcome::MissingTool("needs Mono (mcs, mono)".into());
        }
        if !assembly.is_file() {
            return Outcome::MissingTool(format!("needs the .NET package's assembly {}", assembly.display()));
        }
        match self.compile_csharp(text, page_scratch, line, &assembly) {
            Ok(what) => Outcome::Ran(what),
            Err(why) => Outcome::Failed(why),
        }
    }

    fn compile_csharp(
        &mut self,
        text: &str,
        page_scratch: &Path,
        line: usize,
        assembly: &Path,
    ) -> Result<String, String> {
        let netstandard = mono_netstandard().ok_or("Mono has no 4.5/Facades/netstandard.dll")?;
        let (usings, body): (Vec<&str>, Vec<&str>) = text.lines().partition(|l| l.trim_start().starts_with("using "));
        let mut source = String::new();
        for namespace in ["System", "System.Runtime.InteropServices", "BsErrno"] {
            let using = format!("using {namespace};");
            if !usings.iter().any(|u| u.trim() == using) {
                source.push_str(&using);
                source.push('\n');
            }
        }
        for using in usings {
            source.push_str(using);
            source.push('\n');
        }
        source.push_str("static partial class Example {\nstatic void Main() {\n");
        for line in body {
            source.push_str(line);
            source.push('\n');
        }
        source.push_str("}\n}\n");
        let file = page_scratch.join(format!("Example{line}.cs"));
        let program = page_scratch.join(format!("Example{line}.exe"));
        std::fs::write(&file, &source).map_err(|e| format!("{}: {e}", file.display()))?;
        let out = capture(
            self.command("mcs", page_scratch)
                .arg("-nologo")
                .arg("-warnaserror+")
                .arg("-nowarn:168,219,414")
                .arg(format!("-r:{}", netstandard.display()))
                .arg(format!("-r:{}", assembly.display()))
                .arg(format!("-out:{}", program.display()))
                .arg(&file)
                .arg(self.support.join("StandInSdk.cs")),
        )?;
        if !out.status.success() {
            return Err(format!("does not compile ({}):{}", file.display(), tail(&out)));
        }
        Ok("compiles against the package's assembly".into())
    }

    fn check_doctest(&self, block: &Block) -> Result<String, String> {
        let lib = std::fs::read_to_string(self.tree.root.join("src/lib.rs")).map_err(|e| format!("src/lib.rs: {e}"))?;
        let include = format!("include_str!(\"../{}\")", block.page);
        if lib.contains(&include) {
            Ok("a doctest of src/lib.rs (cargo test --doc)".into())
        } else {
            Err(format!(
                "src/lib.rs does not include {} as doctests ({include})",
                block.page
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_of_the_checkout_reads_and_every_block_has_a_way_to_run() {
        let root = crate::project_root();
        let mut examples = 0;
        for page in pages(&root).unwrap() {
            let markdown = std::fs::read_to_string(root.join(&page)).unwrap();
            for block in blocks(&page, &markdown).unwrap() {
                let marked = block
                    .directives
                    .iter()
                    .any(|d| matches!(d, Directive::Skip(_) | Directive::Quotes(_) | Directive::File(_)));
                let runnable = matches!(
                    block.lang.as_str(),
                    "sh" | "console" | "c" | "python" | "csharp" | "rust"
                );
                assert!(
                    marked || runnable || matches!(block.lang.as_str(), "" | "text"),
                    "{}: a ```{} block needs a directive",
                    block.name(),
                    block.lang
                );
                examples += usize::from(runnable || marked);
            }
        }
        assert!(examples >= 20, "only {examples} examples found");
    }

    #[test]
    fn blocks_with_directives_and_indentation() {
        let page = "intro\n\n<!-- example: replace /opt/x => $SCRATCH/x -->\n<!-- example: in scratch -->\n```sh\nmake install PREFIX=/opt/x   # comment\n```\n\n- item\n\n  ```console\n  $ bs-errno -714\n  NAME -714\n  ```\n```text\nnot an example\n```\n";
        let found = blocks("p.md", page).unwrap();
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].line, 5);
        assert_eq!(found[0].lang, "sh");
        assert_eq!(
            found[0].directives,
            vec![
                Directive::Replace("/opt/x".into(), "$SCRATCH/x".into()),
                Directive::InScratch
            ]
        );
        assert_eq!(found[1].text, "$ bs-errno -714\nNAME -714\n");
        assert!(found[1].directives.is_empty());
        assert_eq!(found[2].lang, "text");
        assert_eq!(
            console_commands(&found[1]).unwrap(),
            vec![("bs-errno -714".to_string(), vec!["NAME -714".to_string()])]
        );
    }

    #[test]
    fn a_misplaced_or_unknown_directive_is_an_error() {
        assert!(blocks("p.md", "<!-- example: skip: why -->\n\n```sh\nx\n```\n").is_err());
        assert!(blocks("p.md", "<!-- example: skip: why -->\ntext\n").is_err());
        assert!(blocks("p.md", "<!-- example: skip: why -->\n").is_err());
        assert!(blocks("p.md", "<!-- example: sometimes -->\n```sh\nx\n```\n").is_err());
        assert!(blocks("p.md", "<!-- example: skip: -->\n```sh\nx\n```\n").is_err());
        assert!(blocks("p.md", "<!-- example: replace a b -->\n```sh\nx\n```\n").is_err());
        assert!(blocks("p.md", "```sh\nnever closed\n").is_err());
        let ok = blocks("p.md", "<!-- example: skip: needs a device -->\n```sh\nx\n```\n").unwrap();
        assert_eq!(ok[0].directives, vec![Directive::Skip("needs a device".into())]);
    }

    #[test]
    fn shell_commands_drop_comments_and_join_continuations() {
        let text = "cargo xtask build     # everything\n\n# a comment line\ncc a.c \\\n   -o a  # out\necho '# not a comment' \"#\"\n";
        assert_eq!(
            shell_commands(text),
            vec!["cargo xtask build", "cc a.c -o a", "echo '# not a comment' \"#\""]
        );
    }

    #[test]
    fn c_comments_and_the_two_shapes_of_c_block() {
        let statements =
            "#include <stdio.h>\nint rc = f();   /* any call */\nif (rc < 0) {\n    puts(\"x\"); // prints x\n}\n";
        assert_eq!(c_comments(statements), vec!["any call", "prints x"]);
        assert!(!defines_a_function(statements));
        let file = "#define X(a) a,\nconst char *key(int rc) {\n    return \"k\";\n}\n";
        assert!(defines_a_function(file));
        assert!(!defines_a_function(
            "BsErrorCategory category = bs_error_category(rc);\nswitch (category) { default: break; }\n"
        ));
    }
}
