// The body of a collapsed document, given its line structure back.
#include "core/articlebody.h"
#include "core/collapsed_p.h"
#include "core/markdownsyntax.h"

#include <QStringList>

namespace Newsdesk::Core::CollapsedDetail {

namespace {

// Bounds for looking ahead from one token; they keep the whole recovery linear.
constexpr qsizetype headingLookahead = 200;
constexpr qsizetype boldLookahead = 200;

bool endsSentence(QChar c)
{
    static constexpr QStringView enders = u".!?:;。！？：；)”\"";
    return enders.contains(c);
}

class BodyRebuilder final
{
public:
    BodyRebuilder(QStringView body, QStringView title)
        : m_b(body)
        , m_title(title)
    {
    }

    QString run()
    {
        qsizetype i = 0;
        while (i < m_b.size()) {
            if (m_b.at(i) == u' ') {
                ++i;
                continue;
            }
            // Here `i` starts a token.
            if (m_blocks.isEmpty() && m_paragraph.isEmpty() && m_b.at(i) == u'>'
                && isLanguageLine(m_b.sliced(i, qMin<qsizetype>(60, m_b.size() - i)))) {
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
        static constexpr QStringView known[]
            = {u"Related News & Research", u"Related News and Research", u"Related News", u"Related Stocks",
                u"Related Articles", u"相关股票", u"相關股票", u"相关新闻", u"相關新聞", u"相关资讯", u"相關資訊"};
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
                if (next.startsWith(u"# ") || next.startsWith(u"## ") || next.startsWith(u"### ")
                    || next.startsWith(u"- [") || next.startsWith(u"**") || next.startsWith(u"> ")) {
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

QString rebuildCollapsedBody(QStringView body, QStringView title)
{
    return BodyRebuilder(body, title).run();
}

} // namespace Newsdesk::Core::CollapsedDetail
