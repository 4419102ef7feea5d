#pragma once
// Textures kept between frames, keyed by what they show, and dropped when
// a few frames went by without them (a countdown leaves one stale string a
// second behind). Used for rendered strings and for rasterized shapes.
#include <cstddef>
#include <unordered_map>
#include <utility>

#include "sdl_handles.hpp"

namespace attune::kiosk {

struct CachedTexture {
    SDL_Texture* texture = nullptr;  // owned by the cache; valid until evicted
    int width = 0, height = 0;
};

template <class Key, class Hash>
class FrameTextureCache {
public:
    explicit FrameTextureCache(int keep_frames) : m_keep_frames(keep_frames) {}

    // The entry for `key`, marked as used in this frame; nothing when absent.
    const CachedTexture* find(const Key& key) {
        auto found = m_entries.find(key);
        if (found == m_entries.end()) return nullptr;
        found->second.last_used = m_frame;
        return &found->second.image;
    }

    const CachedTexture& insert(Key key, TexturePtr texture, int width, int height) {
        ++m_creations;
        Entry entry{{texture.get(), width, height}, std::move(texture), m_frame};
        return m_entries.insert_or_assign(std::move(key), std::move(entry)).first->second.image;
    }

    // Drops what was not used during the last `keep_frames` frames.
    void end_frame() {
        std::erase_if(m_entries, [this](const auto& pair) { return m_frame - pair.second.last_used >= m_keep_frames; });
        ++m_frame;
    }

    void clear() { m_entries.clear(); }
    std::size_t size() const { return m_entries.size(); }
    // How many textures were made since the cache was (tests, benchmark).
    std::size_t creations() const { return m_creations; }

private:
    struct Entry {
        CachedTexture image;
        TexturePtr owner;
        long last_used = 0;
    };
    int m_keep_frames;
    long m_frame = 0;
    std::size_t m_creations = 0;
    std::unordered_map<Key, Entry, Hash> m_entries;
};

}  // namespace attune::kiosk
