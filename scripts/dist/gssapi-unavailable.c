// Stand-ins for the nine GSSAPI functions and the one object of Debian's libgit2.a that only its
// HTTP "Negotiate" (Kerberos) authentication uses (src/libgit2/transports/auth_negotiate.c).
// Debian ships GSSAPI as a shared library only, and isms never opens a network connection, so
// the portable binary links these instead (scripts/static-libs.sh): they report that no GSSAPI
// mechanism is available, and libgit2 offers no Negotiate authentication, as when it is built
// without GSSAPI. Signatures as in <gssapi/gssapi.h> (RFC 2744).
#include <stddef.h>
#include <stdint.h>

typedef uint32_t OM_uint32;
typedef void *gss_opaque;

// GSS_S_FAILURE: a routine error, "unspecified failure".
#define UNAVAILABLE (13u << 16)

void *GSS_C_NT_HOSTBASED_SERVICE = NULL;

static OM_uint32 unavailable(OM_uint32 *minor) {
  if (minor) *minor = 0;
  return UNAVAILABLE;
}

OM_uint32 gss_indicate_mechs(OM_uint32 *minor, gss_opaque *mechs) {
  if (mechs) *mechs = NULL;
  return unavailable(minor);
}

OM_uint32 gss_import_name(OM_uint32 *minor, gss_opaque buffer, gss_opaque type, gss_opaque *name) {
  (void)buffer;
  (void)type;
  if (name) *name = NULL;
  return unavailable(minor);
}

OM_uint32 gss_init_sec_context(
    OM_uint32 *minor, gss_opaque credential, gss_opaque *context, gss_opaque target, gss_opaque mechanism,
    OM_uint32 flags, OM_uint32 time, gss_opaque bindings, gss_opaque input, gss_opaque *actual_mechanism,
    gss_opaque output, OM_uint32 *returned_flags, OM_uint32 *time_received) {
  (void)credential, (void)context, (void)target, (void)mechanism, (void)flags, (void)time;
  (void)bindings, (void)input, (void)actual_mechanism, (void)output, (void)returned_flags;
  (void)time_received;
  return unavailable(minor);
}

OM_uint32 gss_display_status(
    OM_uint32 *minor, OM_uint32 status, int type, gss_opaque mechanism, OM_uint32 *message_context,
    gss_opaque text) {
  (void)status, (void)type, (void)mechanism, (void)text;
  if (message_context) *message_context = 0;
  return unavailable(minor);
}

OM_uint32 gss_delete_sec_context(OM_uint32 *minor, gss_opaque *context, gss_opaque output) {
  (void)context, (void)output;
  if (minor) *minor = 0;
  return 0;
}

OM_uint32 gss_release_buffer(OM_uint32 *minor, gss_opaque buffer) {
  (void)buffer;
  if (minor) *minor = 0;
  return 0;
}

OM_uint32 gss_release_name(OM_uint32 *minor, gss_opaque *name) {
  (void)name;
  if (minor) *minor = 0;
  return 0;
}

OM_uint32 gss_release_oid_set(OM_uint32 *minor, gss_opaque *set) {
  (void)set;
  if (minor) *minor = 0;
  return 0;
}
