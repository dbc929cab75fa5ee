#pragma once

#include "core/result.h"

#include <QByteArray>

namespace Newsdesk::Net {

// What a request is for: decides the Accept header and which answers are acceptable.
enum class Expect {
    Markdown, // an article: text/markdown, text/x-markdown or text/plain
    ListPage, // a news index, a ticker's news page, or an RSS/Atom feed
    Image, // image/*
};

// The Accept header sent for `expect` (articles: docs/format.md §1).
QByteArray acceptHeader(Expect expect);

struct ContentType
{
    QByteArray mimeType; // lower case, no parameters; empty when the header is absent
    QByteArray charset; // lower case, unquoted; empty when not given
};
ContentType parseContentType(const QByteArray &header);

// Checks an answer's Content-Type against what was expected and returns the body ready to parse:
// text converted to UTF-8 from its declared charset (Error::Kind::InvalidInput for a charset Qt
// cannot decode), XML feeds as received (they declare their own encoding), images as received.
// An HTML answer (by type or, when the type says text, by its first bytes) is Error::Kind::NotMarkdown.
Result<QByteArray> checkContent(Expect expect, const ContentType &type, const QByteArray &body);

} // namespace Newsdesk::Net
