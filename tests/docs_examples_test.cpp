// The guide (docs/writing-scripts.md) and the README as a counselor reads
// them: every complete example script loads, and every message quoted under
// "Common mistakes" is word for word what the loader says, so that the
// documentation cannot drift from the program unnoticed.
//
// Conventions in the Markdown, kept deliberately small:
// - A ```yaml block is a complete script when it has `title:` and `agenda:`
//   at the top level (at the start of a line). It must load without errors
//   or warnings, unless the nearest non-blank line above its opening fence is
//   `<!-- broken -->`: then it must fail to load.
// - Under "## Common mistakes", the first ```yaml block is the short script
//   the mistakes are put into. Each later ```yaml block directly followed by
//   a plain ``` block is a mistake and the messages it causes. An indented
//   snippet replaces that short script from its last line of the same
//   indentation (a step replaces the step on line 6); a snippet at the top
//   level goes in right after line 1, which it may repeat for context.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "script_loader.hpp"

namespace fs = std::filesystem;

namespace {

struct CodeBlock {
    std::string info;  // what follows the opening fence: "yaml", "" ...
    std::string text;  // the lines between the fences, each ending in '\n'
    int line = 0;      // the opening fence's line in the Markdown, 1-based
    bool marked_broken = false;
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    return lines;
}

std::string read_file(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    REQUIRE(file.good());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool is_fence(const std::string& line) { return trimmed(line).rfind("```", 0) == 0; }

// The fenced code blocks of a Markdown text, each with the line it opens on
// and whether the `<!-- broken -->` marker stands above it.
std::vector<CodeBlock> code_blocks(const std::vector<std::string>& lines) {
    std::vector<CodeBlock> blocks;
    std::string last_text_line;  // the nearest non-blank line outside a block
    for (std::size_t index = 0; index < lines.size(); ++index) {
        if (!is_fence(lines[index])) {
            if (!trimmed(lines[index]).empty()) last_text_line = trimmed(lines[index]);
            continue;
        }
        CodeBlock block;
        block.info = trimmed(trimmed(lines[index]).substr(3));
        block.line = static_cast<int>(index) + 1;
        block.marked_broken = last_text_line == "<!-- broken -->";
        for (++index; index < lines.size() && !is_fence(lines[index]); ++index) block.text += lines[index] + "\n";
        blocks.push_back(block);
        last_text_line = "```";
    }
    return blocks;
}

bool is_complete_script(const CodeBlock& block) {
    if (block.info != "yaml") return false;
    bool has_title = false;
    bool has_agenda = false;
    for (const std::string& line : lines_of(block.text)) {
        has_title = has_title || line.rfind("title:", 0) == 0;
        has_agenda = has_agenda || line.rfind("agenda:", 0) == 0;
    }
    return has_title && has_agenda;
}

std::string all_messages(const attune::ScriptLoad& load) {
    std::string text;
    for (const attune::Diagnostic& diagnostic : load.diagnostics) text += diagnostic.format() + "\n";
    return text;
}

std::size_t indentation(const std::string& line) { return line.find_first_not_of(' '); }

// The short script with one mistake put in, following the convention above.
std::string with_mistake(const std::vector<std::string>& base, const std::vector<std::string>& snippet) {
    std::vector<std::string> script;
    const std::size_t indent = indentation(snippet.front());
    if (indent == 0) {
        script.push_back(base.front());
        const bool repeats_first = snippet.front() == base.front();
        script.insert(script.end(), snippet.begin() + (repeats_first ? 1 : 0), snippet.end());
        script.insert(script.end(), base.begin() + 1, base.end());
    } else {
        std::size_t from = base.size();
        for (std::size_t index = 0; index < base.size(); ++index)
            if (indentation(base[index]) == indent) from = index;
        REQUIRE(from < base.size());
        script.assign(base.begin(), base.begin() + static_cast<std::ptrdiff_t>(from));
        script.insert(script.end(), snippet.begin(), snippet.end());
    }
    std::string text;
    for (const std::string& line : script) text += line + "\n";
    return text;
}

const fs::path guide_path = fs::path{ATTUNE_SOURCE_DIR} / "docs" / "writing-scripts.md";
const fs::path readme_path = fs::path{ATTUNE_SOURCE_DIR} / "README.md";

}  // namespace

TEST_CASE("the Markdown reader finds complete scripts and honours the broken marker", "[docs]") {
    const std::vector<CodeBlock> blocks =
        code_blocks(lines_of("Text.\n"
                             "```yaml\ntitle: A\nagenda:\n  - title: B\n    steps:\n      - say: C\n```\n"
                             "<!-- broken -->\n\n"
                             "```yaml\ntitle: A\nagenda: []\n```\n"
                             "```yaml\nsettings:\n  title: not top level\nagenda:\n```\n"
                             "```\ntitle: A\nagenda:\n```\n"));
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].line == 2);
    CHECK(is_complete_script(blocks[0]));
    CHECK_FALSE(blocks[0].marked_broken);
    CHECK(is_complete_script(blocks[1]));
    CHECK(blocks[1].marked_broken);
    CHECK_FALSE(is_complete_script(blocks[2]));
    CHECK_FALSE(is_complete_script(blocks[3]));  // not marked as YAML
}

