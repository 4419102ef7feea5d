#include "secret_bytes.hpp"

#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstring>
#include <new>
#include <stdexcept>
#include <utility>

namespace attune::space {

void ensure_sodium() {
    static const int result = sodium_init();
    if (result < 0) throw std::runtime_error("the cryptography library could not start");
}

SecretBytes::SecretBytes(std::size_t size) : m_size(size), m_capacity(size) {
    ensure_sodium();
    // sodium_malloc(0) is allowed but a zero-size secret needs no page.
    if (size == 0) return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data == nullptr) throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes() { release(); }

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecretBytes::release() {
    if (m_data == nullptr) return;
    // sodium_free wipes too; the explicit wipe says so where it matters.
    sodium_memzero(m_data, m_capacity);
    sodium_free(m_data);
    m_data = nullptr;
    m_size = m_capacity = 0;
}

std::string_view SecretBytes::text() const { return {reinterpret_cast<const char*>(m_data), m_size}; }

void SecretBytes::shrink_to(std::size_t size) {
    if (size >= m_size) return;
    sodium_memzero(m_data + size, m_capacity - size);
    m_size = size;
}

SecretBytes SecretBytes::copy_of(std::string_view text) {
    SecretBytes secret(text.size());
    if (!text.empty()) std::memcpy(secret.data(), text.data(), text.size());
    return secret;
}

}  // namespace attune::space

namespace attune::space {

void forbid_core_dumps() {
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

}  // namespace attune::space
