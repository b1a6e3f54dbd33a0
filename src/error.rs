//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

/// An error from building a gazetteer or a parser.
///
/// Parsing itself never fails; only building can. Use [`Error::kind`] to tell the cases apart.
///
#[derive(Debug, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong. More variants may be added, so match with a wildcard arm.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A gazetteer file is malformed: `source` names the file, `line` is 1-based.
    Gazetteer {
        /// The file path or the name the text was given.
        source: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A gazetteer file could not be read.
    Io {
        /// The file path.
        path: PathBuf,
        /// The underlying I/O error.
        error: std::io::Error,
    },
    /// Two records share an id and the builder was not told to let the later one override.
    DuplicateId {
        /// The duplicated id.
        id: String,
        /// Where the second record is (`file:line`).
        at: String,
    },
    /// The matching automaton could not be built.
    Automaton(String),
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Gazetteer {
                source,
                line,
                message,
            } => write!(f, "{source}:{line}: {message}"),
            ErrorKind::Io { path, error } => write!(f, "{}: {error}", path.display()),
            ErrorKind::DuplicateId { id, at } => {
                write!(
                    f,
                    "{at}: duplicate id `{id}` (use `allow_override` to replace)"
                )
            }
            ErrorKind::Automaton(msg) => write!(f, "cannot build the matcher: {msg}"),
        }
    }
}

impl Error {
    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub(crate) fn gazetteer(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Gazetteer {
            source: source.to_string(),
            line,
            message: message.into(),
        })
    }
}

impl std::error::Error for ErrorKind {}
