/*
 * Uses every item of the generated C++ header: the .hpp included twice, then
 * the C header it builds on, and linked with second_tu.cpp (system socket
 * headers first), c_first.cpp (the C header first) and winsockapi_first.cpp
 * (_WINSOCKAPI_ defined by hand before windows.h), so that the build
 * must be free of warnings under -Wall -Wextra -Wpedantic -Werror in every
 * standard. Exits 0 when the checks below hold; tests/cpp_tables.rs compares
 * every condition with the spec.
 */
#include "wmkc_net_err.hpp"
#include "wmkc_net_err.hpp"
#include "wmkc_net_err.h"

#include <cstdio>
#include <cstring>
#include <ios>
#include <string>
#include <system_error>
#include <type_traits>

#include "units.hpp"

static_assert(std::is_error_condition_enum<wmkc::net::errc>::value,
              "errc converts to std::error_condition");
static_assert(!std::is_error_code_enum<wmkc::net::errc>::value,
              "errc is a condition, not a code");
static_assert(static_cast<int>(wmkc::net::errc::eintr) == 1, "values are positions from 1");
static_assert(noexcept(wmkc::net::net_category()), "net_category() is noexcept");
static_assert(noexcept(wmkc::net::last_error()), "last_error() is noexcept");
static_assert(noexcept(wmkc::net::std_condition(wmkc::net::errc::eintr)),
              "std_condition() is noexcept");
static_assert(noexcept(wmkc::net::info(wmkc::net::errc::eintr)), "info() is noexcept");

static int failures;

static void expect(bool ok, const char *what)
{
    if (!ok) {
        std::printf("FAILED: %s\n", what);
        ++failures;
    }
}

int main()
{
    using wmkc::net::errc;
    const std::error_category &category = wmkc::net::net_category();

    /* The category and its conditions. */
    expect(std::strcmp(category.name(), "wmkc.net") == 0, "name()");
    expect(category.message(static_cast<int>(errc::econnreset)) ==
               "ECONNRESET: connection reset by the peer",
           "message()");
    expect(category.message(0) == "wmkc.net: no code 0", "message(0)");
    const std::error_condition reset = errc::econnreset; /* implicit: is_error_condition_enum */
    expect(reset.category() == category, "condition category");
    expect(reset.value() == static_cast<int>(errc::econnreset), "condition value");
    expect(reset.message() == "ECONNRESET: connection reset by the peer", "condition message");
    expect(make_error_condition(errc::econnreset) == reset, "make_error_condition by ADL");
    expect(wmkc::net::make_error_condition(errc::eagain) != reset, "two conditions differ");

    /* Codes of the host in system_category() and generic_category(). */
    const std::error_code refused(WMKC_NET_ERR_ECONNREFUSED, std::system_category());
    expect(refused == errc::econnrefused, "system code == its condition");
    expect(errc::econnrefused == refused, "condition == system code");
    expect(refused != errc::econnreset, "system code != another condition");
    expect(!category.equivalent(std::error_code(WMKC_NET_ERR_ECONNREFUSED, std::iostream_category()),
                                static_cast<int>(errc::econnrefused)),
           "a code of another category matches nothing");
    expect(std::make_error_code(std::errc::connection_reset) == errc::econnreset,
           "std::errc::connection_reset is econnreset");
    expect(std::make_error_code(std::errc::connection_reset) != errc::econnrefused,
           "std::errc::connection_reset is not econnrefused");

    /* The standard condition of a code, or an empty one. */
    expect(wmkc::net::std_condition(errc::econnreset) ==
               std::make_error_condition(std::errc::connection_reset),
           "std_condition(econnreset)");
    expect(!wmkc::net::std_condition(errc::notinitialised), "std_condition(notinitialised) is empty");
    expect(!wmkc::net::std_condition(errc::edquot), "std_condition(edquot) is empty");

    /* The C header's texts of any code, reported here or not. */
    const wmkc_net_err_info *reset_info = wmkc::net::info(errc::econnreset);
    expect(reset_info != nullptr && std::strcmp(reset_info->name, "ECONNRESET") == 0, "info()");
    expect(reset_info == wmkc_net_err_at(static_cast<int>(errc::econnreset) - 1), "info() is at()");
    expect(wmkc::net::info(errc::notinitialised) != nullptr, "info() of a Windows code");
    expect(wmkc::net::info(errc::epipe) != nullptr, "info() of a Linux code");
    expect(wmkc::net::info(static_cast<errc>(0)) == nullptr, "info(0)");
    expect(wmkc::net::info(static_cast<errc>(49)) == nullptr, "info(49)");

    /* The host's last error, in system_category(). */
    const std::error_code last = wmkc::net::last_error();
    expect(last.category() == std::system_category(), "last_error() category");

#if defined(__linux__)
    expect(std::error_code(EAGAIN, std::system_category()) == errc::eagain, "11 is eagain");
    expect(std::error_code(EAGAIN, std::system_category()) == errc::ewouldblock, "11 is ewouldblock");
    expect(std::error_code(EPIPE, std::generic_category()) == errc::epipe, "generic EPIPE");
    expect(std::error_code(EPIPE, std::system_category()) == std::errc::broken_pipe,
           "Linux: a system code is its std::errc");
#elif defined(_WIN32)
    expect(std::error_code(WSAEWOULDBLOCK, std::system_category()) == errc::ewouldblock,
           "WSAEWOULDBLOCK is ewouldblock");
    expect(std::error_code(WSAEWOULDBLOCK, std::system_category()) != errc::eagain,
           "WSAEWOULDBLOCK is not eagain");
    expect(std::error_code(WSANOTINITIALISED, std::system_category()) == errc::notinitialised,
           "WSANOTINITIALISED");
    expect(std::error_code(WSAECONNRESET, std::generic_category()) != errc::econnreset,
           "Windows: a Winsock value in generic_category() is not its condition");
#endif

    /* The other translation units see the same category and conditions. */
    expect(second_unit_category() == &category, "one category object across units");
    expect(second_unit_condition() == reset, "a condition made in another unit");
    expect(second_unit_matches(refused), "another unit's comparison");
    expect(c_first_unit_category() == &category, "one category object, C header first");
    expect(winsockapi_first_unit_last_error_is_a_system_code(), "last_error() after _WINSOCKAPI_ and windows.h");
    expect(c_first_unit_condition() == make_error_condition(errc::etimedout),
           "a condition made in the unit that included the C header first");

    return failures == 0 ? 0 : 1;
}
