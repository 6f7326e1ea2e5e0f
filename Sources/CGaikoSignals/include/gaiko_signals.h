#ifndef GAIKO_SIGNALS_H
#define GAIKO_SIGNALS_H

// The process's signal state while curses holds the terminal, in C: handlers only set a flag,
// or (for a crash) restore the terminal before the process dies by the signal; the loop does
// everything else. A C target of its own, so the state is one object with external linkage:
// as `static inline` functions in a header (the CNcursesw shim, before), each Swift module that
// inlined a caller got its own copy, and in a release build the crash handler read a copy in
// which no reset bytes had been set.

#include <stddef.h>

// Installs a flag-setting handler (crash = 0) or the crash handler (crash = 1), remembering
// the disposition it replaces. Returns sigaction's result.
int gaiko_install_signal(int sig, int crash);

// Puts back the disposition `gaiko_install_signal` replaced.
void gaiko_restore_signal(int sig);

// Reads and clears the flag for `sig`.
int gaiko_take_signal(int sig);

// Remembers the tty modes of `fd` before curses changes them, for the crash handler.
int gaiko_save_modes(int fd);

// The bytes the crash handler writes to `fd` (leave the alternate screen, show the cursor...),
// at most 512.
void gaiko_set_reset_bytes(int fd, const char *bytes, size_t length);

// Forgets the reset bytes and saved modes: after curses has restored the terminal itself.
void gaiko_forget_crash_state(void);

#endif
