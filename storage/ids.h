#pragma once

#include "storage/library.h"

#include <QDateTime>

#include <algorithm>

// Internal to storage/: the time-ordered ids. A document id is (publish seconds << 8) | n, n picked
// to be unique within that second (a 257th document of one second takes the next second); an
// article id is document id * 64 + slot, one slot per locale. Both grow with the publish time, so
// "newest first" is "id descending", in the full-text index as well (its rowid is the article id),
// and the document of a match is rowid / 64. Few bits per second keep the full-text index small:
// every posting stores the rowid distance to the previous one, and with 16 sequence bits that
// distance took a byte more (measured: 4% of an import).
namespace Newsdesk::Storage::Ids {

inline constexpr int sequenceBits = 8;
inline constexpr qint64 sequencePerSecond = qint64(1) << sequenceBits;
inline constexpr qint64 slotsPerDocument = 64;
// Seconds are clamped to [0, 2^37) (the year 6325): the article id stays well inside 63 bits.
inline constexpr qint64 maxSeconds = (qint64(1) << 37) - 1;

constexpr qint64 clampSeconds(qint64 seconds)
{
    return std::clamp<qint64>(seconds, 0, maxSeconds);
}

// The smallest document id of a second; ids of that second are [first, first + sequencePerSecond).
constexpr DocId firstOfSecond(qint64 seconds)
{
    return clampSeconds(seconds) << sequenceBits;
}

constexpr qint64 secondOf(DocId doc)
{
    return doc >> sequenceBits;
}

constexpr qint64 articleId(DocId doc, int slot)
{
    return doc * slotsPerDocument + slot;
}

constexpr DocId documentOf(qint64 articleId)
{
    return articleId / slotsPerDocument;
}

constexpr int slotOf(qint64 articleId)
{
    return static_cast<int>(articleId % slotsPerDocument);
}

// The second an article's id is derived from: its publish time, else when it was stored.
inline qint64 orderingSeconds(const QDateTime &published)
{
    const QDateTime when = published.isValid() ? published : QDateTime::currentDateTimeUtc();
    return when.toSecsSinceEpoch();
}

} // namespace Newsdesk::Storage::Ids
