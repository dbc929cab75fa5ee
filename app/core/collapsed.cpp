#include "collapsed.h"

#include "articlebody.h"
#include "markdownsyntax.h"

#include <QStringList>

namespace Newsdesk::Core {

namespace {

// Bounds for looking ahead from one token; they keep the whole recovery linear.
constexpr qsizetype headingLookahead = 200;
constexpr qsizetype boldLookahead = 200;

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

// "key: " at `i`: the index of the colon, else -1.
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
    explicit FrontMatterScanner(QStringView s) : m_s(s) {}

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
            const qsizetype end = first == u'"' ? readDoubleQuoted(m_s, i, text, fm.warnings) : readSingleQuoted(m_s, i, text);
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

bool endsSentence(QChar c)
{
    static constexpr QStringView enders = u".!?:;。！？：；)”\"";
    return enders.contains(c);
}

class BodyRebuilder final
{
public:
    BodyRebuilder(QStringView body, QStringView title) : m_b(body), m_title(title) {}

    QString run()
    {
        qsizetype i = 0;
        while (i < m_b.size()) {
            if (m_b.at(i) == u' ') {
                ++i;
                continue;
            }
            // Here `i` starts a token.
            if (m_blocks.isEmpty() && m_paragraph.isEmpty() && m_b.at(i) == u'>' && isLanguageLine(m_b.sliced(i, qMin<qsizetype>(60, m_b.size() - i)))) {
                i = languageLine(i);
                continue;
            }
            if (const qsizetype end = heading(i); end > 0) {
                i = end;
                continue;
            }
            if (m_section != RelatedSection::None && m_b.sliced(i).startsWith(u"- [")) {
                if (const auto link = Markdown::linkAt(m_b, i + 2)) {
                    flushParagraph();
                    m_list.append(u"- "_qs + m_b.sliced(i + 2, link->end - i - 2));
                    i = link->end;
                    continue;
                }
            }
            if (const qsizetype end = boldSubheading(i); end > 0) {
                i = end;
                continue;
            }
            // An ordinary word: up to and including the next space.
            flushList();
            m_section = RelatedSection::None;
            qsizetype next = m_b.indexOf(u' ', i);
            if (next < 0)
                next = m_b.size();
            if (!m_paragraph.isEmpty())
                m_paragraph.append(u' ');
            m_paragraph.append(m_b.sliced(i, next - i));
            i = next;
        }
        flushParagraph();
        flushList();
        return m_blocks.join(u"\n\n"_qs) + u'\n';
    }

private:
    void flushParagraph()
    {
        if (!m_paragraph.isEmpty())
            m_blocks.append(m_paragraph);
        m_paragraph.clear();
    }

    void flushList()
    {
        if (!m_list.isEmpty())
            m_blocks.append(m_list.join(u'\n'));
        m_list.clear();
    }

    void block(const QString &text)
    {
        flushParagraph();
        flushList();
        m_blocks.append(text);
    }

    // "> Supported Languages: [a](…) | [b](…)"; returns the index past it.
    qsizetype languageLine(qsizetype i)
    {
        qsizetype j = m_b.indexOf(u':', i);
        const qsizetype fullWidth = m_b.indexOf(u'：', i);
        if (j < 0 || (fullWidth >= 0 && fullWidth < j))
            j = fullWidth;
        ++j;
        for (;;) {
            qsizetype k = j;
            while (k < m_b.size() && m_b.at(k) == u' ')
                ++k;
            const auto link = Markdown::linkAt(m_b, k);
            if (!link)
                break;
            j = link->end;
            k = j;
            while (k < m_b.size() && m_b.at(k) == u' ')
                ++k;
            if (k < m_b.size() && m_b.at(k) == u'|')
                j = k + 1;
            else
                break;
        }
        block(m_b.sliced(i, j - i).trimmed().toString());
        return j;
    }

    // " # Title", " ## Related News & Research", " ### Related Stocks"; returns the index past it, or 0.
    qsizetype heading(qsizetype i)
    {
        qsizetype level = 0;
        while (i + level < m_b.size() && m_b.at(i + level) == u'#' && level < 7)
            ++level;
        if (level == 0 || level > 6 || i + level >= m_b.size() || m_b.at(i + level) != u' ')
            return 0;
        const qsizetype textStart = i + level + 1;
        const QStringView rest = m_b.sliced(textStart);
        qsizetype end = -1;
        // The H1 ends where the front matter's title ends.
        if (level == 1 && !m_title.isEmpty() && rest.startsWith(m_title, Qt::CaseInsensitive))
            end = textStart + m_title.size();
        if (end < 0)
            end = knownHeadingEnd(textStart);
        if (end < 0)
            end = genericHeadingEnd(textStart);
        const QStringView text = m_b.sliced(textStart, end - textStart).trimmed();
        block(QString(level, u'#') + u' ' + text);
        m_section = level >= 2 ? relatedSectionFor(text) : RelatedSection::None;
        return end;
    }

