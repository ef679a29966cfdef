"""Runs one ```python block of the documentation (see xtask/src/doc_examples.rs).

    python python_block.py EXAMPLE.py

The block runs statement by statement, after a prelude that gives it what an application around it has
(`sdk`, the stand-in vendor library libBS_SDK_V2.so; `context`, `device_id`, `rc`, `log`). An expression
statement whose line ends in a comment starting with a value checks it: `bs_errno.describe(-714)  #
'Cannot find user.'` must give that string, `... # <Category.DATABASE: 9>` that repr; a comment starting
with anything else is prose. Exits non-zero at the first failure; prints how many values it checked.
"""

import ast
import io
import sys
import tokenize

PRELUDE = """
import ctypes, logging
sdk = ctypes.CDLL("libBS_SDK_V2.so")
context = None
device_id = 541530000
rc = 1
log = logging.getLogger("example")
"""


def expected_value(comment):
    """The value a comment shows, as source text (a literal or a `<...>` repr), or None for prose."""
    text = comment.lstrip("#").strip()
    if text.startswith("<"):
        end = text.find(">")
        return text[: end + 1] if end > 0 else None
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline)]
    except (tokenize.TokenError, SyntaxError):
        return None
    if not tokens:
        return None
    first = tokens[0]
    if first.type in (tokenize.STRING, tokenize.NUMBER):
        return first.string
    if first.type == tokenize.NAME and first.string in ("True", "False", "None"):
        return first.string
    if first.type == tokenize.OP and first.string == "-" and len(tokens) > 1 and tokens[1].type == tokenize.NUMBER:
        return "-" + tokens[1].string
    return None


def matches(value, shown):
    if shown.startswith("<"):
        return repr(value) == shown
    literal = ast.literal_eval(shown)
    return type(value) is type(literal) and value == literal


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python_block.py EXAMPLE.py")
    path = sys.argv[1]
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    comments = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            comments[token.start[0]] = token.string
    tree = ast.parse(source, path)
    namespace = {"__name__": "__example__"}
    exec(compile(PRELUDE, "<prelude>", "exec"), namespace)
    checked = 0
    for node in tree.body:
        if isinstance(node, ast.Expr):
            value = eval(compile(ast.Expression(node.value), path, "eval"), namespace)
            shown = expected_value(comments.get(node.end_lineno, ""))
            if shown is not None:
                if not matches(value, shown):
                    sys.exit("%s:%d: gives %r, the comment shows %s" % (path, node.lineno, value, shown))
                checked += 1
        else:
            exec(compile(ast.Module(body=[node], type_ignores=[]), path, "exec"), namespace)
    print("%d statements run, %d values as the comments show" % (len(tree.body), checked))


if __name__ == "__main__":
    main()
