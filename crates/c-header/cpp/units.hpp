/* What use_all.cpp calls in second_tu.cpp, c_first.cpp and winsockapi_first.cpp. */
#ifndef UNITS_HPP_INCLUDED
#define UNITS_HPP_INCLUDED

#include <system_error>

const std::error_category *second_unit_category();
std::error_condition second_unit_condition();
bool second_unit_matches(const std::error_code &code);

const std::error_category *c_first_unit_category();
std::error_condition c_first_unit_condition();

bool winsockapi_first_unit_last_error_is_a_system_code();

#endif
