// Breaks a rule on purpose: only the space may use SQLite.
#include <sqlite3.h>
