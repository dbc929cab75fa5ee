#include "storage/textpacking.h"

#include <QLoggingCategory>
#include <QString>

#include <memory>
#include <sqlite3.h>
#include <zstd.h>

Q_LOGGING_CATEGORY(lcPacking, "newsdesk.storage.packing", QtInfoMsg)

namespace Newsdesk::Storage::TextPacking {

namespace {

// Shorter texts are not worth a frame header and a decompression on every read.
constexpr qsizetype minimumPacked = 96;
// zstd's default level, not tuned further: the full-text index, not packing, dominates the import.
constexpr int level = 3;
// No stored text is this large (imports are capped far below); a frame claiming more is damaged.
constexpr unsigned long long maximumUnpacked = 256ull * 1024 * 1024;

struct FreeCompressor
{
    void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
};
struct FreeDecompressor
{
    void operator()(ZSTD_DCtx *context) const { ZSTD_freeDCtx(context); }
};

// One context per thread, reused: allocating one per article costs more than compressing it.
ZSTD_CCtx *compressor()
{
    thread_local std::unique_ptr<ZSTD_CCtx, FreeCompressor> context;
    if (!context) {
        context.reset(ZSTD_createCCtx());
        if (context)
            ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, level);
    }
    return context.get();
}

ZSTD_DCtx *decompressor()
{
    thread_local std::unique_ptr<ZSTD_DCtx, FreeDecompressor> context;
    if (!context)
        context.reset(ZSTD_createDCtx());
    return context.get();
}

QByteArrayView blobOf(sqlite3_value *value)
{
    return {static_cast<const char *>(sqlite3_value_blob(value)), sqlite3_value_bytes(value)};
}

QByteArrayView textOf(sqlite3_value *value)
{
    return {reinterpret_cast<const char *>(sqlite3_value_text(value)), sqlite3_value_bytes(value)};
}

void resultBytes(sqlite3_context *context, const QVariant &packed)
{
    if (packed.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = packed.toByteArray();
        sqlite3_result_blob64(context, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    } else {
        const QByteArray text = packed.toString().toUtf8();
        sqlite3_result_text64(context, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
}

void textFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) != SQLITE_BLOB) {
        sqlite3_result_value(context, arguments[0]);
        return;
    }
    const std::optional<QByteArray> text = unpack(QVariant(blobOf(arguments[0]).toByteArray()));
    if (!text) {
        sqlite3_result_error(context, "newsdesk_text: a stored text is damaged", -1);
        return;
    }
    sqlite3_result_text64(context, text->constData(), sqlite3_uint64(text->size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void packFunction(sqlite3_context *context, int count, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, arguments[0]); // already packed, or NULL
        return;
    }
    const QByteArrayView prefix
        = count > 1 && sqlite3_value_type(arguments[1]) == SQLITE_TEXT ? textOf(arguments[1]) : QByteArrayView();
    resultBytes(context, pack(textOf(arguments[0]), prefix));
}

} // namespace

QVariant pack(QByteArrayView utf8, QByteArrayView prefix)
{
    ZSTD_CCtx *context = utf8.size() >= minimumPacked ? compressor() : nullptr;
    if (context) {
        QByteArray frame(qsizetype(ZSTD_compressBound(size_t(utf8.size()))), Qt::Uninitialized);
        if (!prefix.isEmpty())
            ZSTD_CCtx_refPrefix(context, prefix.data(), size_t(prefix.size()));
        const size_t written
            = ZSTD_compress2(context, frame.data(), size_t(frame.size()), utf8.data(), size_t(utf8.size()));
        if (!ZSTD_isError(written) && qsizetype(written) < utf8.size()) {
            frame.truncate(qsizetype(written));
            return frame;
        }
        if (ZSTD_isError(written))
            qCWarning(lcPacking) << "kept as text:" << ZSTD_getErrorName(written);
        ZSTD_CCtx_reset(context, ZSTD_reset_session_only);
    }
    return QString::fromUtf8(utf8);
}

std::optional<QByteArray> unpack(const QVariant &stored, QByteArrayView prefix)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString().toUtf8();
    const QByteArray frame = stored.toByteArray();
    const unsigned long long size = ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size()));
    ZSTD_DCtx *context = decompressor();
    if (!context || size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > maximumUnpacked)
        return std::nullopt;
    QByteArray text(qsizetype(size), Qt::Uninitialized);
    if (!prefix.isEmpty())
        ZSTD_DCtx_refPrefix(context, prefix.data(), size_t(prefix.size()));
    const size_t read
        = ZSTD_decompressDCtx(context, text.data(), size_t(text.size()), frame.constData(), size_t(frame.size()));
    if (ZSTD_isError(read) || read != size) {
        ZSTD_DCtx_reset(context, ZSTD_reset_session_only);
        qCWarning(lcPacking) << "damaged stored text:" << (ZSTD_isError(read) ? ZSTD_getErrorName(read) : "short");
        return std::nullopt;
    }
    return text;
}

Result<void> registerFunctions(sqlite3 *db)
{
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    struct Function
    {
        const char *name;
        int arguments;
        void (*call)(sqlite3_context *, int, sqlite3_value **);
    };
    for (const Function &function : {Function{"newsdesk_text", 1, &textFunction},
             Function{"newsdesk_pack", 1, &packFunction}, Function{"newsdesk_pack_source", 2, &packFunction}}) {
        const int rc = sqlite3_create_function_v2(
            db, function.name, function.arguments, flags, nullptr, function.call, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return Error::make(Error::Kind::Database,
                QStringLiteral("could not register %1: %2")
                    .arg(QLatin1StringView(function.name), QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
}

} // namespace Newsdesk::Storage::TextPacking