    qsizetype knownHeadingEnd(qsizetype textStart) const
    {
        static constexpr QStringView known[] = {u"Related News & Research", u"Related News and Research", u"Related News",
                                                u"Related Stocks", u"Related Articles", u"相关股票", u"相關股票",
                                                u"相关新闻", u"相關新聞", u"相关资讯", u"相關資訊"};
        const QStringView rest = m_b.sliced(textStart);
        for (QStringView k : known) {
            if (rest.startsWith(k, Qt::CaseInsensitive) && (rest.size() == k.size() || rest.at(k.size()) == u' '))
                return textStart + k.size();
        }
        return -1;
    }

    // A heading of unknown length ends before the next block token. When the text up to there holds
    // a sentence, the heading is what comes before the sentence's first word: a capitalised word
    // right after a lower-case one ("## Why it matters Markets had priced a cut." → "Why it matters").
    qsizetype genericHeadingEnd(qsizetype textStart) const
    {
        const qsizetype limit = qMin(m_b.size(), textStart + headingLookahead);
        qsizetype blockEnd = -1;
        qsizetype sentenceEnd = -1;
        qsizetype lastSpace = -1;
        for (qsizetype j = textStart; j < limit; ++j) {
            if (m_b.at(j) != u' ')
                continue;
            if (sentenceEnd < 0 && j > textStart && endsSentence(m_b.at(j - 1)))
                sentenceEnd = j;
            if (j + 1 < m_b.size()) {
                const QStringView next = m_b.sliced(j + 1);
                if (next.startsWith(u"# ") || next.startsWith(u"## ") || next.startsWith(u"### ") || next.startsWith(u"- [")
                    || next.startsWith(u"**") || next.startsWith(u"> ")) {
                    blockEnd = j;
                    break;
                }
            }
            if (j - textStart <= 120)
                lastSpace = j;
        }
        if (blockEnd < 0 && limit == m_b.size()) {
            blockEnd = limit;
            if (sentenceEnd < 0 && limit > textStart && endsSentence(m_b.at(limit - 1)))
                sentenceEnd = limit;
        }
        if (sentenceEnd > 0) {
            bool previousLower = false;
            bool firstWord = true;
            for (qsizetype j = textStart; j < sentenceEnd; ++j) {
                if (j > textStart && m_b.at(j - 1) != u' ')
                    continue;
                if (m_b.at(j) == u' ')
                    continue;
                const QChar c = m_b.at(j);
                if (!firstWord && previousLower && c.isUpper())
                    return j - 1;
                previousLower = c.isLower();
                firstWord = false;
            }
        }
        if (blockEnd > 0)
            return blockEnd;
        if (sentenceEnd > 0)
            return sentenceEnd;
        return lastSpace > textStart ? lastSpace : limit;
    }

    // "**Guidance beats estimates**" after a sentence end, at the start, or after another block.
    qsizetype boldSubheading(qsizetype i)
    {
        if (!m_b.sliced(i).startsWith(u"**") || i + 2 >= m_b.size() || m_b.at(i + 2) == u' ')
            return 0;
        const qsizetype window = qMin(boldLookahead, m_b.size() - i - 2);
        const qsizetype close = m_b.sliced(i + 2, window).indexOf(u"**");
        if (close <= 0)
            return 0;
        const qsizetype end = i + 2 + close + 2;
        if (m_b.at(end - 3) == u' ' || (end < m_b.size() && m_b.at(end) != u' '))
            return 0;
        const bool startsBlock = m_paragraph.isEmpty() || endsSentence(m_paragraph.back());
        // Inline bold goes on with the sentence ("**very** strong"); a sub-heading is followed by a new one.
        qsizetype after = end;
        while (after < m_b.size() && m_b.at(after) == u' ')
            ++after;
        if (!startsBlock || (after < m_b.size() && m_b.at(after).isLower()))
            return 0;
        block(m_b.sliced(i, end - i).toString());
        return end;
    }

    QStringView m_b;
    QStringView m_title;
    QStringList m_blocks;
    QString m_paragraph;
    QStringList m_list;
    RelatedSection m_section = RelatedSection::None;
};

} // namespace

std::optional<CollapsedDocument> recoverCollapsedDocument(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    const QStringView t = text.sliced(start);
    if (!t.startsWith(u"---") || t.size() < 5 || (t.at(3) != u' ' && t.at(3) != u'\t'))
        return std::nullopt;
    qsizetype k = 4;
    while (k < t.size() && (t.at(k) == u' ' || t.at(k) == u'\t'))
        ++k;
    if (keyAt(t, k) < 0)
        return std::nullopt;

    CollapsedDocument doc;
    doc.frontMatter.syntax = FrontMatter::Syntax::Collapsed;
    const qsizetype bodyStart = FrontMatterScanner(t).run(3, doc.frontMatter);
    if (bodyStart < 0)
        return std::nullopt; // never closed: not front matter, the text is body
    doc.frontMatter.bodyStart = start + bodyStart;
    const QStringView body = t.sliced(bodyStart).trimmed();
    // A body that kept its line breaks needs no rebuilding.
    if (body.contains(u'\n')) {
        doc.body = body.toString();
    } else {
        const QString title = doc.frontMatter.textOf({u"title", u"headline", u"og_title"});
        doc.body = BodyRebuilder(body, title).run();
    }
    return doc;
}

} // namespace Newsdesk::Core
