#pragma once

#include <QString>
#include <QStringView>

namespace Newsdesk::Core {

// HTML as the text a reader shows: tags dropped (script and style with their content), character
// references decoded, whitespace collapsed.
QString htmlToText(QStringView html, qsizetype maxLength = -1);

// Whether a feed's untyped text (RSS titles and descriptions) is HTML rather than plain text: it
// holds a closing tag, a line break or a character reference. "1 < 2" is plain text.
bool looksLikeHtml(QStringView text);

// Decodes "&amp;", "&#8217;", "&eacute;"… at `pos` (on the '&'); the decoded text and its length in
// the input, or an empty string when it is not a reference.
std::pair<QString, qsizetype> decodeCharacterReference(QStringView text, qsizetype pos);

// A title that cannot reorder the text after it: bidi embeddings, overrides and isolates it opens
// are closed, and the whole is isolated (FSI … PDI) when it holds any bidi control.
QString isolateBidi(const QString &title);

// HTML from a feed as markdown for the safe pipeline: paragraphs, line breaks, headings, emphasis,
// links, images, lists, block quotes and code; every other tag is dropped with script and style
// content; text is escaped so that it stays text.
QString htmlToMarkdown(QStringView html);

} // namespace Newsdesk::Core
