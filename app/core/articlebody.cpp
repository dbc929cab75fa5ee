#include "core/articlebody.h"

namespace Newsdesk::Core {

namespace {

using Markdown::isBlank;

// True when `heading` repeats `title`: equal, or a shorter form of it ending at a word boundary
// (hostile.md's title carries markup its H1 lacks).
bool repeatsTitle(QStringView heading, QStringView title)
{
    const QString h = Markdown::comparable(heading);
    const QString t = Markdown::comparable(title);
    if (h.isEmpty() || t.isEmpty())
        return false;
    if (h == t)
        return true;
    return t.startsWith(h) && !t.at(h.size()).isLetterOrNumber() && !t.at(h.size() - 1).isSpace();
}

} // namespace

RelatedSection relatedSectionFor(QStringView headingText)
{
    const QString t = Markdown::comparable(headingText);
    static constexpr QStringView stockHeadings[] = {u"related stocks", u"related stock", u"related symbols",
        u"related tickers", u"相关股票", u"相關股票", u"相关个股", u"相關個股", u"相关标的", u"相關標的"};
    static constexpr QStringView newsHeadings[] = {u"related news", u"related articles", u"related research",
        u"相关新闻", u"相關新聞", u"相关资讯", u"相關資訊", u"相关阅读", u"相關閱讀"};
    // A whole-word prefix: "Related News & Research" is one, "Related Newsletters" is not.
    auto opens = [&t](QStringView h) {
        return t.startsWith(h) && (t.size() == h.size() || !t.at(h.size()).isLetter());
    };
    for (QStringView h : stockHeadings) {
        if (opens(h))
            return RelatedSection::Stocks;
    }
    for (QStringView h : newsHeadings) {
        if (opens(h))
            return RelatedSection::News;
    }
    return RelatedSection::None;
}

bool isLanguageLine(QStringView line)
{
    QStringView t = line.trimmed();
    if (!t.startsWith(u'>'))
        return false;
    t = t.sliced(1).trimmed();
    static constexpr QStringView prefixes[] = {u"Supported Languages", u"Supported languages", u"Languages",
        u"支持语言", u"支持的语言", u"支援語言", u"支持語言", u"語言", u"语言"};
    for (QStringView p : prefixes) {
        if (t.startsWith(p, Qt::CaseInsensitive)) {
            const QStringView after = t.sliced(p.size()).trimmed();
            return after.startsWith(u':') || after.startsWith(u'：');
        }
    }
    return false;
}

ArticleBody splitArticleBody(QStringView body, QStringView title)
{
    ArticleBody result;
    const QList<QStringView> lines = Markdown::splitLines(body);
    QList<bool> keep(lines.size(), true);

    // Pass 1: headings outside code; Related sections; the first heading.
    std::optional<Markdown::Fence> fence;
    int firstHeadingLine = -1;
    RelatedSection section = RelatedSection::None;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        if (fence) {
            if (Markdown::closesFence(line, *fence))
                fence.reset();
            if (section != RelatedSection::None)
                keep[i] = false;
            continue;
        }
        const auto heading = Markdown::atxHeading(line);
        if (heading && firstHeadingLine < 0 && !heading->text.isEmpty()) {
            firstHeadingLine = i;
            result.firstHeading = heading->text.toString();
        }
        if (heading && heading->level >= 2 && heading->level <= 4) {
            section = relatedSectionFor(heading->text);
            if (section != RelatedSection::None) {
                keep[i] = false;
                continue;
            }
        } else if (heading) {
            section = RelatedSection::None;
        }
        if (section == RelatedSection::None) {
            if (const auto f = Markdown::fenceOpening(line))
                fence = f;
            continue;
        }
        // Inside a Related section: its list items and the blank lines between them. Anything
        // else ends the section and stays in the body.
        if (isBlank(line)) {
            keep[i] = false;
            continue;
        }
        const auto item = Markdown::listItem(line);
        if (!item) {
            if (Markdown::indentOf(line) >= 2) {
                keep[i] = false; // continuation of the item above
                continue;
            }
            section = RelatedSection::None;
            if (const auto f = Markdown::fenceOpening(line))
                fence = f;
            continue;
        }
        keep[i] = false;
        const qsizetype open = item->indexOf(u'[');
        const auto link = open >= 0 ? Markdown::linkAt(*item, open) : std::nullopt;
        if (!link || link->url.isEmpty()) {
            result.warnings.append(u"body line %1: item under a Related heading has no link; skipped"_qs.arg(i + 1));
            continue;
        }
        (section == RelatedSection::Stocks ? result.relatedStocks : result.relatedNews).append(*link);
    }

    // Pass 2: the language line and the title H1 among the leading lines.
    const QStringView effectiveTitle = title.isEmpty() ? QStringView(result.firstHeading) : title;
    bool languageSeen = false;
    bool titleSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        if (isBlank(line) || !keep.at(i))
            continue;
        if (!languageSeen && isLanguageLine(line)) {
            languageSeen = true;
            keep[i] = false;
            continue;
        }
        const auto heading = Markdown::atxHeading(line);
        if (!titleSeen && heading && (heading->level == 1 || title.isEmpty())
            && repeatsTitle(heading->text, effectiveTitle)) {
            titleSeen = true;
            keep[i] = false;
            continue;
        }
        break;
    }

    int first = 0;
    int last = int(lines.size()) - 1;
    while (first <= last && (!keep.at(first) || isBlank(lines.at(first))))
        ++first;
    while (last >= first && (!keep.at(last) || isBlank(lines.at(last))))
        --last;
    qsizetype size = 0;
    for (int i = first; i <= last; ++i)
        size += lines.at(i).size() + 1;
    result.markdown.reserve(size);
    bool any = false;
    bool previousBlank = false;
    bool removedSince = false;
    for (int i = first; i <= last; ++i) {
        if (!keep.at(i)) {
            removedSince = true;
            continue;
        }
        // Removing a section can leave blank lines on both sides of it; keep one.
        const bool blank = isBlank(lines.at(i));
        if (blank && previousBlank && removedSince)
            continue;
        if (!blank)
            removedSince = false;
        previousBlank = blank;
        if (any)
            result.markdown.append(u'\n');
        result.markdown.append(lines.at(i));
        any = true;
    }
    return result;
}

} // namespace Newsdesk::Core
