#!/usr/bin/env python3
"""A differential check of `bs-errno --annotate` against an independent reference.

The reference is the rules of docs/cli.md ("Annotating a log"), written as regular expressions over bytes
and a plain reading of data/codes.tsv and data/categories.tsv; it shares no code with the command. For every
input (files given with --corpus, and --generated synthetic logs) it runs the built command twice, as
`bs-errno -a FILE` and `bs-errno -a --json FILE`, and compares:

- JSON mode, exactly: one object per line that holds a code, with every occurrence's offset, text, code,
  name, category, description and alias_of;
- text mode: every input byte in order, and before each such line's ending one annotation per meaning, in
  order of first appearance, ` [NAME (CODE): DESCRIPTION` then the remark the lookup form has (checked
  exactly for deprecated aliases, the form docs/cli.md shows; otherwise only its shape) and `]`.

Every difference is printed with the input line; the exit status is 1 if there was any.

    python3 tests/annotate_reference.py --binary target/release/bs-errno --corpus fuzz/corpus/annotate --generated 300

Standard library only (Python 3.8+), so it runs wherever the quick start does.
"""

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# --- the data --------------------------------------------------------------------------------------------


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


class Table:
    """Names and codes as data/codes.tsv gives them."""

    def __init__(self, root):
        rows = read_tsv(os.path.join(root, "data", "codes.tsv"))
        self.rows = {row["name"]: row for row in rows}
        # Today's name of each value: the row of kind `code`.
        self.canonical = {int(row["code"]): row for row in rows if row["kind"] == "code"}
        self.categories = []
        for row in read_tsv(os.path.join(root, "data", "categories.tsv")):
            for span in row["ranges"].split():
                low, high = (int(n) for n in span.split(".."))
                self.categories.append((low, high, row["name"]))

    def category(self, code):
        for low, high, name in self.categories:
            if low <= code <= high:
                return name
        return "unknown"

    def description(self, name):
        """What a name means: its own description, or (an alias without one) its code's today."""
        row = self.rows[name]
        if row["description"]:
            return row["description"]
        return self.canonical[int(row["code"])]["description"]

    def meaning(self, text):
        """The (name, code, alias_of) a token stands for, or None when the table does not answer it."""
        if text in self.rows:
            row = self.rows[text]
            return text, int(row["code"]), (row["alias_of"] or None)
        code = number_value(text)
        if code is not None and code in self.canonical:
            return self.canonical[code]["name"], code, None
        return None

    def remark(self, name):
        """The remark the annotation of `name` must carry, when docs/cli.md states it; None: any remark."""
        row = self.rows[name]
        if row["kind"] == "alias" and row["deprecated"] == "yes" and row["deprecated_since"]:
            target = row["alias_of"]
            # The replacement's meaning is added only where it differs from the alias's own.
            now = target
            if self.description(target) != self.description(name):
                now += ": " + self.description(target)
            return " (deprecated since SDK %s; now %s)" % (row["deprecated_since"], now)
        return None


# --- the rules of docs/cli.md ("What counts as a code") --------------------------------------------------

# "Whole token", for numbers: the byte before is not a letter, digit, `_`, `.`, `-`, `+` or a non-ASCII byte;
# the byte after is not a letter, digit, `_` or non-ASCII byte, nor a `.`, `,`, `:` or `-` followed by a digit.
NUMBER_BEFORE = rb"(?<![A-Za-z0-9_.\-+\x80-\xff])"
NUMBER_AFTER = rb"(?![A-Za-z0-9_\x80-\xff])(?![.,:\-][0-9])"
NUMBER = re.compile(
    NUMBER_BEFORE
    + rb"(?:-[1-9][0-9]{0,9}|[0-9]{10}|0[xX][0-9A-Fa-f]{8})"
    + NUMBER_AFTER
)
# A name: a whole identifier (no letter, digit or `_` on either side), looked up exactly.
IDENTIFIER = re.compile(rb"[A-Za-z0-9_]+")


def number_value(text):
    """The code a number token stands for, by its shape; None for a shape that is no code."""
    if text.startswith("-"):
        return int(text)
    if text[:2] in ("0x", "0X"):
        value = int(text[2:], 16)
    else:
        value = int(text)
    # The unsigned 32-bit forms stand for negative codes only: 2147483648 to 4294967295.
    if 0x80000000 <= value <= 0xFFFFFFFF:
        return value - (1 << 32)
    return None


