#include "yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <unordered_map>

#include "diagnostics.hpp"
#include "regular_file.hpp"
#include "utf8.hpp"
#include "yaml_text_check.hpp"
#include "yaml_tree_messages.hpp"

namespace attune::yaml {

const MapEntry* Node::find(std::string_view key) const {
    for (const MapEntry& entry : entries) {
        if (entry.key.text == key) return &entry;
    }
    return nullptr;
}

const Node* Node::value_of(std::string_view key) const {
    const MapEntry* entry = find(key);
    return entry ? &entry->value : nullptr;
}

std::string describe(const Node& node) {
    switch (node.kind) {
        case NodeKind::null:
            return "nothing";
        case NodeKind::sequence:
            return "a list";
        case NodeKind::map:
            return "a map";
        case NodeKind::scalar:
            break;
    }
    if (node.text.empty()) return "an empty text";
    return "the text " + in_quotes(utf8::shorten(node.text, 40));
}

namespace {

// Thrown from the event handler to stop yaml-cpp before it recurses deeper.
struct TooDeep {
    YAML::Mark mark;
};
// Thrown when a second document starts, before yaml-cpp parses it.
struct SecondDocument {
    YAML::Mark mark;
};

// yaml-cpp 0.7 accepts a quoted text that runs to the end of the file
// without its closing quote; this finds that case. `offset` is the opening quote.
bool quote_is_closed(std::string_view text, std::size_t offset) {
    const char quote = text[offset];
    for (std::size_t i = offset + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '"' || i + 1 >= text.size() || text[i + 1] != '\'') return true;
            ++i;  // '' inside single quotes
        }
    }
    return false;
}

bool is_null_word(std::string_view text) { return text == "~" || text == "null" || text == "Null" || text == "NULL"; }

// Builds the tree from yaml-cpp's events. Problems that leave the tree
// usable (duplicate keys, anchors, tags) are reported and parsing goes on.
class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(std::string_view text, const utf8::TextPositions& positions, const std::string& file, int max_depth,
                std::vector<Diagnostic>& diagnostics)
        : m_text(text), m_positions(positions), m_file(file), m_max_depth(max_depth), m_diagnostics(diagnostics) {}

    Node take_root() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        Node node;
        node.pos = null_position(mark);
        add(std::move(node));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        error(position(mark), messages::alias_refused);
        Node node;
        node.pos = position(mark);
        add(std::move(node));
    }

    void OnAnchor(const YAML::Mark& mark, const std::string&) override {
        error(position(mark), messages::anchor_refused);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
        check_tag(mark, tag);
        Node node;
        node.pos = position(mark);
        // yaml-cpp marks plain scalars with the non-specific tag "?" and
        // quoted or block scalars with "!".
        node.style = tag == "?" ? ScalarStyle::plain : ScalarStyle::quoted;
        if (node.style == ScalarStyle::quoted) check_quote_closed(mark);
        if (node.style == ScalarStyle::plain && is_null_word(value)) {
            add(std::move(node));  // stays null
            return;
        }
        node.kind = NodeKind::scalar;
        node.text = value;
        std::replace(node.text.begin(), node.text.end(), question_mark_stand_in, '?');
        add(std::move(node));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(mark, tag, NodeKind::sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        open(mark, tag, NodeKind::map);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Node node;
        std::optional<Node> key;  // a map's key waiting for its value
        bool drop_value = false;  // the key was refused: leave its value out
        std::unordered_map<std::string, SourcePos> seen_keys;
    };

    SourcePos position(const YAML::Mark& mark) const { return m_positions.from_line_column(mark.line, mark.column); }

    // yaml-cpp marks an empty value at the next token, often on a later
    // line; point instead at the '-' (or ',') that introduced the empty entry.
    SourcePos null_position(const YAML::Mark& mark) const {
        if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= m_positions.line_count()) {
            return position(mark);
        }
        const std::size_t line = static_cast<std::size_t>(mark.line);
        const std::size_t offset =
            std::min(m_positions.line_start(line) + static_cast<std::size_t>(std::max(mark.column, 0)), m_text.size());
        const std::string_view rest = m_text.substr(offset);
        if (rest.substr(0, 1) == "~" || rest.substr(0, 4) == "null" || rest.substr(0, 4) == "Null" ||
            rest.substr(0, 4) == "NULL") {
            return position(mark);
        }
        std::size_t i = offset;
        while (i > 0 && (m_text[i - 1] == ' ' || m_text[i - 1] == '\n' || m_text[i - 1] == '\t')) {
            --i;
        }
        if (i > 0 && std::strchr("-:,[{?", m_text[i - 1]) != nullptr) {
            return m_positions.from_offset(i - 1);
        }
        return position(mark);
    }

    std::optional<std::size_t> offset_of(const YAML::Mark& mark) const {
        if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= m_positions.line_count()) {
            return std::nullopt;
        }
        const std::size_t offset = m_positions.line_start(static_cast<std::size_t>(mark.line)) +
                                   static_cast<std::size_t>(std::max(mark.column, 0));
        if (offset >= m_text.size()) return std::nullopt;
        return offset;
    }

    void check_quote_closed(const YAML::Mark& mark) {
        const auto offset = offset_of(mark);
        if (!offset || (m_text[*offset] != '"' && m_text[*offset] != '\'')) return;
        if (!quote_is_closed(m_text, *offset)) error(position(mark), messages::quote_not_closed);
    }

    void error(SourcePos pos, std::string message) {
        m_diagnostics.push_back(Diagnostic{m_file, pos, Severity::error, std::move(message)});
    }

    void check_tag(const YAML::Mark& mark, const std::string& tag) {
        if (tag != "?" && tag != "!" && !tag.empty()) error(position(mark), messages::tag_refused);
    }

    void open(const YAML::Mark& mark, const std::string& tag, NodeKind kind) {
        if (static_cast<int>(m_stack.size()) >= m_max_depth) throw TooDeep{mark};
        check_tag(mark, tag);
        Frame frame;
        frame.node.kind = kind;
        frame.node.pos = position(mark);
        m_stack.push_back(std::move(frame));
    }

    void close() {
        Node node = std::move(m_stack.back().node);
        m_stack.pop_back();
        add(std::move(node));
    }

    void add(Node node) {
        if (m_stack.empty()) {
            m_root = std::move(node);
            return;
        }
        Frame& frame = m_stack.back();
        if (frame.node.is_sequence()) {
            frame.node.items.push_back(std::move(node));
            return;
        }
        if (!frame.key) {
            add_key(frame, std::move(node));
            return;
        }
        Node key = std::move(*frame.key);
        frame.key.reset();
        if (frame.drop_value) {
            frame.drop_value = false;
            return;
        }
        // An empty value reads best at its key: "title:" with nothing after.
        if (node.is_null() && node.pos.line != key.pos.line) node.pos = key.pos;
        frame.node.entries.push_back(MapEntry{std::move(key), std::move(node)});
    }

    void add_key(Frame& frame, Node key) {
        frame.drop_value = true;
        if (key.is_null()) {
            error(key.pos, messages::key_missing);
        } else if (!key.is_scalar()) {
            error(key.pos, messages::key_not_text);
        } else if (auto [seen, fresh] = frame.seen_keys.try_emplace(key.text, key.pos); !fresh) {
            error(key.pos, messages::duplicate_key(key.text, seen->second.line));
        } else {
            frame.drop_value = false;
        }
        frame.key = std::move(key);
    }

    std::string_view m_text;
    const utf8::TextPositions& m_positions;
    const std::string& m_file;
    int m_max_depth;
    std::vector<Diagnostic>& m_diagnostics;
    std::vector<Frame> m_stack;
    Node m_root;
};

