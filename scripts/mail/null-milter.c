/*
 * The load test's baseline: a milter written with the reference library (libmilter, from
 * libmilter-dev) that asks for the same steps as replylint's (header fields without a reply
 * to each, body, end of message), does nothing with them, and accepts every message.
 *
 *     cc -O2 -o null-milter null-milter.c -lmilter -lpthread
 *     ./null-milter inet:PORT@127.0.0.1
 *
 * SIGTERM stops it (libmilter's own handling); it exits 0.
 */
#include <libmilter/mfapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sfsistat null_negotiate(SMFICTX *ctx, unsigned long actions, unsigned long steps,
                               unsigned long unused2, unsigned long unused3, unsigned long *want_actions,
                               unsigned long *want_steps, unsigned long *want2, unsigned long *want3) {
    (void) ctx; (void) actions; (void) unused2; (void) unused3;
    const unsigned long wanted = SMFIP_NOCONNECT | SMFIP_NOHELO | SMFIP_NOMAIL | SMFIP_NORCPT | SMFIP_NODATA
        | SMFIP_NOUNKNOWN | SMFIP_NOEOH | SMFIP_NR_HDR | SMFIP_SKIP | SMFIP_HDR_LEADSPC;
    *want_actions = 0;
    *want_steps = steps & wanted;
    *want2 = 0;
    *want3 = 0;
    return SMFIS_CONTINUE;
}

static sfsistat null_header(SMFICTX *ctx, char *name, char *value) {
    (void) ctx; (void) name; (void) value;
    return SMFIS_NOREPLY;
}

static sfsistat null_body(SMFICTX *ctx, unsigned char *chunk, size_t length) {
    (void) ctx; (void) chunk; (void) length;
    return SMFIS_CONTINUE;
}

static sfsistat null_eom(SMFICTX *ctx) {
    (void) ctx;
    return SMFIS_ACCEPT;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s inet:PORT@HOST|unix:PATH\n", argv[0]);
        return 64;
    }
    struct smfiDesc description;
    memset(&description, 0, sizeof description);
    description.xxfi_name = "null-milter";
    description.xxfi_version = SMFI_VERSION;
    description.xxfi_flags = 0;
    description.xxfi_header = null_header;
    description.xxfi_body = null_body;
    description.xxfi_eom = null_eom;
    description.xxfi_negotiate = null_negotiate;
    if (smfi_setconn(argv[1]) == MI_FAILURE || smfi_register(description) == MI_FAILURE) {
        fprintf(stderr, "null-milter: cannot use %s\n", argv[1]);
        return 69;
    }
    smfi_setbacklog(256);
    return smfi_main() == MI_SUCCESS ? 0 : 70;
}
