#pragma once
// Key material and passphrases live only in memory that libsodium guards:
// allocated with sodium_malloc (locked, so it is never swapped to disk, and
// fenced by guard pages), wiped with sodium_memzero and freed on destruction.
#include <cstddef>
#include <span>
#include <string_view>

namespace attune::space {

// Initialises libsodium once; throws when it cannot (no entropy source).
void ensure_sodium();

// Nothing of an open space may reach a core dump: from the first call on,
// this process makes none (and another process cannot read it through ptrace).
void forbid_core_dumps();

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::span<const unsigned char> bytes() const { return {m_data, m_size}; }
    // The bytes as text (a passphrase), without a copy.
    std::string_view text() const;
    // Keeps the first `size` bytes (a passphrase shorter than its buffer);
    // the rest is wiped.
    void shrink_to(std::size_t size);

    static SecretBytes copy_of(std::string_view text);

private:
    void release();
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

}  // namespace attune::space
