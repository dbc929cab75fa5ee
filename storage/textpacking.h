#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVariant>

#include <optional>

struct sqlite3;

// Internal to storage/: how an article's long texts (body, source) are kept. A text of some length
// is stored as a zstd frame in a BLOB; a short one, and every text of a library written before
// compression, as TEXT. The storage class of the value says which, so a reader needs no flag.
// A source is compressed with its body as a prefix dictionary: the body it repeats costs a few
// bytes, and only the front matter around it is really stored.
namespace Newsdesk::Storage::TextPacking {

// The value to bind for `utf8`: a BLOB (zstd, with `prefix` as dictionary if given) or TEXT.
QVariant pack(QByteArrayView utf8, QByteArrayView prefix = {});
// The UTF-8 text of a stored value (TEXT as it is; a BLOB decompressed with the same `prefix` it
// was packed with); std::nullopt when the BLOB is not a frame this code wrote or is damaged.
std::optional<QByteArray> unpack(const QVariant &stored, QByteArrayView prefix = {});

// SQL functions for the schema (the full-text index's view and triggers) and for migrations:
//   newsdesk_text(x)             x's text (TEXT as it is, a packed BLOB decompressed)
//   newsdesk_pack(text)          pack(text)
//   newsdesk_pack_source(s, b)   pack(s, b)
Result<void> registerFunctions(sqlite3 *db);

} // namespace Newsdesk::Storage::TextPacking
