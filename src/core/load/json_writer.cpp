#include "json_writer.hpp"

#include <cstdio>

namespace attune::json {
namespace {

void write_string(std::string_view text, std::string& out) {
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out += escaped;
                } else {
                    out += c;  // UTF-8 passes through as it is
                }
        }
    }
    out += '"';
}

void write_value(const Value& value, int depth, std::string& out) {
    const std::string indent(static_cast<std::size_t>(depth + 1) * 2, ' ');
    const std::string closing_indent(static_cast<std::size_t>(depth) * 2, ' ');
    if (std::holds_alternative<std::nullptr_t>(value.data)) {
        out += "null";
    } else if (const bool* flag = std::get_if<bool>(&value.data)) {
        out += *flag ? "true" : "false";
    } else if (const std::int64_t* number = std::get_if<std::int64_t>(&value.data)) {
        out += std::to_string(*number);
    } else if (const std::string* text = std::get_if<std::string>(&value.data)) {
        write_string(*text, out);
    } else if (const Array* items = std::get_if<Array>(&value.data)) {
        if (items->empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < items->size(); ++i) {
            out += indent;
            write_value((*items)[i], depth + 1, out);
            out += i + 1 < items->size() ? ",\n" : "\n";
        }
        out += closing_indent + "]";
    } else if (const Object* members = std::get_if<Object>(&value.data)) {
        if (members->empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (std::size_t i = 0; i < members->size(); ++i) {
            out += indent;
            write_string((*members)[i].first, out);
            out += ": ";
            write_value((*members)[i].second, depth + 1, out);
            out += i + 1 < members->size() ? ",\n" : "\n";
        }
        out += closing_indent + "}";
    }
}

}  // namespace

std::string write(const Value& value) {
    std::string out;
    write_value(value, 0, out);
    out += '\n';
    return out;
}

}  // namespace attune::json
