// The front matter of a collapsed document: "--- title: "…" locales: - [en](…) --- ".
#include "core/collapsed_p.h"
#include "core/markdownsyntax.h"

#include <QStringList>

namespace Newsdesk::Core::CollapsedDetail {

namespace {

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

} // namespace

qsizetype keyAt(QStringView s, qsizetype i)
{
    qsizetype j = i;
    while (j < s.size() && j - i < 64 && isKeyChar(s.at(j)))
        ++j;
    if (j == i || j >= s.size() || s.at(j) != u':' || s.at(i) == u'-')
        return -1;
    if (j + 1 < s.size() && !isSpace(s.at(j + 1)))
        return -1;
    return j;
}

namespace {

bool fenceAt(QStringView s, qsizetype i)
{
    return s.sliced(i).startsWith(u"---") && (i + 3 == s.size() || isSpace(s.at(i + 3)));
}

bool itemAt(QStringView s, qsizetype i)
{
    return s.at(i) == u'-' && i + 1 < s.size() && s.at(i + 1) == u' ';
}

class FrontMatterScanner final
{
public:
    explicit FrontMatterScanner(QStringView s)
        : m_s(s)
    {
    }

    // Reads from `from` (just past the opening "---"); returns the index past the closing "---", or -1.
    qsizetype run(qsizetype from, FrontMatter &fm)
    {
        qsizetype i = from;
        QString listKey;
        QStringList list;
        auto endList = [&] {
            if (!listKey.isEmpty())
                fm.set(listKey, list.isEmpty() ? QVariant(QString()) : QVariant(list), 1);
            listKey.clear();
            list.clear();
        };
        bool warnedJunk = false;
        for (;;) {
            while (i < m_s.size() && isSpace(m_s.at(i)))
                ++i;
            if (i >= m_s.size()) {
                endList();
                return -1;
            }
            if (fenceAt(m_s, i)) {
                endList();
                return i + 3;
            }
            if (itemAt(m_s, i)) {
                i += 2;
                while (i < m_s.size() && m_s.at(i) == u' ')
                    ++i;
                QString item;
                i = readValue(i, item, fm, true);
                if (listKey.isEmpty())
                    fm.warnings.append(u"collapsed front matter: list item \"%1\" without a key skipped"_qs.arg(item));
                else
                    list.append(item);
                continue;
            }
            const qsizetype colon = keyAt(m_s, i);
            if (colon < 0) {
                if (!warnedJunk)
                    fm.warnings.append(u"collapsed front matter: unreadable text skipped"_qs);
                warnedJunk = true;
                while (i < m_s.size() && !isSpace(m_s.at(i)))
                    ++i;
                continue;
            }
            endList();
            const QString key = m_s.sliced(i, colon - i).toString();
            i = colon + 1;
            while (i < m_s.size() && m_s.at(i) == u' ')
                ++i;
            if (i >= m_s.size() || itemAt(m_s, i) || fenceAt(m_s, i) || keyAt(m_s, i) >= 0) {
                // Nothing before the next item, key or fence: a list follows (or the value is empty).
                listKey = key;
                continue;
            }
            if (m_s.at(i) == u'[' && !m_flowListFailed && !Markdown::linkAt(m_s, i)) {
                QStringList items;
                const qsizetype end = readFlowList(m_s, i, items, fm.warnings);
                if (end > 0) {
                    fm.set(key, items, 1);
                    i = end;
                    continue;
                }
                // It read to the end of the text: later lists would too, so read them as plain text.
                m_flowListFailed = true;
            }
            QString value;
            i = readValue(i, value, fm, false);
            fm.set(key, value, 1);
        }
    }

private:
    // A quoted scalar, a markdown link (in lists), or plain text up to the next key, item or fence.
    qsizetype readValue(qsizetype i, QString &value, FrontMatter &fm, bool inList)
    {
        const QChar first = m_s.at(i);
        if (first == u'"' || first == u'\'') {
            QString text;
            const qsizetype end
                = first == u'"' ? readDoubleQuoted(m_s, i, text, fm.warnings) : readSingleQuoted(m_s, i, text);
            if (end > 0) {
                value = text;
                return end;
            }
            fm.warnings.append(u"collapsed front matter: unterminated quoted value read as plain text"_qs);
            ++i;
        } else if (inList && first == u'[') {
            if (const auto link = Markdown::linkAt(m_s, i)) {
                value = m_s.sliced(i, link->end - i).toString();
                return link->end;
            }
        }
        const qsizetype start = i;
        for (; i < m_s.size(); ++i) {
            if (m_s.at(i) != u' ' || i + 1 >= m_s.size())
                continue;
            const qsizetype next = i + 1;
            if (fenceAt(m_s, next) || keyAt(m_s, next) >= 0 || (inList && itemAt(m_s, next)))
                break;
        }
        value = m_s.sliced(start, i - start).trimmed().toString();
        return i;
    }

    QStringView m_s;
    bool m_flowListFailed = false;
};

} // namespace

qsizetype readCollapsedFrontMatter(QStringView s, qsizetype from, FrontMatter &fm)
{
    return FrontMatterScanner(s).run(from, fm);
}

} // namespace Newsdesk::Core::CollapsedDetail
