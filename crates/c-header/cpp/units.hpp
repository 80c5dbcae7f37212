/* What use_all.cpp calls in second_tu.cpp and c_first.cpp. */
#ifndef UNITS_HPP_INCLUDED
#define UNITS_HPP_INCLUDED

#include <system_error>

const std::error_category *second_unit_category();
std::error_condition second_unit_condition();
bool second_unit_matches(const std::error_code &code);

const std::error_category *c_first_unit_category();
std::error_condition c_first_unit_condition();

#endif
