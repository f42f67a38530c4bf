/* Test helper, loaded with LD_PRELOAD: inotify is unavailable (as where the kernel lacks it or the
 * user's watches are used up), so the app must fall back to looking at its files by itself. */
#include <errno.h>

int inotify_init(void) {
    errno = ENOSYS;
    return -1;
}

int inotify_init1(int flags) {
    (void)flags;
    errno = ENOSYS;
    return -1;
}
