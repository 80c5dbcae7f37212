/*
 * A second translation unit: the system's socket headers first, then the
 * C++ header, which must not clash with them or with the other units linked
 * into the same program.
 */
#if defined(_WIN32)
/* Without WIN32_LEAN_AND_MEAN: windows.h brings the old winsock.h. */
#include <windows.h>
#else
#include <netinet/in.h>
#include <sys/socket.h>
#include <errno.h>
#endif

#include "wmkc_net_err.hpp"

#include "units.hpp"

const std::error_category *second_unit_category()
{
    return &wmkc::net::net_category();
}

std::error_condition second_unit_condition()
{
    return wmkc::net::errc::econnreset;
}

bool second_unit_matches(const std::error_code &code)
{
    return code == wmkc::net::errc::econnrefused && wmkc::net::info(wmkc::net::errc::econnrefused) != nullptr &&
           wmkc::net::last_error().category() == std::system_category();
}
