#include "gaiko_signals.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define GAIKO_MAX_SIGNAL 65
#define GAIKO_RESET_CAPACITY 512
#define GAIKO_ALTERNATE_STACK_SIZE 65536

static int flags[GAIKO_MAX_SIGNAL];
static struct sigaction previous[GAIKO_MAX_SIGNAL];
static struct termios saved_modes;
static int saved_modes_fd = -1;
static char reset_bytes[GAIKO_RESET_CAPACITY];
static size_t reset_length;
static int reset_fd = -1;
// For a stack overflow: a handler needs a stack of its own, and the Swift runtime sets one up
// only while its crash reporter is enabled.
static char alternate_stack[GAIKO_ALTERNATE_STACK_SIZE];

static void flag_signal(int sig) {
    if (sig > 0 && sig < GAIKO_MAX_SIGNAL) __atomic_store_n(&flags[sig], 1, __ATOMIC_SEQ_CST);
}

// Runs on SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT, from a fault or from kill. Only
// async-signal-safe calls: the precomputed reset bytes with write(2), the saved tty modes with
// tcsetattr, then the previous handler (the Swift runtime's crash reporter, whose report now
// lands on the normal screen), then death by the same signal. The last step matters for a
// signal sent with kill: the runtime's handler returns expecting the fault to recur, and
// without a fault the process would carry on in a cooked terminal.
static void crash_handler(int sig, siginfo_t *info, void *context) {
    int saved_errno = errno;
    if (reset_fd >= 0 && reset_length > 0) {
        size_t done = 0;
        while (done < reset_length) {
            ssize_t written = write(reset_fd, reset_bytes + done, reset_length - done);
            if (written > 0) done += (size_t)written;
            else if (written < 0 && errno == EINTR) continue;
            else break;
        }
    }
    if (saved_modes_fd >= 0) tcsetattr(saved_modes_fd, TCSADRAIN, &saved_modes);
    // Once only: a second crash (in the reporter, or on another thread) goes straight to dying.
    reset_length = 0;
    saved_modes_fd = -1;

    if (sig > 0 && sig < GAIKO_MAX_SIGNAL) {
        struct sigaction earlier = previous[sig];
        if (earlier.sa_flags & SA_SIGINFO) {
            if (earlier.sa_sigaction != NULL) earlier.sa_sigaction(sig, info, context);
        } else if (earlier.sa_handler != SIG_DFL && earlier.sa_handler != SIG_IGN && earlier.sa_handler != NULL) {
            earlier.sa_handler(sig);
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
static void ensure_alternate_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) != 0 || current.ss_sp != NULL) return;
    stack_t ours;
    memset(&ours, 0, sizeof ours);
    ours.ss_sp = alternate_stack;
    ours.ss_size = GAIKO_ALTERNATE_STACK_SIZE;
    sigaltstack(&ours, NULL);
}

// No SA_RESTART: a read blocked in wget_wch returns, so the loop notices the flag at once.
int gaiko_install_signal(int sig, int crash) {
    if (sig <= 0 || sig >= GAIKO_MAX_SIGNAL) return -1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    if (crash) {
        ensure_alternate_stack();
        action.sa_sigaction = crash_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    } else {
        action.sa_handler = flag_signal;
        action.sa_flags = 0;
    }
    return sigaction(sig, &action, &previous[sig]);
}

void gaiko_restore_signal(int sig) {
    if (sig > 0 && sig < GAIKO_MAX_SIGNAL) sigaction(sig, &previous[sig], NULL);
}

int gaiko_take_signal(int sig) {
    if (sig <= 0 || sig >= GAIKO_MAX_SIGNAL) return 0;
    return __atomic_exchange_n(&flags[sig], 0, __ATOMIC_SEQ_CST);
}

int gaiko_save_modes(int fd) {
    if (tcgetattr(fd, &saved_modes) != 0) return -1;
    saved_modes_fd = fd;
    return 0;
}

void gaiko_set_reset_bytes(int fd, const char *bytes, size_t length) {
    if (length > GAIKO_RESET_CAPACITY) length = GAIKO_RESET_CAPACITY;
    reset_length = 0;
    memcpy(reset_bytes, bytes, length);
    reset_fd = fd;
    reset_length = length;
}

void gaiko_forget_crash_state(void) {
    reset_length = 0;
    reset_fd = -1;
    saved_modes_fd = -1;
}
