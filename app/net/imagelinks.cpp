#include "net/imagelinks.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Newsdesk::Net {

namespace {

// Fenced code blocks and code spans show their text literally: blank them out, keeping offsets.
QString withoutCode(const QString &markdown)
{
    QString text = markdown;
    static const QRegularExpression fence(
        QStringLiteral(R"((?m)^[ ]{0,3}(```+|~~~+)[^\n]*\n[\s\S]*?(?:^[ ]{0,3}\1[ \t]*$|\z))"));
    static const QRegularExpression span(QStringLiteral(R"((`+)[^`][\s\S]*?\1)"));
    for (const QRegularExpression *pattern : {&fence, &span}) {
        QRegularExpressionMatchIterator it = pattern->globalMatch(text);
        QList<std::pair<qsizetype, qsizetype>> ranges;
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            ranges.append({match.capturedStart(), match.capturedLength()});
        }
        for (const auto &[start, length] : ranges)
            text.replace(start, length, QString(length, u' '));
    }
    return text;
}

// Markdown backslash escapes in a link destination: "\(" → "(".
QString unescaped(QString destination)
{
    static const QRegularExpression escape(QStringLiteral(R"(\\([!-/:-@\[-`{-~]))"));
    return destination.replace(escape, QStringLiteral("\\1"));
}

} // namespace

QList<QUrl> imageUrls(const QString &markdown, const QUrl &base)
{
    const QString text = withoutCode(markdown);

    // [ref]: destination "optional title"
    static const QRegularExpression definition(
        QStringLiteral(R"((?m)^[ ]{0,3}\[([^\]]+)\]:[ \t]*(?:<([^>\n]*)>|(\S+)))"));
    QHash<QString, QString> references;
    for (QRegularExpressionMatchIterator it = definition.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString label = match.captured(1).simplified().toCaseFolded();
        if (!references.contains(label))
            references.insert(label, match.captured(2).isNull() ? match.captured(3) : match.captured(2));
    }

    // ![alt](destination "title") | ![alt](<destination>) | ![alt][ref] | ![alt][] | ![ref]
    static const QRegularExpression image(QStringLiteral(
        R"(!\[((?:[^\[\]\\]|\\.|\[[^\]]*\])*)\](?:\([ \t\n]*(?:<([^>\n]*)>|((?:[^\s()\\]|\\.|\([^\s()]*\))+))(?:[ \t\n]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t\n]*\)|\[([^\]]*)\])?)"));
    QList<QUrl> urls;
    QSet<QString> seen;
    for (QRegularExpressionMatchIterator it = image.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString destination;
        if (!match.captured(2).isNull()) {
            destination = match.captured(2);
        } else if (!match.captured(3).isNull()) {
            destination = match.captured(3);
        } else {
            const QString label = match.captured(4).isEmpty() ? match.captured(1) : match.captured(4);
            destination = references.value(label.simplified().toCaseFolded());
        }
        if (destination.isEmpty())
            continue;
        QUrl url(unescaped(destination).trimmed());
        if (url.isRelative() && base.isValid())
            url = base.resolved(url);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            continue;
        const QString key = url.toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        urls.append(url);
    }
    return urls;
}

} // namespace Newsdesk::Net
