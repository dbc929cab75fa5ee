#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace Newsdesk::Core {

// The metadata block at the top of a document (docs/format.md §2, §3), read by a tolerant parser:
// YAML-ish between "---" fences (closed by "---" or "..."), or TOML between "+++" fences. It is not
// YAML: `locales` holds markdown links, and one bad line costs that line only (with a warning).
struct FrontMatter
{
    enum class Syntax { None, Yaml, Toml, Collapsed };
    Syntax syntax = Syntax::None;
    // Keys in document order; each value is a QString or a QStringList. A repeated key keeps its
    // first position and its last value.
    QList<std::pair<QString, QVariant>> fields;
    qsizetype bodyStart = 0; // where the body begins in the parsed text
    QStringList warnings;

    // The value of the first key present among `keys` (compared case-insensitively), else null.
    QVariant firstOf(std::initializer_list<QStringView> keys, QString *foundKey = nullptr) const;
    // firstOf() as text: a list is joined with ", ".
    QString textOf(std::initializer_list<QStringView> keys) const;

    void set(const QString &key, const QVariant &value, int line);

private:
    QHash<QString, qsizetype> m_positions; // key → index in fields, so set() stays O(1)
};

// Reads the front matter at the start of `text` (LF line ends, no BOM). Leading blank lines are
// allowed. No closing fence means no front matter (the "---" is a thematic break in the body).
FrontMatter parseFrontMatter(QStringView text);

// Scalar syntax shared with the collapsed-document reader. Each returns the index just past what
// it consumed, or -1 when the closing quote is missing.
qsizetype readDoubleQuoted(QStringView s, qsizetype openQuote, QString &out, QStringList &warnings);
qsizetype readSingleQuoted(QStringView s, qsizetype openQuote, QString &out);
// "[a, 'b', "c"]" starting at '['; -1 when unterminated (items read so far are in `out`).
qsizetype readFlowList(QStringView s, qsizetype openBracket, QStringList &out, QStringList &warnings);

} // namespace Newsdesk::Core
