#ifndef GAIKO_CNCURSESW_SHIM_H
#define GAIKO_CNCURSESW_SHIM_H

// The wide-character API (cchar_t, wget_wch, setcchar, ...) is only declared when this is set
// before the header is read.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import the attribute macros (they expand to NCURSES_BITS expressions), and the
// curses globals below are mutable C state that Swift 6 rejects as unsafe. These accessors are
// the only way the terminal adapter reaches them.
static inline attr_t gaiko_a_normal(void) { return A_NORMAL; }
static inline attr_t gaiko_a_bold(void) { return A_BOLD; }
static inline attr_t gaiko_a_dim(void) { return A_DIM; }
static inline attr_t gaiko_a_reverse(void) { return A_REVERSE; }
static inline attr_t gaiko_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gaiko_a_standout(void) { return A_STANDOUT; }
static inline attr_t gaiko_a_italic(void) { return A_ITALIC; }

static inline WINDOW *gaiko_stdscr(void) { return stdscr; }
static inline WINDOW *gaiko_curscr(void) { return curscr; }
static inline int gaiko_lines(void) { return LINES; }
static inline int gaiko_cols(void) { return COLS; }
static inline int gaiko_colors(void) { return COLORS; }
static inline int gaiko_color_pairs(void) { return COLOR_PAIRS; }

static inline int gaiko_color_pair(int n) { return (int)COLOR_PAIR(n); }

// newterm wants FILE*s; Glibc's stdin/stdout are globals Swift 6 will not touch.
static inline FILE *gaiko_fdopen(int fd, const char *mode) { return fdopen(fd, mode); }

static inline mmask_t gaiko_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t gaiko_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t gaiko_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t gaiko_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t gaiko_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t gaiko_button5_pressed(void) { return BUTTON5_PRESSED; }

// Clicks and the wheel only: motion reports (REPORT_MOUSE_POSITION) would flood the loop.
static inline mmask_t gaiko_click_and_wheel_events(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

// The column width libc (and so curses) gives a character; Swift's Glibc does not export it.
extern int wcwidth(wchar_t c);
static inline int gaiko_wcwidth(wchar_t c) { return wcwidth(c); }

static inline const char *gaiko_codeset(void) { return nl_langinfo(CODESET); }

// The terminal's size as the kernel knows it (ioctl is variadic, so Swift cannot call it).
static inline int gaiko_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Signals. Handlers only set a flag, or (for a crash) restore the terminal before the process
// dies by the signal. The loop does everything else.
//
// This state has internal linkage: every Swift file that calls these functions gets its own
// copy. GaikoTerminal therefore calls them from Signals.swift only.
// ---------------------------------------------------------------------------------------------

#define GAIKO_MAX_SIGNAL 65
#define GAIKO_RESET_CAPACITY 512
#define GAIKO_ALTERNATE_STACK_SIZE 65536

struct gaiko_signal_state {
    int flags[GAIKO_MAX_SIGNAL];
    struct sigaction previous[GAIKO_MAX_SIGNAL];
    struct termios saved_modes;
    int saved_modes_fd;
    char reset_bytes[GAIKO_RESET_CAPACITY];
    size_t reset_length;
    int reset_fd;
    // For a stack overflow: a handler needs a stack of its own, and the Swift runtime sets one
    // up only while its crash reporter is enabled.
    char alternate_stack[GAIKO_ALTERNATE_STACK_SIZE];
};

// A function-local static: Swift's importer emits it along with the function, where it would
// leave a file-scope static array undefined at link time.
static inline struct gaiko_signal_state *gaiko_signal_state(void) {
    static struct gaiko_signal_state state = { .saved_modes_fd = -1, .reset_fd = -1 };
    return &state;
}

static inline void gaiko_flag_signal(int sig) {
    if (sig > 0 && sig < GAIKO_MAX_SIGNAL) __atomic_store_n(&gaiko_signal_state()->flags[sig], 1, __ATOMIC_SEQ_CST);
}

// Runs on SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT, from a fault or from kill. Only
// async-signal-safe calls: the precomputed reset bytes with write(2), the saved tty modes with
// tcsetattr, then the previous handler (the Swift runtime's crash reporter, whose report now
// lands on the normal screen), then death by the same signal. The last step matters for a
// signal sent with kill: the runtime's handler returns expecting the fault to recur, and
// without a fault the process would carry on in a cooked terminal.
static inline void gaiko_crash_handler(int sig, siginfo_t *info, void *context) {
    int saved_errno = errno;
    struct gaiko_signal_state *state = gaiko_signal_state();
    if (state->reset_fd >= 0 && state->reset_length > 0) {
        size_t done = 0;
        while (done < state->reset_length) {
            ssize_t written = write(state->reset_fd, state->reset_bytes + done, state->reset_length - done);
            if (written > 0) done += (size_t)written;
            else if (written < 0 && errno == EINTR) continue;
            else break;
        }
    }
    if (state->saved_modes_fd >= 0) tcsetattr(state->saved_modes_fd, TCSADRAIN, &state->saved_modes);
    // Once only: a second crash (in the reporter, or on another thread) goes straight to dying.
    state->reset_length = 0;
    state->saved_modes_fd = -1;

    if (sig > 0 && sig < GAIKO_MAX_SIGNAL) {
        struct sigaction previous = state->previous[sig];
        if (previous.sa_flags & SA_SIGINFO) {
            if (previous.sa_sigaction != NULL) previous.sa_sigaction(sig, info, context);
        } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && previous.sa_handler != NULL) {
            previous.sa_handler(sig);
        }
    }

    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(sig, &fallback, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    raise(sig);
    errno = saved_errno;
}

// Gives the crash handler a stack of its own when nothing has set one up yet.
static inline void gaiko_ensure_alternate_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) != 0 || current.ss_sp != NULL) return;
    stack_t ours;
    memset(&ours, 0, sizeof ours);
    ours.ss_sp = gaiko_signal_state()->alternate_stack;
    ours.ss_size = GAIKO_ALTERNATE_STACK_SIZE;
    sigaltstack(&ours, NULL);
}

