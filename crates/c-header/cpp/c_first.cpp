/*
 * A third translation unit: the C header first, then the C++ header, then
 * the C header again (use_all.cpp has the other order).
 */
#include "wmkc_net_err.h"
#include "wmkc_net_err.hpp"
#include "wmkc_net_err.h"

#include "units.hpp"

const std::error_category *c_first_unit_category()
{
    return &wmkc::net::net_category();
}

std::error_condition c_first_unit_condition()
{
    return make_error_condition(wmkc::net::errc::etimedout);
}
