// Hands out one shared QString per distinct byte string, so that the label names and values a
// scrape repeats thousands of times ("job", "le", "0.5") are decoded and allocated once.
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eucora::prometheus {

class StringInterner
{
public:
    // Strings longer than this are rarely repeated; they are decoded every time.
    static constexpr std::size_t kMaxKeyLength = 96;

    // Past maxEntries distinct strings the interner stops learning (a high-cardinality label
    // must not grow it without bound) but keeps answering for what it knows.
    explicit StringInterner(std::size_t maxEntries = 1u << 16);

    // The QString for `raw`; `decode(raw)` builds it the first time.
    template<typename Decode> QString intern(std::string_view raw, Decode decode)
    {
        return intern(raw, hashBytes(raw), decode);
    }

    // The same, for a caller that has hashBytes(raw) already.
    template<typename Decode>
    QString intern(std::string_view raw, std::uint64_t hash, Decode decode)
    {
        if (raw.size() > kMaxKeyLength)
            return decode(raw);
        if (const QString *known = find(raw, hash))
            return *known;
        QString value = decode(raw);
        insert(raw, hash, value);
        return value;
    }

    std::size_t size() const { return m_size; }

    // A fast non-cryptographic 64-bit hash of a byte string, and of a sequence of hashes.
    static std::uint64_t hashBytes(std::string_view bytes);
    static std::uint64_t combine(std::uint64_t seed, std::uint64_t hash);

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t keyOffset = 0;
        std::uint32_t keyLength = 0;
        bool used = false;
        QString value;
    };

    const QString *find(std::string_view raw, std::uint64_t hash) const;
    void insert(std::string_view raw, std::uint64_t hash, const QString &value);
    void grow();

    std::vector<Slot> m_slots; // open addressing, linear probing, power-of-two size
    std::string m_keys; // the raw bytes of every key, back to back
    std::size_t m_size = 0;
    std::size_t m_maxEntries;
};

} // namespace eucora::prometheus
