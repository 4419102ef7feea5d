#include "png_writer.hpp"

#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace attune::kiosk {

namespace {

void put_u32(std::vector<unsigned char>& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<unsigned char>(value >> shift));
}

// length, type, data, CRC of type + data
void put_chunk(std::vector<unsigned char>& out, const char type[4], const std::vector<unsigned char>& data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t type_at = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    const uLong crc = crc32(0L, out.data() + type_at, static_cast<uInt>(4 + data.size()));
    put_u32(out, static_cast<std::uint32_t>(crc));
}

// Each row: filter byte 0 (none), then R G B A per pixel.
std::vector<unsigned char> raw_rows(SDL_Surface* surface) {
    std::vector<unsigned char> raw;
    raw.reserve(static_cast<std::size_t>(surface->h) * (1 + 4 * static_cast<std::size_t>(surface->w)));
    if (SDL_MUSTLOCK(surface)) SDL_LockSurface(surface);
    const int bytes = surface->format->BytesPerPixel;
    for (int y = 0; y < surface->h; ++y) {
        raw.push_back(0);
        const auto* row = static_cast<const unsigned char*>(surface->pixels) + y * surface->pitch;
        for (int x = 0; x < surface->w; ++x) {
            Uint32 pixel = 0;
            const unsigned char* at = row + x * bytes;
            if (bytes == 4)
                pixel = *reinterpret_cast<const Uint32*>(at);
            else if (bytes == 3)
                pixel = SDL_BYTEORDER == SDL_LIL_ENDIAN ? Uint32(at[0] | at[1] << 8 | at[2] << 16)
                                                        : Uint32(at[2] | at[1] << 8 | at[0] << 16);
            else if (bytes == 2)
                pixel = *reinterpret_cast<const Uint16*>(at);
            else
                pixel = *at;
            Uint8 r, g, b, a;
            SDL_GetRGBA(pixel, surface->format, &r, &g, &b, &a);
            raw.insert(raw.end(), {r, g, b, a});
        }
    }
    if (SDL_MUSTLOCK(surface)) SDL_UnlockSurface(surface);
    return raw;
}

}  // namespace

void write_png(SDL_Surface* surface, const std::filesystem::path& path) {
    const std::vector<unsigned char> raw = raw_rows(surface);
    uLongf packed_size = compressBound(static_cast<uLong>(raw.size()));
    std::vector<unsigned char> packed(packed_size);
    if (compress2(packed.data(), &packed_size, raw.data(), static_cast<uLong>(raw.size()), 6) != Z_OK)
        throw std::runtime_error("cannot compress the image for " + path.string());
    packed.resize(packed_size);

    std::vector<unsigned char> header;
    put_u32(header, static_cast<std::uint32_t>(surface->w));
    put_u32(header, static_cast<std::uint32_t>(surface->h));
    header.insert(header.end(), {8, 6, 0, 0, 0});  // 8 bits, RGBA, deflate, adaptive filters, no interlace

    std::vector<unsigned char> file = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    put_chunk(file, "IHDR", header);
    put_chunk(file, "IDAT", packed);
    put_chunk(file, "IEND", {});

    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(file.data()), static_cast<std::streamsize>(file.size()));
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace attune::kiosk
