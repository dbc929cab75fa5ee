#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Small, linear scanners for the few markdown constructs the parsers need. Internal to newsdesk_core.
namespace Newsdesk::Core::Markdown {

// An inline link "[text](url "title")" starting at `from` (which must be '[').
struct Link
{
    QString text;
    QString url;
    qsizetype end = 0; // index just past the closing ')'
};
std::optional<Link> linkAt(QStringView s, qsizetype from);

// An ATX heading line ("## Text ##"), up to three spaces of indent.
struct Heading
{
    int level = 0;
    QStringView text; // trimmed, closing #s removed
};
std::optional<Heading> atxHeading(QStringView line);

// Fenced code: "```lang" / "~~~" opens; a line of the same character, at least as long, closes.
struct Fence
{
    QChar marker;
    qsizetype length = 0;
};
std::optional<Fence> fenceOpening(QStringView line);
bool closesFence(QStringView line, const Fence &fence);

// "- item", "* item", "+ item", "1. item": the item text, else nullopt.
std::optional<QStringView> listItem(QStringView line);

bool isBlank(QStringView line);
qsizetype indentOf(QStringView line); // leading spaces and tabs
QStringView trimRight(QStringView s); // spaces and tabs only

// Splits on '\n' (the text has been normalised to LF). A trailing empty line is kept.
QList<QStringView> splitLines(QStringView text);

// Whitespace collapsed to single spaces, trimmed, emphasis markers dropped, case folded: for
// comparing a heading with a title.
QString comparable(QStringView text);

} // namespace Newsdesk::Core::Markdown
