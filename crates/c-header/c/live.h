/*
 * What live_linux.c and live_windows.c share: the line each scenario prints
 * and the loopback address. Included after the platform's socket headers
 * and the generated header.
 */
#ifndef LIVE_H_INCLUDED
#define LIVE_H_INCLUDED

#include <stdio.h>
#include <string.h>

/* Prints the scenario's line: CASE with the value and the header's name for
 * it when the call failed, NOFAIL when it did not. */
static void report(const char *expected, const char *call, int failed, int error)
{
    const char *name;
    if (!failed) {
        printf("NOFAIL %s %s\n", expected, call);
        return;
    }
    name = wmkc_net_err_name(error);
    printf("CASE %s %s %d %s\n", expected, call, error, name != NULL ? name : "(null)");
}

/* 127.0.0.1 on `port` (0: any free port). */
static struct sockaddr_in loopback(unsigned short port)
{
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    return address;
}

#endif
