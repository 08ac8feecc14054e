// jemalloc reads its settings from a `malloc_conf` string the program defines (its manual,
// "TUNING"; Debian's libjemalloc declares its own weak, so this one wins in the shared and the
// static link alike). MALLOC_CONF in the environment still overrides it.
//
// - narenas:1: one arena for every thread. With the default (four per core) the parallel
//   reading of versions leaves freed memory in the arenas of worker threads, where the next
//   phase on another thread cannot reuse it.
// - dirty_decay_ms:1000, background_thread:true: freed pages go back to the system after a
//   second (the default keeps them ten), from a thread of jemalloc's own, so that no allocating
//   thread pays for it.
//
// Measured on a cold stage 2 packet of 10,000 documents and 20,000 commits (BENCHMARKS.md):
// peak 191-197 MB against 213-222 MB with the defaults, the same CPU time.

#include "allocator_settings.h"

const char *malloc_conf = "narenas:1,background_thread:true,dirty_decay_ms:1000";
