#include "byte_codec.hpp"

namespace attune::space {

void ByteWriter::u64(std::uint64_t value) {
    while (value >= 0x80) {
        m_out.push_back(static_cast<unsigned char>(value | 0x80));
        value >>= 7;
    }
    m_out.push_back(static_cast<unsigned char>(value));
}

void ByteWriter::i64(std::int64_t value) {
    const auto bits = static_cast<std::uint64_t>(value);
    u64((bits << 1) ^ (value < 0 ? ~std::uint64_t{0} : 0));
}

void ByteWriter::text(const std::string& value) {
    u64(value.size());
    m_out.insert(m_out.end(), value.begin(), value.end());
}

std::uint64_t ByteReader::u64() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        const std::uint8_t next = byte();
        value |= static_cast<std::uint64_t>(next & 0x7f) << shift;
        if ((next & 0x80) == 0) return value;
    }
    throw DecodeError("a number is too long");
}

std::int64_t ByteReader::i64() {
    const std::uint64_t bits = u64();
    return static_cast<std::int64_t>((bits >> 1) ^ (~(bits & 1) + 1));
}

std::uint8_t ByteReader::byte() {
    if (m_at >= m_in.size()) throw DecodeError("the record ends too early");
    return m_in[m_at++];
}

std::string ByteReader::text() {
    const std::size_t size = count();
    std::string value(reinterpret_cast<const char*>(m_in.data() + m_at), size);
    m_at += size;
    return value;
}

std::size_t ByteReader::count() {
    const std::uint64_t value = u64();
    if (value > m_in.size() - m_at) throw DecodeError("a length runs past the end of the record");
    return static_cast<std::size_t>(value);
}

std::uint64_t ByteReader::u64_at_most(std::uint64_t limit) {
    const std::uint64_t value = u64();
    if (value > limit) throw DecodeError("a value is out of range");
    return value;
}

void ByteReader::expect_end() const {
    if (!at_end()) throw DecodeError("the record has bytes after its end");
}

}  // namespace attune::space
