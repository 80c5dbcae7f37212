/*
 * A second translation unit: the system's socket headers first, then the
 * generated header, which must not clash with them or with use_all.c when
 * the two are linked into one program.
 */
#if defined(_WIN32)
/* Without WIN32_LEAN_AND_MEAN: windows.h brings the old winsock.h. */
#include <windows.h>
#else
#include <netinet/in.h>
#include <sys/socket.h>
#include <errno.h>
#endif

#include "wmkc_net_err.h"

const char *second_unit_name(int value);

const char *second_unit_name(int value)
{
    return wmkc_net_err_name(value);
}