def occurrences(table, line):
    """Every token of `line` (bytes, without its line ending) that the table answers, in order:
    (offset, text, name, code, alias_of)."""
    found = []
    for match in NUMBER.finditer(line):
        code = number_value(match.group().decode("ascii"))
        if code in table.canonical:
            found.append((match.start(), match.group(), table.canonical[code]["name"], code, None))
    for match in IDENTIFIER.finditer(line):
        name = match.group().decode("ascii")
        if name in table.rows:
            row = table.rows[name]
            found.append((match.start(), match.group(), name, int(row["code"]), row["alias_of"] or None))
    return sorted(found)


def split_lines(data):
    """(body, ending) for each line: the ending is b"\r\n", b"\n" or (a last line without one) b""."""
    lines = []
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end < 0:
            lines.append((data[start:], b""))
            break
        body = data[start:end]
        if body.endswith(b"\r"):
            lines.append((body[:-1], b"\r\n"))
        else:
            lines.append((body, b"\n"))
        start = end + 1
    return lines


def expected_json(table, data, file_name):
    """The objects `bs-errno -a --json` must write, in order."""
    objects = []
    for number, (body, ending) in enumerate(split_lines(data), start=1):
        # The scanner sees the line up to its "\n"; a "\r" before it is part of the line's bytes.
        scanned = body + b"\r" if ending == b"\r\n" else body
        codes = [
            {
                "offset": offset,
                "text": raw.decode("ascii"),
                "code": code,
                "name": name,
                "category": table.category(code),
                "description": table.description(name),
                "alias_of": alias_of,
            }
            for offset, raw, name, code, alias_of in occurrences(table, scanned)
        ]
        if codes:
            objects.append({"file": file_name, "line": number, "codes": codes})
    return objects


def check_text(table, data, output):
    """Differences between `bs-errno -a`'s output and the rules; [] when there are none."""
    problems = []
    position = 0
    for number, (body, ending) in enumerate(split_lines(data), start=1):
        scanned = body + b"\r" if ending == b"\r\n" else body
        pattern = [re.escape(body)]
        seen = set()
        for _, _, name, code, _ in occurrences(table, scanned):
            if (name, code) in seen:
                continue
            seen.add((name, code))
            head = " [%s (%d): %s" % (name, code, table.description(name))
            remark = table.remark(name)
            pattern.append(re.escape(head.encode("ascii")))
            if remark is None:
                pattern.append(rb"(?: \([^\]\x00-\x1f\x7f]*\))?")
            else:
                pattern.append(re.escape(remark.encode("ascii")))
            pattern.append(rb"\]")
        pattern.append(re.escape(ending))
        match = re.compile(b"".join(pattern)).match(output, position)
        if match is None:
            got = output[position:].split(b"\n", 1)[0]
            problems.append("line %d: %r\n    expected: %r\n    got:      %r" % (
                number, body + ending, b"".join(pattern[:1]) + b" ...", got))
            return problems
        position = match.end()
    if position != len(output):
        problems.append("output continues after the input ended: %r" % output[position:position + 200])
    return problems


