#include "prometheus/stringinterner.h"

#include <cstring>

namespace eucora::prometheus {

namespace {

constexpr std::uint64_t kMultiplier = 0x517cc1b727220a95ull;

// One FxHash step: cheap, and good enough once finish() has mixed the bits.
std::uint64_t step(std::uint64_t h, std::uint64_t word)
{
    return ((h << 5 | h >> 59) ^ word) * kMultiplier;
}

// murmur3's finaliser, so that the low bits used for the table index depend on every byte.
std::uint64_t finish(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

// memcmp for the short keys interned here, without the library call.
bool sameBytes(const char *a, const char *b, std::size_t n)
{
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        std::uint64_t x;
        std::uint64_t y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; n > 0; ++a, ++b, --n) {
        if (*a != *b)
            return false;
    }
    return true;
}

} // namespace

StringInterner::StringInterner(std::size_t maxEntries)
    : m_maxEntries(maxEntries)
{
    m_slots.resize(1024);
}

std::uint64_t StringInterner::hashBytes(std::string_view bytes)
{
    const char *p = bytes.data();
    std::size_t n = bytes.size();
    std::uint64_t h = n;
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        h = step(h, word);
    }
    if (n >= 4) {
        std::uint32_t word;
        std::memcpy(&word, p, 4);
        h = step(h, word);
        p += 4;
        n -= 4;
    }
    for (; n > 0; ++p, --n)
        h = step(h, std::uint8_t(*p));
    return finish(h);
}

std::uint64_t StringInterner::combine(std::uint64_t seed, std::uint64_t hash)
{
    return step(seed, hash); // `hash` is finished already, so its low bits are mixed
}

const QString *StringInterner::find(std::string_view raw, std::uint64_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (!slot.used)
            return nullptr;
        if (slot.hash == hash && slot.keyLength == raw.size()
            && sameBytes(m_keys.data() + slot.keyOffset, raw.data(), raw.size()))
            return &slot.value;
    }
}

void StringInterner::insert(std::string_view raw, std::uint64_t hash, const QString &value)
{
    if (m_size >= m_maxEntries)
        return;
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i].used)
        i = (i + 1) & mask;
    Slot &slot = m_slots[i];
    slot.hash = hash;
    slot.keyOffset = std::uint32_t(m_keys.size());
    slot.keyLength = std::uint32_t(raw.size());
    slot.used = true;
    slot.value = value;
    m_keys.append(raw.data(), raw.size());
    ++m_size;
}

void StringInterner::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (Slot &slot : old) {
        if (!slot.used)
            continue;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].used)
            i = (i + 1) & mask;
        m_slots[i] = std::move(slot);
    }
}

} // namespace eucora::prometheus
