#include "storage/cjktokenizer.h"

#include "storage/cjk.h"

#include <QLoggingCategory>
#include <QString>

#include <sqlite3.h>
#include <string>
#include <vector>

Q_LOGGING_CATEGORY(lcTokenizer, "newsdesk.storage.tokenizer", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// The unicode61 tokenizer this one wraps, found once per registration.
struct Parent
{
    fts5_tokenizer methods{};
    void *context = nullptr;
};

struct Instance
{
    const Parent *parent = nullptr;
    Fts5Tokenizer *unicode = nullptr;
};

// One decoded character of a UTF-8 string: where it starts and ends, whether it is CJK.
struct Char
{
    int begin = 0;
    int end = 0;
    bool cjk = false;
};

// Decodes UTF-8 leniently: a broken sequence counts as one non-CJK byte.
std::vector<Char> decode(const char *text, int size)
{
    std::vector<Char> chars;
    chars.reserve(static_cast<size_t>(size));
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    int i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int length = 1;
        char32_t code = lead;
        if (lead >= 0xF0 && lead < 0xF8)
            length = 4, code = lead & 0x07;
        else if (lead >= 0xE0)
            length = 3, code = lead & 0x0F;
        else if (lead >= 0xC0)
            length = 2, code = lead & 0x1F;
        if (length > 1 && lead < 0xF8) {
            bool valid = i + length <= size;
            for (int k = 1; valid && k < length; ++k) {
                if ((bytes[i + k] & 0xC0) != 0x80)
                    valid = false;
                else
                    code = (code << 6) | (bytes[i + k] & 0x3F);
            }
            if (!valid)
                length = 1, code = 0xFFFD;
        } else {
            length = 1;
        }
        chars.push_back({i, i + length, length > 1 && isCjk(code)});
        i += length;
    }
    return chars;
}

// A maximal run of characters of one kind (CJK or not) inside one unicode61 token.
struct Segment
{
    size_t first = 0; // index into the decoded characters
    size_t last = 0; // one past
    bool cjk = false;
};

std::vector<Segment> segments(const std::vector<Char> &chars)
{
    std::vector<Segment> result;
    for (size_t i = 0; i < chars.size(); ++i) {
        if (result.empty() || result.back().cjk != chars[i].cjk)
            result.push_back({i, i + 1, chars[i].cjk});
        else
            result.back().last = i + 1;
    }
    return result;
}

struct Emitted
{
    std::string text;
    int start = 0;
    int end = 0;
    bool trailingUnigram = false; // the last character of a CJK run of two or more
};

// What one xTokenize call of ours keeps while unicode61 feeds it.
struct Run
{
    void *context = nullptr;
    TokenCallback sendToken = nullptr;
    const char *input = nullptr;
    bool query = false;
    std::vector<Emitted> pending; // query mode: held back until the end
    int status = SQLITE_OK;

    int token(int flags, const char *text, int size, int start, int end, bool trailing)
    {
        if (!query)
            return sendToken(context, flags, text, size, start, end);
        pending.push_back({std::string(text, static_cast<size_t>(size)), start, end, trailing});
        return SQLITE_OK;
    }
};

bool isAscii(const char *text, int size)
{
    for (int i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return false;
    }
    return true;
}

int onUnicodeToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *run = static_cast<Run *>(context);
    if (isAscii(token, size))
        return run->token(flags, token, size, start, end, false);

    const std::vector<Char> folded = decode(token, size);
    const std::vector<Segment> parts = segments(folded);
    if (parts.size() == 1 && !parts.front().cjk)
        return run->token(flags, token, size, start, end, false);

    // Offsets for highlighting come from the original text; folding can change byte lengths of
    // non-CJK characters, so pair the segments of both and fall back to the whole token.
    const std::vector<Char> original = decode(run->input + start, end - start);
    const std::vector<Segment> originalParts = segments(original);
    bool paired = originalParts.size() == parts.size();
    for (size_t i = 0; paired && i < parts.size(); ++i) {
        paired = originalParts[i].cjk == parts[i].cjk
            && (!parts[i].cjk || originalParts[i].last - originalParts[i].first == parts[i].last - parts[i].first);
    }
    auto offset = [&](size_t part, size_t charIndex, bool atEnd) {
        if (!paired)
            return atEnd ? end : start;
        const Char &c = original[originalParts[part].first + (charIndex - parts[part].first)];
        return start + (atEnd ? c.end : c.begin);
    };

    for (size_t p = 0; p < parts.size(); ++p) {
        const Segment &part = parts[p];
        int rc = SQLITE_OK;
        if (!part.cjk) {
            const int from = folded[part.first].begin;
            const int to = folded[part.last - 1].end;
            const int originalStart = paired ? start + original[originalParts[p].first].begin : start;
            const int originalEnd = paired ? start + original[originalParts[p].last - 1].end : end;
            rc = run->token(flags, token + from, to - from, originalStart, originalEnd, false);
        } else {
            for (size_t i = part.first; rc == SQLITE_OK && i + 1 < part.last; ++i) {
                rc = run->token(0, token + folded[i].begin, folded[i + 1].end - folded[i].begin, offset(p, i, false),
                    offset(p, i + 1, true), false);
            }
            const size_t lastChar = part.last - 1;
            if (rc == SQLITE_OK) {
                rc = run->token(0, token + folded[lastChar].begin, folded[lastChar].end - folded[lastChar].begin,
                    offset(p, lastChar, false), offset(p, lastChar, true), part.last - part.first > 1);
            }
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int create(void *userData, const char **arguments, int argumentCount, Fts5Tokenizer **out)
{
    const auto *parent = static_cast<const Parent *>(userData);
    auto *instance = new Instance;
    instance->parent = parent;
    const int rc = parent->methods.xCreate(parent->context, arguments, argumentCount, &instance->unicode);
    if (rc != SQLITE_OK) {
        delete instance;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    instance->parent->methods.xDelete(instance->unicode);
    delete instance;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size, TokenCallback sendToken)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    Run run;
    run.context = context;
    run.sendToken = sendToken;
    run.input = text;
    run.query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    int rc = instance->parent->methods.xTokenize(instance->unicode, &run, flags, text, size, &onUnicodeToken);
    if (rc != SQLITE_OK || !run.query)
        return rc;
    if (!run.pending.empty() && run.pending.back().trailingUnigram)
        run.pending.pop_back();
    for (const Emitted &token : run.pending) {
        rc = sendToken(context, 0, token.text.data(), static_cast<int>(token.text.size()), token.start, token.end);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

Result<void> registerCjkTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2) {
        qCWarning(lcTokenizer) << "SQLite has no FTS5";
        return Error::make(Error::Kind::Database, QStringLiteral("this SQLite has no FTS5 full-text search"));
    }
    auto *parent = new Parent;
    if (api->xFindTokenizer(api, "unicode61", &parent->context, &parent->methods) != SQLITE_OK) {
        delete parent;
        return Error::make(Error::Kind::Database, QStringLiteral("FTS5 has no unicode61 tokenizer"));
    }
    fts5_tokenizer methods{&create, &destroy, &tokenize};
    const int rc = api->xCreateTokenizer(
        api, cjkTokenizerName, parent, &methods, [](void *data) { delete static_cast<Parent *>(data); });
    if (rc != SQLITE_OK) {
        delete parent;
        return Error::make(Error::Kind::Database,
            QStringLiteral("could not register the full-text tokenizer: %1")
                .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
}

} // namespace Newsdesk::Storage
