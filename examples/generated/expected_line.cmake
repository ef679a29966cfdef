# generated — do not edit. Rendered by `cargo xtask generate` from data/codes.tsv and data/categories.tsv.
# The line examples/log_vendor_call.c logs for its failing call, as a regular expression.
set(BS_ERRNO_EXAMPLE_LINE "BS_SDK_ERROR_CANNOT_CONNECT_SOCKET \\(-102\\): Cannot connect to socket\\.")
