#pragma once
// The cryptography of a space, all of it libsodium's:
// - a key derived from a passphrase (or the recovery code) with Argon2id;
// - a random 32-byte data key, wrapped by each derived key with
//   XChaCha20-Poly1305;
// - every record sealed with the data key, XChaCha20-Poly1305 with a random
//   nonce, its associated data binding it to its space, its place in the
//   sequence and its kind.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "secret_bytes.hpp"

namespace attune::space {

using Bytes = std::vector<unsigned char>;

// An opened record's plain bytes, wiped when they are dropped or replaced
// (what the couple said must not linger in freed heap memory).
class WipedBytes : public Bytes {
public:
    WipedBytes() = default;
    explicit WipedBytes(Bytes&& plain) noexcept : Bytes(std::move(plain)) {}
    WipedBytes(const WipedBytes&) = default;
    WipedBytes(WipedBytes&&) noexcept = default;
    WipedBytes& operator=(const WipedBytes& other);
    WipedBytes& operator=(WipedBytes&& other) noexcept;
    ~WipedBytes();
    void wipe() noexcept;
};

constexpr std::size_t key_size = 32;
constexpr std::size_t salt_size = 16;
constexpr std::size_t space_id_size = 16;

// What Argon2id costs: passes and memory. Stored with each wrapped key.
struct KdfCost {
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;  // bytes
    bool operator==(const KdfCost&) const = default;
};

// The least a real space may use: 3 passes over 256 MiB.
KdfCost production_floor();
// The most this version ever writes (calibration stops there): a stored cost
// above it is damage or tampering, and deriving with it could exhaust the
// machine's memory or keep it busy for hours.
KdfCost maximum_cost();
// libsodium's minimum, for tests only: a space made with it opens only
// when the caller allows test costs (see CostPolicy).
KdfCost minimum_test_cost();
// Whether `cost` reaches the production floor.
bool meets_production_floor(const KdfCost& cost);

// Raises the cost from the production floor until one derivation takes at
// least `low` on this machine, and steps back when a run passes `high`
// (never above maximum_cost(), never below the floor). Returns the cost and the time its last derivation took.
struct Calibration {
    KdfCost cost;
    std::chrono::duration<double> took{0};
};
Calibration calibrate_cost(std::chrono::duration<double> low = std::chrono::milliseconds{500},
                           std::chrono::duration<double> high = std::chrono::milliseconds{1500});

Bytes random_bytes(std::size_t size);

// Argon2id could not derive a key with the costs given (libsodium refuses
// them, or the memory they ask for is not there).
class KdfError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Argon2id (crypto_pwhash, ALG_ARGON2ID13) of `secret` with `salt`; throws
// KdfError.
SecretBytes derive_key(std::span<const unsigned char> secret, std::span<const unsigned char> salt, const KdfCost& cost);

// Seals `plain` with `key` and a random nonce: nonce || ciphertext || tag.
Bytes seal(std::span<const unsigned char> plain, std::span<const unsigned char> associated, const SecretBytes& key);
// Opens what `seal` made; nothing when the key, the data or the associated
// data do not match.
std::optional<Bytes> open_sealed(std::span<const unsigned char> sealed, std::span<const unsigned char> associated,
                                 const SecretBytes& key);
// The same for a key: the result stays in guarded memory.
Bytes wrap_key(const SecretBytes& data_key, std::span<const unsigned char> associated, const SecretBytes& key);
std::optional<SecretBytes> unwrap_key(std::span<const unsigned char> wrapped, std::span<const unsigned char> associated,
                                      const SecretBytes& key);

// A recovery code: 24 characters from an alphabet without look-alikes
// (no 0/O, 1/I/L, U/V), about 116 bits, shown in six groups of four.
SecretBytes new_recovery_code();
// The code as typed (any case, spaces or dashes between the groups) in its
// canonical form, or nothing when it cannot be a recovery code.
std::optional<SecretBytes> normalize_recovery_code(std::string_view typed);
// "ABCD-EFGH-..." for showing once, in guarded memory like the code itself.
SecretBytes grouped_recovery_code(const SecretBytes& code);

// SHA-256 of `text`, in hex (the kept script's fingerprint).
std::string sha256_hex(std::string_view text);

}  // namespace attune::space
