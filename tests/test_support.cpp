// Shared helpers for the tests (fake clock, script builders) live here.