def check_input(table, binary, path, label):
    """Runs both modes over one input file; returns the list of differences."""
    with open(path, "rb") as f:
        data = f.read()
    problems = []
    text = subprocess.run([binary, "-a", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if text.returncode != 0 or text.stderr:
        problems.append("bs-errno -a exited %d: %r" % (text.returncode, text.stderr[:500]))
    else:
        problems += check_text(table, data, text.stdout)
    result = subprocess.run([binary, "-a", "--json", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0 or result.stderr:
        problems.append("bs-errno -a --json exited %d: %r" % (result.returncode, result.stderr[:500]))
    else:
        got = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
        expected = expected_json(table, data, path)
        for want, have in zip(expected, got):
            if want != have:
                problems.append("JSON, line %d:\n    expected: %s\n    got:      %s" % (
                    want["line"], json.dumps(want), json.dumps(have)))
                break
        if len(expected) != len(got):
            problems.append("JSON: %d objects expected, %d written" % (len(expected), len(got)))
    return ["%s: %s" % (label, p) for p in problems]


# --- generated logs ----------------------------------------------------------------------------------------

PREFIXES = [
    b"2026-11-25 03:12:44.123 [INFO] ",
    b"2026-11-25T03:12:45Z ERROR device 541234567: ",
    b"[W][BS2_ConnectDevice] ",
    b"03:12:46 ",
    b"",
    b"\t",
    b"thread-7 | ",
]
SEPARATORS = [b" ", b"=", b": ", b"(", b")", b",", b".", b"\t", b"[", b"]", b"'", b'"', b" rc=", b" -> ",
              b"\xc3\xa9", b"\xff", b"\x00", b"\x1b[31m", b";", b"/", b"+", b"-", b"_", b"x", b"0", b"\r"]
# Shapes docs/cli.md says do not count, with {} standing for a code's digits.
NEAR_MISSES = [b"A-{}", b"x_-{}", b"--{}", b"-{}.5", b"-{}x", b"-{},000", b"-{}:30", b"-0{}", b"{}", b"+{}",
               b"-{}-1", b"\xc3\xa9-{}"]


def code_forms(code):
    """The ways a log may write a code."""
    unsigned = code & 0xFFFFFFFF
    return [
        b"%d" % code,
        b"%d" % unsigned,
        b"0x%08X" % unsigned,
        b"0x%08x" % unsigned,
        b"0X%08X" % unsigned,
        b"-0x%X" % -code if code < 0 else b"0x%X" % code,
    ]


def generate(table, rng, path):
    """A log of realistic and hostile lines: every form of known and unknown codes, names, aliases, the
    shapes that do not count, odd bytes and line endings, sometimes a line longer than the read buffer."""
    names = sorted(table.rows)
    codes = sorted(table.canonical)
    lines = []
    for _ in range(rng.randint(1, 60)):
        parts = [rng.choice(PREFIXES)]
        for _ in range(rng.randint(0, 6)):
            kind = rng.random()
            if kind < 0.35:
                code = rng.choice(codes + [-799, -1, 0, 1, 13, -2147483648, 2147483647, -10300])
                parts.append(rng.choice(code_forms(code)))
            elif kind < 0.55:
                name = rng.choice(names).encode("ascii")
                parts.append(rng.choice([name, name, name.lower(), b"X" + name, name + b"S", name + b"_1"]))
            elif kind < 0.7:
                digits = b"%d" % -rng.choice(codes)
                parts.append(rng.choice(NEAR_MISSES).replace(b"{}", digits))
            elif kind < 0.8:
                parts.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))))
            else:
                parts.append(rng.choice([b"door 3 opened", b"user 42", b"status 13", b"fd=-1", b"took 12.5 ms",
                                         b"2026-11-25", b"v2.9.12.0"]))
            parts.append(rng.choice(SEPARATORS))
        lines.append(b"".join(parts))
    if rng.random() < 0.05:
        # Longer than the 256 KiB read buffer, codes scattered through it.
        filler = b"".join(rng.choice([b"abc ", b"-714 ", b"0xFFFFFF9A ", b"x" * 97 + b" "]) for _ in range(3000))
        lines.insert(rng.randrange(len(lines) + 1), filler * 1)
    endings = [b"\n", b"\n", b"\n", b"\r\n"]
    data = b"".join(line + rng.choice(endings) for line in lines)
    if rng.random() < 0.3:
        data = data.rstrip(b"\n")  # a last line without an ending
    with open(path, "wb") as f:
        f.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the bs-errno to check")
    parser.add_argument("--corpus", action="append", default=[], help="a directory of inputs (repeatable)")
    parser.add_argument("--generated", type=int, default=200, help="how many synthetic logs")
    parser.add_argument("--seed", type=int, default=20, help="the generator's seed")
    parser.add_argument("--root", default=ROOT, help="the checkout whose data/ is the reference")
    args = parser.parse_args()
    table = Table(args.root)
    problems = []
    inputs = 0
    for directory in args.corpus:
        for name in sorted(os.listdir(directory)):
            path = os.path.join(directory, name)
            if os.path.isfile(path):
                inputs += 1
                problems += check_input(table, args.binary, path, path)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as scratch:
        for n in range(args.generated):
            path = os.path.join(scratch, "log%d" % n)
            generate(table, rng, path)
            inputs += 1
            found = check_input(table, args.binary, path, "generated log %d (--seed %d)" % (n, args.seed))
            if found:
                keep = os.path.join(tempfile.gettempdir(), "bs-errno-reference-log%d" % n)
                with open(path, "rb") as src, open(keep, "wb") as dst:
                    dst.write(src.read())
                found.append("(that log is kept as %s)" % keep)
            problems += found
    for problem in problems:
        print(problem)
    print("annotate reference: %d inputs, %d differences" % (inputs, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
