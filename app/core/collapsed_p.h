#pragma once

#include "core/frontmatter.h"

#include <QString>
#include <QStringView>

// Internals of the collapsed-document reader (collapsed.h): its front matter and its body.
namespace Newsdesk::Core::CollapsedDetail {

// "key: " at `i`: the index of the colon, else -1.
qsizetype keyAt(QStringView s, qsizetype i);

// Reads "key: value" pairs and "- item"s from `from` (just past the opening "---") up to the first
// " --- " outside a quoted string; returns the index past that fence, or -1 when there is none.
qsizetype readCollapsedFrontMatter(QStringView s, qsizetype from, FrontMatter &fm);

// Puts line structure back into a one-line body: headings (the H1 ends where `title` ends), the
// language line, Related items, bold sub-headings. Paragraph breaks are not invented.
QString rebuildCollapsedBody(QStringView body, QStringView title);

} // namespace Newsdesk::Core::CollapsedDetail
