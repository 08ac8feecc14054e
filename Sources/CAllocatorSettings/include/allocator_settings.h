#ifndef ISMS_ALLOCATOR_SETTINGS_H
#define ISMS_ALLOCATOR_SETTINGS_H

/// Nothing to call: linking this target into the `isms` executable gives jemalloc its settings
/// (see allocator_settings.c).

#endif