// Installs a flag-setting handler (crash = 0) or the crash handler (crash = 1). No SA_RESTART:
// a read blocked in wget_wch returns, so the loop notices the flag at once.
static inline int gaiko_install_signal(int sig, int crash) {
    if (sig <= 0 || sig >= GAIKO_MAX_SIGNAL) return -1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    if (crash) {
        gaiko_ensure_alternate_stack();
        action.sa_sigaction = gaiko_crash_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    } else {
        action.sa_handler = gaiko_flag_signal;
        action.sa_flags = 0;
    }
    return sigaction(sig, &action, &gaiko_signal_state()->previous[sig]);
}

static inline void gaiko_restore_signal(int sig) {
    if (sig > 0 && sig < GAIKO_MAX_SIGNAL) sigaction(sig, &gaiko_signal_state()->previous[sig], NULL);
}

// Reads and clears the flag for `sig`.
static inline int gaiko_take_signal(int sig) {
    if (sig <= 0 || sig >= GAIKO_MAX_SIGNAL) return 0;
    return __atomic_exchange_n(&gaiko_signal_state()->flags[sig], 0, __ATOMIC_SEQ_CST);
}

// Remembers the tty modes before curses changes them, for the crash handler.
static inline int gaiko_save_modes(int fd) {
    struct gaiko_signal_state *state = gaiko_signal_state();
    if (tcgetattr(fd, &state->saved_modes) != 0) return -1;
    state->saved_modes_fd = fd;
    return 0;
}

// The bytes the crash handler writes to `fd` (leave the alternate screen, show the cursor...).
static inline void gaiko_set_reset_bytes(int fd, const char *bytes, size_t length) {
    struct gaiko_signal_state *state = gaiko_signal_state();
    if (length > GAIKO_RESET_CAPACITY) length = GAIKO_RESET_CAPACITY;
    state->reset_length = 0;
    memcpy(state->reset_bytes, bytes, length);
    state->reset_fd = fd;
    state->reset_length = length;
}

static inline void gaiko_forget_crash_state(void) {
    struct gaiko_signal_state *state = gaiko_signal_state();
    state->reset_length = 0;
    state->reset_fd = -1;
    state->saved_modes_fd = -1;
}

#endif
