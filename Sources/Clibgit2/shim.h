#pragma once
// Hide deprecated aliases (giterr_last, git_buf_free, …) so only the 1.5 API is reachable.
#define GIT_DEPRECATE_HARD
#include <git2.h>
