#pragma once
// Reads a fuzzer's bytes as small decisions. Past the end every read gives 0,
// so that any input, even an empty one, decodes to something.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace attune::fuzz {

class ByteReader {
public:
    explicit ByteReader(std::span<const std::uint8_t> bytes) : m_bytes(bytes) {}

    bool done() const { return m_at >= m_bytes.size(); }
    std::uint8_t byte() { return done() ? 0 : m_bytes[m_at++]; }
    // A length byte (below `limit`), then up to that many bytes as they are:
    // texts may be any bytes, the engine must not care.
    std::string text(std::size_t limit) {
        const std::size_t wanted = byte() % limit;
        const std::size_t length = std::min(wanted, m_bytes.size() - std::min(m_at, m_bytes.size()));
        std::string result(reinterpret_cast<const char*>(m_bytes.data() + m_at), length);
        m_at += length;
        return result;
    }

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_at = 0;
};

}  // namespace attune::fuzz
