#pragma once
// cmark-gfm and its GFM extensions (table, strikethrough, autolink, tagfilter, tasklist).
// Debian ships no pkg-config file for them, so the headers come from the default include path.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