TEST_CASE("every complete example script in the guide and the README loads as the text says", "[docs]") {
    for (const fs::path& path : {guide_path, readme_path}) {
        int complete = 0;
        for (const CodeBlock& block : code_blocks(lines_of(read_file(path)))) {
            if (!is_complete_script(block)) continue;
            ++complete;
            // Blank lines in front, so that the messages give the Markdown's own lines.
            const std::string text = std::string(static_cast<std::size_t>(block.line), '\n') + block.text;
            const attune::ScriptLoad load = attune::load_script_text(text, path.filename().string());
            INFO("the ```yaml block at " << path.filename().string() << ":" << block.line << " says:\n"
                                         << all_messages(load));
            if (block.marked_broken) {
                CHECK_FALSE(load.ok());
            } else {
                CHECK(load.ok());
                CHECK(load.diagnostics.empty());
            }
        }
        INFO(path.string());
        CHECK(complete > 0);  // the reader still finds the examples
    }
}

TEST_CASE("the guide's common mistakes show the loader's messages word for word", "[docs]") {
    const std::vector<std::string> lines = lines_of(read_file(guide_path));
    std::size_t start = 0;
    while (start < lines.size() && lines[start].rfind("## Common mistakes", 0) != 0) ++start;
    REQUIRE(start < lines.size());
    std::size_t end = start + 1;
    while (end < lines.size() && lines[end].rfind("## ", 0) != 0) ++end;
    std::vector<CodeBlock> blocks = code_blocks(std::vector<std::string>(
        lines.begin() + static_cast<std::ptrdiff_t>(start), lines.begin() + static_cast<std::ptrdiff_t>(end)));
    for (CodeBlock& block : blocks) block.line += static_cast<int>(start);

    REQUIRE(!blocks.empty());
    REQUIRE(blocks.front().info == "yaml");
    const std::vector<std::string> base = lines_of(blocks.front().text);
    {
        INFO("the short script the mistakes are put into must itself be valid");
        CHECK(attune::load_script_text(blocks.front().text, "my.yaml").diagnostics.empty());
    }

    int mistakes = 0;
    for (std::size_t index = 1; index + 1 < blocks.size(); ++index) {
        const CodeBlock& snippet = blocks[index];
        const CodeBlock& messages = blocks[index + 1];
        // Directly followed: the message block opens right after the snippet closes.
        const bool paired = snippet.info == "yaml" && messages.info.empty() &&
                            messages.line == snippet.line + static_cast<int>(lines_of(snippet.text).size()) + 2;
        if (!paired) continue;
        ++mistakes;
        const std::string script = with_mistake(base, lines_of(snippet.text));
        const attune::ScriptLoad load = attune::load_script_text(script, "my.yaml");
        INFO("the mistake at writing-scripts.md:" << snippet.line << ", put into the short script:\n" << script);
        CHECK(all_messages(load) == messages.text);
    }
    CHECK(mistakes >= 15);  // the reader still finds the examples
}
