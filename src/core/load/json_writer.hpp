#pragma once
// A small JSON value with ordered members, enough to write a schema that
// reads the same on every run (members stay in the order they were added).
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace attune::json {

struct Value;
using Array = std::vector<Value>;
using Object = std::vector<std::pair<std::string, Value>>;

struct Value {
    std::variant<std::nullptr_t, bool, std::int64_t, std::string, Array, Object> data;

    Value() : data(nullptr) {}
    Value(bool value) : data(value) {}
    Value(int value) : data(std::int64_t{value}) {}
    Value(std::int64_t value) : data(value) {}
    Value(const char* text) : data(std::string(text)) {}
    Value(std::string_view text) : data(std::string(text)) {}
    Value(std::string text) : data(std::move(text)) {}
    Value(Array items) : data(std::move(items)) {}
    Value(Object members) : data(std::move(members)) {}
};

// `value` as JSON text, members and items one per line, indented by two spaces.
std::string write(const Value& value);

}  // namespace attune::json
