//! Running the build's programs: the paths under `build/`, the project's own tools environment
//! (`build/tools`, from PyPI, pinned in `xtask/python-tools.txt`), and commands whose failure names them.
//! Everything else in xtask runs its programs through this.

use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) const TOOLS_FILE: &str = "xtask/python-tools.txt";

/// A step that did not succeed, with what to tell the user.
pub type Failure = String;

pub(crate) struct Paths {
    pub(crate) root: PathBuf,
    pub(crate) build: PathBuf,
}

impl Paths {
    pub(crate) fn new(root: &Path) -> Self {
        Paths {
            root: root.to_path_buf(),
            build: root.join("build"),
        }
    }
    pub(crate) fn tools(&self) -> PathBuf {
        self.build.join("tools")
    }
    pub(crate) fn cmake_dir(&self) -> PathBuf {
        self.build.join("cmake")
    }
    pub(crate) fn dist(&self) -> PathBuf {
        self.build.join("dist")
    }
    pub(crate) fn test_venv(&self) -> PathBuf {
        self.build.join("venv-test")
    }
}

pub(crate) fn venv_bin(venv: &Path, program: &str) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts").join(format!("{program}.exe"))
    } else {
        venv.join("bin").join(program)
    }
}

pub(crate) fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs a command with inherited output; an error names it.
pub(crate) fn run(command: &mut Command) -> Result<(), Failure> {
    println!("\n==> {}", describe(command));
    let status = command
        .status()
        .map_err(|e| format!("cannot start `{}`: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

/// Runs a command and returns its standard output.
pub(crate) fn output(command: &mut Command) -> Result<String, Failure> {
    let out = command
        .output()
        .map_err(|e| format!("cannot start `{}`: {e}", describe(command)))?;
    if !out.status.success() {
        return Err(format!(
            "`{}` failed ({}): {}",
            describe(command),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub(crate) fn python3() -> &'static str {
    if cfg!(windows) { "python" } else { "python3" }
}

/// A fresh virtual environment at `venv` (emptied first when `clear`), with pip's noise turned down.
pub(crate) fn make_venv(venv: &Path, clear: bool) -> Result<(), Failure> {
    let mut command = Command::new(python3());
    command.args(["-m", "venv"]);
    if clear {
        command.arg("--clear");
    }
    run(command.arg(venv))
}

pub(crate) fn pip(venv: &Path) -> Command {
    let mut command = Command::new(venv_bin(venv, "python"));
    command
        .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"])
        .env("PIP_NO_INPUT", "1");
    command
}

/// The pinned tools, installed into build/tools once per version of the pin file.
pub(crate) fn ensure_tools(paths: &Paths) -> Result<(), Failure> {
    let pins_path = paths.root.join(TOOLS_FILE);
    let pins = std::fs::read_to_string(&pins_path).map_err(|e| format!("{}: {e}", pins_path.display()))?;
    let stamp = paths.tools().join("installed-from.txt");
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(pins.as_str())
        && venv_bin(&paths.tools(), "python").exists()
    {
        return Ok(());
    }
    make_venv(&paths.tools(), true)?;
    run(pip(&paths.tools()).arg("--requirement").arg(&pins_path))?;
    std::fs::write(&stamp, pins).map_err(|e| format!("{}: {e}", stamp.display()))
}

/// PATH with the tools environment first, so CMake finds Ninja and scikit-build-core finds CMake.
pub(crate) fn tools_path(paths: &Paths) -> Result<std::ffi::OsString, Failure> {
    let bin = venv_bin(&paths.tools(), "python")
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut dirs = vec![bin];
    if let Some(existing) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&existing));
    }
    std::env::join_paths(dirs).map_err(|e| format!("PATH: {e}"))
}

pub(crate) fn tool(paths: &Paths, program: &str) -> Result<Command, Failure> {
    let mut command = Command::new(venv_bin(&paths.tools(), program));
    command.env("PATH", tools_path(paths)?).current_dir(&paths.root);
    Ok(command)
}

pub(crate) fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}
