/*
 * Uses every item of the generated header, from C and (compiled as C++)
 * from C++. Includes the header twice and links with second_tu.c, which
 * includes it after the system's own headers: the build must be free of
 * warnings under -Wall -Wextra -Wpedantic -Werror. Exits 0 when a few
 * lookups give what the header's own macros promise; tests/tables.rs
 * compares every lookup with the spec.
 */
#include "wmkc_net_err.h"
#include "wmkc_net_err.h"

#if defined(_WIN32)
#include <ws2tcpip.h>
#include <windows.h>
#endif
#include <stdio.h>
#include <string.h>

/* Defined in second_tu.c. */
const char *second_unit_name(int value);

static int failures;

static void expect(int ok, const char *what)
{
    if (!ok) {
        printf("FAILED: %s\n", what);
        ++failures;
    }
}

int main(void)
{
    const struct wmkc_net_err_info *info = wmkc_net_err_lookup(WMKC_NET_ERR_ECONNRESET);
    unsigned operations = wmkc_net_err_operations(WMKC_NET_ERR_ECONNRESET);
    expect(info != NULL, "lookup(WMKC_NET_ERR_ECONNRESET)");
    expect(info != NULL && strcmp(info->name, "ECONNRESET") == 0, "info->name");
    expect(strcmp(wmkc_net_err_name(WMKC_NET_ERR_ECONNRESET), "ECONNRESET") == 0, "name");
    expect(strcmp(wmkc_net_err_code(WMKC_NET_ERR_ECONNRESET), "WMKC_NET_ERR_ECONNRESET") == 0, "code");
    expect(wmkc_net_err_summary(WMKC_NET_ERR_ECONNRESET) != NULL, "summary");
    expect(wmkc_net_err_en(WMKC_NET_ERR_ECONNRESET) != NULL, "en");
    expect(wmkc_net_err_zh(WMKC_NET_ERR_ECONNRESET) != NULL, "zh");
    expect((operations & WMKC_NET_OP_RECV) != 0, "operations has recv");
    expect((operations & WMKC_NET_OP_BIND) == 0, "operations lacks bind");
    expect(strcmp(wmkc_net_err_operation_name(WMKC_NET_OP_CONNECT), "connect") == 0, "operation_name");
    expect(wmkc_net_err_operation_name(0u) == NULL, "operation_name(0)");
    expect(wmkc_net_err_name(0) == NULL, "name(0)");
    expect(wmkc_net_err_lookup(-1) == NULL, "lookup(-1)");
    expect(wmkc_net_err_operations(0) == 0u, "operations(0)");
    expect(second_unit_name(WMKC_NET_ERR_ECONNRESET) != NULL, "the second unit's lookup");
    /* Every code reported on both platforms has its macro on either. */
    expect(WMKC_NET_ERR_EINTR != WMKC_NET_ERR_EACCES, "two macros");
#if defined(__linux__)
    expect(WMKC_NET_ERR_EAGAIN == EAGAIN, "EAGAIN");
    expect(strcmp(wmkc_net_err_name(EWOULDBLOCK), "EAGAIN") == 0, "a shared value decodes as the spec says");
#elif defined(_WIN32)
    expect(WMKC_NET_ERR_NOTINITIALISED == WSANOTINITIALISED, "WSANOTINITIALISED");
    expect(strcmp(wmkc_net_err_name(WSAEWOULDBLOCK), "EWOULDBLOCK") == 0, "WSAEWOULDBLOCK");
#endif
    return failures == 0 ? 0 : 1;
}
