#pragma once
// The plural rule of a gettext catalogue: the C expression of its
// Plural-Forms header ("nplurals=2; plural=(n > 1);"), parsed into a small
// tree and evaluated for a count. Only what gettext's rules use is accepted:
// n, decimal integers, parentheses, ! and the operators
// ?: || && == != < > <= >= + - * / %. Anything else (a function call, an
// assignment, a second variable, a deep nesting) is refused, so that a
// damaged or hostile catalogue cannot run code, loop or crash; division by
// zero gives 0.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace attune {

class PluralRule {
public:
    // English and German: one form for 1, another for every other count.
    static PluralRule one_other();
    // The expression after "plural=", without the ';'.
    static std::optional<PluralRule> parse(std::string_view expression);

    // The expression's value for `n` (gettext's index of the plural form).
    std::uint64_t evaluate(std::uint64_t n) const;

    struct Node {
        enum class Kind { count, number, negate, binary, choice } kind = Kind::number;
        std::uint64_t value = 0;          // number
        char op = 0;                      // binary: one of + - * / % < > l(<=) g(>=) = (==) ! (!=) & (&&) | (||)
        std::size_t a = 0, b = 0, c = 0;  // children, indices into m_nodes
    };

private:
    std::uint64_t evaluate(std::size_t node, std::uint64_t n) const;
    std::vector<Node> m_nodes;  // the root is the last one
    friend class PluralParser;
};

struct PluralForms {
    std::size_t count = 2;  // nplurals
    PluralRule rule = PluralRule::one_other();
    // The form to use for `n`: the rule's value, or form 0 when the rule
    // names a form the catalogue does not have.
    std::size_t form_for(std::uint64_t n) const;
};

// The value of a Plural-Forms header ("nplurals=3; plural=(n==1 ? 0 : ...);").
std::optional<PluralForms> parse_plural_forms(std::string_view header_value);

}  // namespace attune
