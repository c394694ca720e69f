# fuzz_run (LeakSanitizer): every VM leaked its ~300 builtin types at teardown; any input showed it, this one was the first.
}
