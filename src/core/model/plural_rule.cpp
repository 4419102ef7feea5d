#include "plural_rule.hpp"

#include <cctype>
#include <string>

namespace attune {

// A recursive-descent parser with C's precedence. Nesting and size are
// bounded, so that evaluating the tree cannot exhaust the stack either.
class PluralParser {
public:
    explicit PluralParser(std::string_view text) : m_text(text) {}

    std::optional<PluralRule> parse() {
        const auto root = expression(0);
        skip_spaces();
        if (!root || m_at != m_text.size()) return std::nullopt;
        return std::move(m_rule);
    }

private:
    static constexpr int max_depth = 40;
    static constexpr std::size_t max_nodes = 400;
    static constexpr std::uint64_t max_number = 1'000'000'000;

    using Index = std::optional<std::size_t>;

    void skip_spaces() {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at]))) ++m_at;
    }

    bool take(std::string_view token) {
        skip_spaces();
        if (m_text.substr(m_at, token.size()) != token) return false;
        m_at += token.size();
        return true;
    }

    Index add(PluralRule::Node node) {
        if (m_rule.m_nodes.size() >= max_nodes) return std::nullopt;
        m_rule.m_nodes.push_back(node);
        return m_rule.m_nodes.size() - 1;
    }

    Index binary(char op, Index a, Index b) {
        if (!a || !b) return std::nullopt;
        PluralRule::Node node;
        node.kind = PluralRule::Node::Kind::binary;
        node.op = op;
        node.a = *a;
        node.b = *b;
        return add(node);
    }

    Index expression(int depth) {
        if (depth > max_depth) return std::nullopt;
        const Index condition = logical_or(depth + 1);
        if (!condition || !take("?")) return condition;
        const Index then = expression(depth + 1);
        if (!then || !take(":")) return std::nullopt;
        const Index otherwise = expression(depth + 1);
        if (!otherwise) return std::nullopt;
        PluralRule::Node node;
        node.kind = PluralRule::Node::Kind::choice;
        node.a = *condition;
        node.b = *then;
        node.c = *otherwise;
        return add(node);
    }

    Index logical_or(int depth) {
        Index left = logical_and(depth);
        while (left && take("||")) left = binary('|', left, logical_and(depth));
        return left;
    }

    Index logical_and(int depth) {
        Index left = equality(depth);
        while (left && take("&&")) left = binary('&', left, equality(depth));
        return left;
    }

    Index equality(int depth) {
        Index left = relation(depth);
        while (left) {
            if (take("=="))
                left = binary('=', left, relation(depth));
            else if (take("!="))
                left = binary('!', left, relation(depth));
            else
                break;
        }
        return left;
    }

    Index relation(int depth) {
        Index left = sum(depth);
        while (left) {
            if (take("<="))
                left = binary('l', left, sum(depth));
            else if (take(">="))
                left = binary('g', left, sum(depth));
            else if (take("<"))
                left = binary('<', left, sum(depth));
            else if (take(">"))
                left = binary('>', left, sum(depth));
            else
                break;
        }
        return left;
    }

    Index sum(int depth) {
        Index left = product(depth);
        while (left) {
            if (take("+"))
                left = binary('+', left, product(depth));
            else if (take("-"))
                left = binary('-', left, product(depth));
            else
                break;
        }
        return left;
    }

    Index product(int depth) {
        Index left = unary(depth);
        while (left) {
            if (take("*"))
                left = binary('*', left, unary(depth));
            else if (take("/"))
                left = binary('/', left, unary(depth));
            else if (take("%"))
                left = binary('%', left, unary(depth));
            else
                break;
        }
        return left;
    }

    Index unary(int depth) {
        if (depth > max_depth) return std::nullopt;
        skip_spaces();
        // "!=" is an operator, not a negation.
        if (m_text.substr(m_at, 1) == "!" && m_text.substr(m_at, 2) != "!=") {
            ++m_at;
            const Index operand = unary(depth + 1);
            if (!operand) return std::nullopt;
            PluralRule::Node node;
            node.kind = PluralRule::Node::Kind::negate;
            node.a = *operand;
            return add(node);
        }
        return primary(depth);
    }

    Index primary(int depth) {
        skip_spaces();
        if (m_at >= m_text.size()) return std::nullopt;
        const char c = m_text[m_at];
        if (c == '(') {
            ++m_at;
            const Index inner = expression(depth + 1);
            if (!inner || !take(")")) return std::nullopt;
            return inner;
        }
        if (c == 'n') {
            ++m_at;
            // "n" alone: a longer name ("nn", "n_2") is not the count.
            if (m_at < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[m_at])) || m_text[m_at] == '_'))
                return std::nullopt;
            PluralRule::Node node;
            node.kind = PluralRule::Node::Kind::count;
            return add(node);
        }
        if (std::isdigit(static_cast<unsigned char>(c))) {
            std::uint64_t value = 0;
            while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at]))) {
                value = value * 10 + static_cast<std::uint64_t>(m_text[m_at] - '0');
                if (value > max_number) return std::nullopt;
                ++m_at;
            }
            if (m_at < m_text.size() && std::isalpha(static_cast<unsigned char>(m_text[m_at]))) return std::nullopt;
            PluralRule::Node node;
            node.kind = PluralRule::Node::Kind::number;
            node.value = value;
            return add(node);
        }
        return std::nullopt;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
    PluralRule m_rule;
};