// Only looks for the start of a further document and stops right there.
class SecondDocumentProbe final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark& mark) override { throw SecondDocument{mark}; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { throw SecondDocument{mark}; }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { throw SecondDocument{mark}; }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override {
        throw SecondDocument{mark};
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        throw SecondDocument{mark};
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        throw SecondDocument{mark};
    }
    void OnMapEnd() override {}
};

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
    });
}

Diagnostic file_error(const std::string& file, std::string message) {
    return Diagnostic{file, SourcePos{1, 1}, Severity::error, std::move(message)};
}

}  // namespace

YamlParse parse_yaml(std::string_view raw_text, const std::string& display_name, const YamlLimits& limits) {
    YamlParse result;
    if (raw_text.size() > limits.max_bytes) {
        result.diagnostics.push_back(file_error(display_name, messages::too_large(raw_text.size(), limits.max_bytes)));
        return result;
    }
    std::string text = normalize_line_breaks(raw_text);
    const utf8::TextPositions positions(text);
    result.diagnostics = check_text(text, positions, display_name, limits);
    if (!result.diagnostics.empty()) return result;
    protect_question_marks(text);

    std::istringstream stream(text);
    try {
        YAML::Parser parser(stream);
        TreeBuilder builder(text, positions, display_name, limits.max_depth, result.diagnostics);
        if (parser.HandleNextDocument(builder)) {
            result.root = builder.take_root();
            SecondDocumentProbe probe;
            try {
                parser.HandleNextDocument(probe);
            } catch (const SecondDocument& second) {
                result.diagnostics.push_back(
                    Diagnostic{display_name, positions.from_line_column(second.mark.line, second.mark.column),
                               Severity::error, messages::second_document});
            }
        }
        result.tree_complete = true;
    } catch (const TooDeep& deep) {
        result.diagnostics.push_back(Diagnostic{display_name,
                                                positions.from_line_column(deep.mark.line, deep.mark.column),
                                                Severity::error, messages::too_deep(limits.max_depth)});
    } catch (const YAML::Exception& failure) {
        SourcePos pos = failure.mark.is_null() ? SourcePos{1, 1}
                                               : positions.from_line_column(failure.mark.line, failure.mark.column);
        const bool unclosed_bracket = failure.msg.rfind("end of sequence flow not found", 0) == 0 ||
                                      failure.msg.rfind("end of map flow not found", 0) == 0;
        if (unclosed_bracket && !failure.mark.is_null() && failure.mark.pos >= 0) {
            const auto end = std::min(text.size(), static_cast<std::size_t>(failure.mark.pos));
            if (const auto bracket = innermost_open_bracket(text, end)) pos = positions.from_offset(*bracket);
        }
        result.diagnostics.push_back(
            Diagnostic{display_name, pos, Severity::error, messages::from_yaml_cpp(failure.msg)});
    } catch (const std::exception& failure) {
        result.diagnostics.push_back(
            file_error(display_name, std::string("the file could not be read as YAML: ") + failure.what()));
    }
    if (!result.tree_complete) result.root = Node{};
    sort_by_position(result.diagnostics);
    return result;
}

YamlParse parse_yaml_file(const std::filesystem::path& path, const YamlLimits& limits) {
    return parse_yaml_file(path, path.string(), limits);
}

YamlParse parse_yaml_file(const std::filesystem::path& path, const std::string& display_name,
                          const YamlLimits& limits) {
    RegularFileRead file = read_regular_file(path, limits.max_bytes, display_name);
    if (!file.content) {
        YamlParse result;
        result.diagnostics.push_back(std::move(*file.problem));
        return result;
    }
    return parse_yaml(*file.content, display_name, limits);
}

}  // namespace attune::yaml
