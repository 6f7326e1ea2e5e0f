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

#endif