PluralRule PluralRule::one_other() { return *parse("n != 1"); }

std::optional<PluralRule> PluralRule::parse(std::string_view expression) { return PluralParser{expression}.parse(); }

std::uint64_t PluralRule::evaluate(std::uint64_t n) const {
    if (m_nodes.empty()) return 0;
    return evaluate(m_nodes.size() - 1, n);
}

std::uint64_t PluralRule::evaluate(std::size_t index, std::uint64_t n) const {
    const Node& node = m_nodes[index];
    switch (node.kind) {
        case Node::Kind::count:
            return n;
        case Node::Kind::number:
            return node.value;
        case Node::Kind::negate:
            return evaluate(node.a, n) == 0 ? 1 : 0;
        case Node::Kind::choice:
            return evaluate(node.a, n) != 0 ? evaluate(node.b, n) : evaluate(node.c, n);
        case Node::Kind::binary:
            break;
    }
    const std::uint64_t a = evaluate(node.a, n);
    // && and || look at their right side only when C would.
    if (node.op == '&') return a != 0 && evaluate(node.b, n) != 0 ? 1 : 0;
    if (node.op == '|') return a != 0 || evaluate(node.b, n) != 0 ? 1 : 0;
    const std::uint64_t b = evaluate(node.b, n);
    switch (node.op) {
        case '+':
            return a + b;
        case '-':
            return a - b;
        case '*':
            return a * b;
        case '/':
            return b == 0 ? 0 : a / b;
        case '%':
            return b == 0 ? 0 : a % b;
        case '<':
            return a < b ? 1 : 0;
        case '>':
            return a > b ? 1 : 0;
        case 'l':
            return a <= b ? 1 : 0;
        case 'g':
            return a >= b ? 1 : 0;
        case '=':
            return a == b ? 1 : 0;
        case '!':
            return a != b ? 1 : 0;
        default:
            return 0;
    }
}

std::size_t PluralForms::form_for(std::uint64_t n) const {
    const std::uint64_t form = rule.evaluate(n);
    return form < count ? static_cast<std::size_t>(form) : 0;
}

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

}  // namespace

std::optional<PluralForms> parse_plural_forms(std::string_view header_value) {
    std::optional<std::size_t> count;
    std::optional<PluralRule> rule;
    while (!header_value.empty()) {
        const std::size_t end = header_value.find(';');
        const std::string_view part = trim(header_value.substr(0, end));
        header_value = end == std::string_view::npos ? std::string_view{} : header_value.substr(end + 1);
        if (part.empty()) continue;
        const std::size_t equals = part.find('=');
        if (equals == std::string_view::npos) return std::nullopt;
        const std::string_view name = trim(part.substr(0, equals));
        const std::string_view value = trim(part.substr(equals + 1));
        if (name == "nplurals") {
            if (value.empty() || value.size() > 2) return std::nullopt;
            std::size_t number = 0;
            for (char c : value) {
                if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
                number = number * 10 + static_cast<std::size_t>(c - '0');
            }
            if (number < 1 || number > 6) return std::nullopt;
            count = number;
        } else if (name == "plural") {
            rule = PluralRule::parse(value);
            if (!rule) return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (!count || !rule) return std::nullopt;
    return PluralForms{*count, std::move(*rule)};
}

}  // namespace attune
