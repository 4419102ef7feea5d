#pragma once
// A small binary encoding for what a space keeps: unsigned LEB128 integers,
// zigzag for signed ones, length-prefixed strings. Compact, and a reader
// that refuses anything short, long or out of range, so that a damaged or
// hostile record ends in a clear error and never in undefined behaviour.
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace attune::space {

class DecodeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ByteWriter {
public:
    void u64(std::uint64_t value);
    void i64(std::int64_t value);
    void byte(std::uint8_t value) { m_out.push_back(value); }
    void text(const std::string& value);
    std::vector<unsigned char>& bytes() { return m_out; }

private:
    std::vector<unsigned char> m_out;
};

class ByteReader {
public:
    explicit ByteReader(std::span<const unsigned char> in) : m_in(in) {}
    std::uint64_t u64();
    std::int64_t i64();
    std::uint8_t byte();
    std::string text();
    // A count of things to come, refused when it could not fit in what is left.
    std::size_t count();
    // An integer in [0, limit].
    std::uint64_t u64_at_most(std::uint64_t limit);
    bool at_end() const { return m_at == m_in.size(); }
    // Refuses bytes after the end of a record.
    void expect_end() const;

private:
    std::span<const unsigned char> m_in;
    std::size_t m_at = 0;
};

}  // namespace attune::space
