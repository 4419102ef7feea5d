#include "space_crypto.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <new>
#include <stdexcept>

namespace attune::space {
namespace {

constexpr std::string_view recovery_alphabet = "ABCDEFGHJKMNPQRSTWXYZ23456789";
constexpr std::size_t recovery_length = 24;
constexpr std::size_t nonce_size = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t tag_size = crypto_aead_xchacha20poly1305_ietf_ABYTES;

}  // namespace

WipedBytes& WipedBytes::operator=(const WipedBytes& other) {
    if (this != &other) {
        wipe();
        Bytes::operator=(other);
    }
    return *this;
}

WipedBytes& WipedBytes::operator=(WipedBytes&& other) noexcept {
    if (this != &other) {
        wipe();
        Bytes::operator=(std::move(other));
    }
    return *this;
}

WipedBytes::~WipedBytes() { wipe(); }

void WipedBytes::wipe() noexcept {
    if (!empty()) sodium_memzero(data(), size());
}

KdfCost production_floor() { return KdfCost{3, 256ull * 1024 * 1024}; }

KdfCost maximum_cost() { return KdfCost{32, production_floor().memlimit}; }

KdfCost minimum_test_cost() {
    return KdfCost{crypto_pwhash_OPSLIMIT_MIN, std::max<std::uint64_t>(crypto_pwhash_MEMLIMIT_MIN, 8192)};
}

bool meets_production_floor(const KdfCost& cost) {
    const KdfCost floor = production_floor();
    return cost.opslimit >= floor.opslimit && cost.memlimit >= floor.memlimit;
}

Calibration calibrate_cost(std::chrono::duration<double> low, std::chrono::duration<double> high) {
    using clock = std::chrono::steady_clock;
    const Bytes salt = random_bytes(salt_size);
    const SecretBytes probe = SecretBytes::copy_of("calibration");
    Calibration result{production_floor(), {}};
    // Each round moves the passes in proportion to what is missing (or too
    // much); memory stays at the floor, so the kiosk never needs more than
    // 256 MiB.
    const double target = (low.count() + high.count()) / 2;
    for (int round = 0; round < 8; ++round) {
        const auto started = clock::now();
        derive_key(probe.bytes(), salt, result.cost);
        result.took = clock::now() - started;
        const bool too_fast = result.took < low && result.cost.opslimit < maximum_cost().opslimit;
        const bool too_slow = result.took > high && result.cost.opslimit > production_floor().opslimit;
        if (!too_fast && !too_slow) break;
        const double per_pass = result.took.count() / static_cast<double>(result.cost.opslimit);
        const auto wanted = static_cast<std::uint64_t>(target / std::max(per_pass, 1e-6));
        const std::uint64_t moved =
            too_fast ? std::max(result.cost.opslimit + 1, wanted) : std::min(result.cost.opslimit - 1, wanted);
        result.cost.opslimit = std::clamp(moved, production_floor().opslimit, maximum_cost().opslimit);
    }
    return result;
}

Bytes random_bytes(std::size_t size) {
    ensure_sodium();
    Bytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecretBytes derive_key(std::span<const unsigned char> secret, std::span<const unsigned char> salt,
                       const KdfCost& cost) {
    ensure_sodium();
    if (salt.size() != crypto_pwhash_SALTBYTES) throw std::invalid_argument("a key's salt has the wrong size");
    SecretBytes key(key_size);
    const int result =
        crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(secret.data()), secret.size(), salt.data(),
                      cost.opslimit, static_cast<std::size_t>(cost.memlimit), crypto_pwhash_ALG_ARGON2ID13);
    if (result != 0) throw KdfError("Argon2id cannot derive a key with these costs");
    return key;
}

Bytes seal(std::span<const unsigned char> plain, std::span<const unsigned char> associated, const SecretBytes& key) {
    Bytes sealed = random_bytes(nonce_size);
    sealed.resize(nonce_size + plain.size() + tag_size);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data() + nonce_size, &length, plain.data(), plain.size(),
                                               associated.data(), associated.size(), nullptr, sealed.data(),
                                               key.data());
    sealed.resize(nonce_size + length);
    return sealed;
}

std::optional<Bytes> open_sealed(std::span<const unsigned char> sealed, std::span<const unsigned char> associated,
                                 const SecretBytes& key) {
    if (sealed.size() < nonce_size + tag_size || key.size() != key_size) return std::nullopt;
    Bytes plain(sealed.size() - nonce_size - tag_size);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &length, nullptr, sealed.data() + nonce_size,
                                                   sealed.size() - nonce_size, associated.data(), associated.size(),
                                                   sealed.data(), key.data()) != 0)
        return std::nullopt;
    plain.resize(length);
    return plain;
}

Bytes wrap_key(const SecretBytes& data_key, std::span<const unsigned char> associated, const SecretBytes& key) {
    return seal(data_key.bytes(), associated, key);
}

std::optional<SecretBytes> unwrap_key(std::span<const unsigned char> wrapped, std::span<const unsigned char> associated,
                                      const SecretBytes& key) {
    if (wrapped.size() != nonce_size + key_size + tag_size || key.size() != key_size) return std::nullopt;
    SecretBytes data_key(key_size);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(data_key.data(), &length, nullptr, wrapped.data() + nonce_size,
                                                   wrapped.size() - nonce_size, associated.data(), associated.size(),
                                                   wrapped.data(), key.data()) != 0)
        return std::nullopt;
    return data_key;
}

SecretBytes new_recovery_code() {
    ensure_sodium();
    SecretBytes code(recovery_length);
    for (std::size_t i = 0; i < recovery_length; ++i)
        code.data()[i] = static_cast<unsigned char>(
            recovery_alphabet[randombytes_uniform(static_cast<std::uint32_t>(recovery_alphabet.size()))]);
    return code;
}

std::optional<SecretBytes> normalize_recovery_code(std::string_view typed) {
    SecretBytes code(recovery_length);
    std::size_t length = 0;
    for (const char c : typed) {
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') continue;
        const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (recovery_alphabet.find(upper) == std::string_view::npos || length == recovery_length) return std::nullopt;
        code.data()[length++] = static_cast<unsigned char>(upper);
    }
    if (length != recovery_length) return std::nullopt;
    return code;
}

SecretBytes grouped_recovery_code(const SecretBytes& code) {
    SecretBytes out(code.size() + (code.empty() ? 0 : (code.size() - 1) / 4));
    std::size_t at = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0) out.data()[at++] = '-';
        out.data()[at++] = code.data()[i];
    }
    return out;
}

std::string sha256_hex(std::string_view text) {
    ensure_sodium();
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

}  // namespace attune::space
