#include "core/companyname.h"

#include <QStringList>

#include <array>

namespace Newsdesk::Core {

namespace {

// Legal forms and listing words that say nothing about which company it is, compared without case
// and without a trailing dot. "Group" and "Holdings" go too: texts say "Alibaba", not "Alibaba Group
// Holding".
constexpr std::array<QStringView, 26> legalWords = {
    u"inc",
    u"incorporated",
    u"corp",
    u"corporation",
    u"co",
    u"company",
    u"ltd",
    u"limited",
    u"plc",
    u"p.l.c",
    u"llc",
    u"l.p",
    u"lp",
    u"n.v",
    u"nv",
    u"s.a",
    u"sa",
    u"ag",
    u"se",
    u"holdings",
    u"holding",
    u"group",
    u"adr",
    u"ads",
    u"sponsored",
    u"co.,ltd",
};

// Hong Kong listings mark weighted voting rights and secondary listings with a suffix.
constexpr std::array<QStringView, 4> listingMarks = {u"-SW", u"-W", u"-S", u"-B"};

bool isWordChar(QChar c)
{
    // Han, kana and hangul have no word gaps: a name next to them is still a whole name.
    return c.isLetterOrNumber() && c.unicode() < 0x2E80;
}

bool isLegalWord(QStringView word)
{
    while (word.endsWith(u'.'))
        word.chop(1);
    for (QStringView legal : legalWords) {
        if (word.compare(legal, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Drops separators and the last word while it is a legal form or a share class ("Class A").
QString stripTrailingWords(QString name)
{
    for (;;) {
        while (!name.isEmpty() && (name.back().isSpace() || name.back() == u',' || name.back() == u'-'))
            name.chop(1);
        qsizetype start = name.size();
        while (start > 0 && !name.at(start - 1).isSpace() && name.at(start - 1) != u',')
            --start;
        if (start == 0)
            return name; // never strip the only word
        const QStringView word = QStringView(name).mid(start);
        if (isLegalWord(word)) {
            name.truncate(start);
            continue;
        }
        // "Class A": a single letter after "Class".
        if (word.size() == 1 && word.front().isLetter()) {
            QStringView before = QStringView(name).left(start).trimmed();
            if (before.endsWith(u"class", Qt::CaseInsensitive)) {
                name.truncate(before.size() - 5);
                continue;
            }
        }
        return name;
    }
}

} // namespace

QString companyAlias(QStringView listedName)
{
    QString name = listedName.trimmed().toString();
    name.replace(u'\u00A0', u' ');
    for (QStringView mark : listingMarks) {
        if (name.endsWith(mark, Qt::CaseSensitive)) {
            name.chop(mark.size());
            break;
        }
    }
    if (name.startsWith(u"The ", Qt::CaseInsensitive))
        name.remove(0, 4);
    name = stripTrailingWords(std::move(name));
    // "Amazon.com": the domain is how the company was named, not how texts name it.
    for (QStringView domain : {QStringView(u".com"), QStringView(u".net")}) {
        if (name.endsWith(domain, Qt::CaseInsensitive) && name.size() > domain.size()) {
            name.chop(domain.size());
            break;
        }
    }
    name = stripTrailingWords(std::move(name)).simplified();
    return name.size() >= 2 ? name : QString();
}

qsizetype indexOfName(QStringView text, QStringView name, qsizetype from)
{
    if (name.isEmpty())
        return -1;
    for (qsizetype at = text.indexOf(name, from, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        if (isNameAt(text, at, name))
            return at;
    }
    return -1;
}

bool isNameAt(QStringView text, qsizetype at, QStringView name)
{
    if (name.isEmpty() || at < 0 || at + name.size() > text.size())
        return false;
    if (isWordChar(name.front()) && at > 0 && isWordChar(text.at(at - 1)))
        return false;
    const qsizetype end = at + name.size();
    if (isWordChar(name.back()) && end < text.size() && isWordChar(text.at(end)))
        return false;
    return text.sliced(at, name.size()).compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace Newsdesk::Core
