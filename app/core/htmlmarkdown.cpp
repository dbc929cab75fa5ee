// A small HTML → markdown converter for feed content. It keeps structure a reader needs and
// nothing else: the markdown it writes goes through the same safe rendering as every document, so
// no tag, attribute or script from the feed can reach the page.
#include "core/feedtext.h"

#include <QList>
#include <QUrl>

namespace Newsdesk::Core {

namespace {

constexpr qsizetype maxHtml = 2 * 1024 * 1024;

bool nameIs(QStringView name, QStringView what)
{
    return name.compare(what, Qt::CaseInsensitive) == 0;
}

// The value of attribute `name` in a tag's text ("a href=\"x\" title='y'"), entities decoded.
QString attributeValue(QStringView tag, QStringView name)
{
    qsizetype i = 0;
    while (i < tag.size() && !tag.at(i).isSpace())
        ++i; // the element name
    while (i < tag.size()) {
        while (i < tag.size() && (tag.at(i).isSpace() || tag.at(i) == u'/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < tag.size() && !tag.at(i).isSpace() && tag.at(i) != u'=' && tag.at(i) != u'/')
            ++i;
        const QStringView attr = tag.sliced(nameStart, i - nameStart);
        while (i < tag.size() && tag.at(i).isSpace())
            ++i;
        QStringView value;
        if (i < tag.size() && tag.at(i) == u'=') {
            ++i;
            while (i < tag.size() && tag.at(i).isSpace())
                ++i;
            if (i < tag.size() && (tag.at(i) == u'"' || tag.at(i) == u'\'')) {
                const QChar quote = tag.at(i);
                const qsizetype end = tag.indexOf(quote, i + 1);
                const qsizetype stop = end < 0 ? tag.size() : end;
                value = tag.sliced(i + 1, stop - i - 1);
                i = stop + 1;
            } else {
                const qsizetype start = i;
                while (i < tag.size() && !tag.at(i).isSpace())
                    ++i;
                value = tag.sliced(start, i - start);
            }
        }
        if (attr.isEmpty() && i >= tag.size())
            break;
        if (nameIs(attr, name))
            return htmlToText(value);
        if (attr.isEmpty())
            ++i;
    }
    return {};
}

// http(s) and mailto only, percent-encoded so that no character ends the markdown destination.
QString safeDestination(const QString &value)
{
    const QUrl url(value.trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https" && scheme != u"mailto"))
        return {};
    QString encoded = QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
    encoded.replace(u'(', u"%28"_qs).replace(u')', u"%29"_qs).replace(u'<', u"%3C"_qs).replace(u'>', u"%3E"_qs);
    return encoded;
}

class Writer final
{
public:
    QString result()
    {
        QString out = m_out.trimmed();
        while (out.contains(u"\n\n\n"))
            out.replace(u"\n\n\n"_qs, u"\n\n"_qs);
        return out + u'\n';
    }

    void text(QStringView decoded)
    {
        if (m_pre > 0) {
            m_out += decoded;
            return;
        }
        for (const QChar c : decoded) {
            if (c.isSpace()) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !atLineStart())
                m_out += u' ';
            m_pendingSpace = false;
            static constexpr QStringView special = u"\\`*_[]<>#|!~&";
            if (special.contains(c) || (atLineStart() && (c == u'-' || c == u'+' || c == u'=' || c.isDigit())))
                m_out += u'\\';
            m_out += c;
        }
    }

    // Markup that is not text: emphasis markers, link brackets.
    void raw(QStringView markup)
    {
        if (m_pendingSpace && !atLineStart())
            m_out += u' ';
        m_pendingSpace = false;
        m_out += markup;
    }

    void blockBreak()
    {
        m_pendingSpace = false;
        if (m_out.isEmpty())
            return;
        while (m_out.endsWith(u' '))
            m_out.chop(1);
        if (!m_out.endsWith(u"\n\n"))
            m_out += m_out.endsWith(u'\n') ? u"\n"_qs : u"\n\n"_qs;
        m_out += m_prefix;
    }

    void lineBreak()
    {
        m_pendingSpace = false;
        if (!m_out.isEmpty() && !atLineStart())
            m_out += u"\\\n" + m_prefix;
    }

    void newLine()
    {
        m_pendingSpace = false;
        while (m_out.endsWith(u' '))
            m_out.chop(1);
        if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
            m_out += u'\n';
        m_out += m_prefix;
    }

    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    const QString &prefix() const { return m_prefix; }
    void enterPre() { ++m_pre; }
    void leavePre() { m_pre = qMax(0, m_pre - 1); }
    bool inPre() const { return m_pre > 0; }

private:
    bool atLineStart() const
    {
        return m_out.isEmpty() || m_out.endsWith(u'\n') || (!m_prefix.isEmpty() && m_out.endsWith(m_prefix));
    }

    QString m_out;
    QString m_prefix;
    bool m_pendingSpace = false;
    int m_pre = 0;
};

struct List
{
    bool ordered = false;
    int next = 1;
};

} // namespace

QString htmlToMarkdown(QStringView html)
{
    html = html.first(qMin(html.size(), maxHtml));
    Writer w;
    QList<List> lists;
    QStringList links; // destination of each open <a>, empty when it is not followed
    QStringList prefixes;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == u'&') {
            if (const auto [decoded, length] = decodeCharacterReference(html, i); length > 0) {
                w.text(decoded);
                i += length - 1;
                continue;
            }
            w.text(QStringView(&c, 1));
            continue;
        }
        if (c != u'<') {
            w.text(QStringView(&c, 1));
            continue;
        }
        if (html.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? html.size() : end + 2;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i + 1);
        const QChar next = i + 1 < html.size() ? html.at(i + 1) : QChar();
        if (close < 0 || !(next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
            w.text(QStringView(&c, 1));
            continue;
        }
        QStringView tag = html.sliced(i + 1, close - i - 1);
        i = close;
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.sliced(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        const QStringView name = tag.first(nameEnd);
        if (!closing
            && (nameIs(name, u"script") || nameIs(name, u"style") || nameIs(name, u"iframe") || nameIs(name, u"object")
                || nameIs(name, u"noscript") || nameIs(name, u"template") || nameIs(name, u"svg"))) {
            const qsizetype endAt = html.indexOf(QString(u"</" + name.toString()), close, Qt::CaseInsensitive);
            const qsizetype endClose = endAt < 0 ? -1 : html.indexOf(u'>', endAt);
            i = endClose < 0 ? html.size() : endClose;
            continue;
        }
        if (w.inPre() && !nameIs(name, u"pre"))
            continue; // code keeps its text only
        if (nameIs(name, u"p") || nameIs(name, u"div") || nameIs(name, u"section") || nameIs(name, u"article")
            || nameIs(name, u"table") || nameIs(name, u"tr") || nameIs(name, u"figure") || nameIs(name, u"figcaption")
            || nameIs(name, u"dl") || nameIs(name, u"dd") || nameIs(name, u"dt")) {
            w.blockBreak();
        } else if (nameIs(name, u"br")) {
            w.lineBreak();
        } else if (nameIs(name, u"hr")) {
            w.blockBreak();
            w.raw(u"* * *");
            w.blockBreak();
        } else if (name.size() == 2 && (name.at(0) == u'h' || name.at(0) == u'H') && name.at(1) >= u'1'
            && name.at(1) <= u'6') {
            w.blockBreak();
            if (!closing)
                w.raw(QString(QString(name.at(1).unicode() - u'0', u'#') + u' '));
        } else if (nameIs(name, u"strong") || nameIs(name, u"b")) {
            w.raw(u"**");
        } else if (nameIs(name, u"em") || nameIs(name, u"i")) {
            w.raw(u"*");
        } else if (nameIs(name, u"del") || nameIs(name, u"s") || nameIs(name, u"strike")) {
            w.raw(u"~~");
        } else if (nameIs(name, u"code")) {
            w.raw(u"`");
        } else if (nameIs(name, u"a")) {
            if (!closing) {
                links.append(safeDestination(attributeValue(tag, u"href")));
                if (!links.constLast().isEmpty())
                    w.raw(u"[");
            } else if (!links.isEmpty()) {
                const QString destination = links.takeLast();
                if (!destination.isEmpty())
                    w.raw(QString(u"](" + destination + u')'));
            }
        } else if (nameIs(name, u"img") && !closing) {
            const QString source = safeDestination(attributeValue(tag, u"src"));
            if (!source.isEmpty()) {
                w.raw(u"![");
                w.text(attributeValue(tag, u"alt"));
                w.raw(QString(u"](" + source + u')'));
            }
        } else if (nameIs(name, u"ul") || nameIs(name, u"ol")) {
            if (!closing) {
                lists.append(List{nameIs(name, u"ol"), 1});
                w.blockBreak();
            } else {
                if (!lists.isEmpty())
                    lists.removeLast();
                if (!prefixes.isEmpty())
                    prefixes.removeLast();
                w.setPrefix(prefixes.isEmpty() ? QString() : prefixes.constLast());
                w.blockBreak();
            }
        } else if (nameIs(name, u"li") && !closing) {
            // The item starts at its list's indentation; its continuation lines sit under its text.
            while (!prefixes.isEmpty() && prefixes.size() >= qMax<qsizetype>(1, lists.size()))
                prefixes.removeLast();
            w.setPrefix(prefixes.isEmpty() ? QString() : prefixes.constLast());
            w.newLine();
            QString marker = u"- "_qs;
            if (!lists.isEmpty() && lists.last().ordered)
                marker = QString::number(lists.last().next++) + u". ";
            w.raw(marker);
            prefixes.append((prefixes.isEmpty() ? QString() : prefixes.constLast()) + QString(marker.size(), u' '));
            w.setPrefix(prefixes.constLast());
        } else if (nameIs(name, u"blockquote")) {
            if (!closing) {
                prefixes.append((prefixes.isEmpty() ? QString() : prefixes.constLast()) + u"> ");
                w.setPrefix(prefixes.constLast());
                w.blockBreak();
            } else {
                if (!prefixes.isEmpty())
                    prefixes.removeLast();
                w.setPrefix(prefixes.isEmpty() ? QString() : prefixes.constLast());
                w.blockBreak();
            }
        } else if (nameIs(name, u"pre")) {
            if (!closing) {
                w.blockBreak();
                w.raw(u"```\n");
                w.enterPre();
            } else if (w.inPre()) {
                w.leavePre();
                w.newLine();
                w.raw(u"```");
                w.blockBreak();
            }
        }
    }
    if (w.inPre()) {
        w.newLine();
        w.raw(u"```");
    }
    QString out = w.result();
    return out.trimmed().isEmpty() ? QString() : out;
}

} // namespace Newsdesk::Core
