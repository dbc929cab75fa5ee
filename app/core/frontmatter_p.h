#pragma once

#include "core/frontmatter.h"

#include <QList>
#include <QStringView>

#include <functional>

// Internals shared by the YAML and TOML front-matter readers.
namespace Newsdesk::Core::FrontMatterDetail {

// Text before a " #" comment (a '#' at the start or after a space or tab), right-trimmed.
QStringView stripComment(QStringView s);

// A scalar that may continue on the lines after `first`: `read` gets the text of line `first`
// (from `from`) joined with the following continuation lines by '\n' and returns the index just
// past the value, or -1 when it never ended. Continuation lines are those that `isContinuation`
// accepts; they are joined in growing chunks, so the reads cost O(length of the value).
struct MultiLineRead
{
    int lastLine = -1; // the last line the value used; -1 when it never ended
    QString rest; // what follows the value on that line (a comment, or stray text)
};
MultiLineRead readAcrossLines(const QList<QStringView> &lines, int first, qsizetype from,
    const std::function<bool(QStringView)> &isContinuation, const std::function<qsizetype(QStringView)> &read);

// Backslash escapes up to `terminator`; line breaks fold to spaces when `foldLines` (YAML), else
// stay (TOML """). Returns the index past the terminator, or -1.
qsizetype readEscaped(
    QStringView s, qsizetype from, QStringView terminator, bool foldLines, QString &out, QStringList &warnings);

void readYaml(const QList<QStringView> &lines, int firstLineNumber, FrontMatter &fm);
void readToml(const QList<QStringView> &lines, int firstLineNumber, FrontMatter &fm);

} // namespace Newsdesk::Core::FrontMatterDetail
