#pragma once

#include "core/frontmatter.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Newsdesk::Core {

// A document whose line breaks were all turned into spaces (docs/format.md §3, news-en-collapsed.md),
// put back together as far as it can be: the front matter closes at the first " --- " outside a
// quoted string; headings, the language line, the Related lists and bold sub-headings get their
// own lines again. Paragraph breaks inside the text are lost for good and are not invented.
struct CollapsedDocument
{
    FrontMatter frontMatter; // syntax Collapsed
    QString body; // markdown with the recovered line structure
};

// nullopt when `text` (LF line ends, no BOM) does not start like a collapsed document
// ("--- key: …" on its first line).
std::optional<CollapsedDocument> recoverCollapsedDocument(QStringView text);

} // namespace Newsdesk::Core
