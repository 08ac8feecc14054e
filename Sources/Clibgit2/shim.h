#pragma once
// Hide deprecated aliases (giterr_last, git_buf_free, …) so only the 1.5 API is reachable.
#define GIT_DEPRECATE_HARD
#include <git2.h>

// git_libgit2_opts is variadic, which Swift cannot call: one fixed-argument wrapper per use.
/// Turns libgit2's re-hashing of every object it reads on (1) or off (0).
static inline int isms_git_set_strict_hash_verification(int enabled) {
  return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}
/// Sets the largest object of `type` that libgit2's object cache keeps (0: none).
static inline int isms_git_set_cache_object_limit(git_object_t type, size_t size) {
  return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, type, size);
}
/// Sets how much of pack files libgit2 maps at a time (each window) and in all.
static inline int isms_git_set_pack_windows(size_t window, size_t limit) {
  int rc = git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, window);
  return rc != 0 ? rc : git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, limit);
}
