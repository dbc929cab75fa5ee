#include "core/opml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Newsdesk::Core {

Result<OpmlDocument> parseOpml(const QByteArray &document)
{
    OpmlDocument opml;
    QXmlStreamReader xml(document);
    QStringList groups; // text of each open outline that is not a feed
    QList<bool> feedOutline;
    bool sawOpml = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return Error::make(Error::Kind::InvalidInput, u"the OPML file has a document type declaration; refused"_qs);
        if (token == QXmlStreamReader::EndElement && xml.name() == u"outline") {
            if (!feedOutline.isEmpty() && !feedOutline.takeLast() && !groups.isEmpty())
                groups.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"opml") {
            sawOpml = true;
        } else if (xml.name() == u"title" && opml.title.isEmpty() && feedOutline.isEmpty()) {
            opml.title = xml.readElementText().simplified();
        } else if (xml.name() == u"outline") {
            const QXmlStreamAttributes attributes = xml.attributes();
            QString text = attributes.value(QLatin1StringView("text")).toString().simplified();
            if (text.isEmpty())
                text = attributes.value(QLatin1StringView("title")).toString().simplified();
            const QString address = attributes.value(QLatin1StringView("xmlUrl")).toString().trimmed();
            if (address.isEmpty()) {
                feedOutline.append(false);
                groups.append(text);
                continue;
            }
            feedOutline.append(true);
            // Without the fragment: it is never sent and subscriptions drop it, and a '#' in it was
            // exported as %23 and read back as another address.
            const QUrl url = QUrl(address, QUrl::StrictMode).adjusted(QUrl::RemoveFragment);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
                opml.skipped.append(
                    u"outline \"%1\": \"%2\" is not an http or https address"_qs.arg(text.left(80), address.left(200)));
                continue;
            }
            opml.feeds.append(OpmlOutline{text, url, groups.isEmpty() ? QString() : groups.constLast()});
        }
    }
    if (xml.hasError())
        return Error::make(Error::Kind::InvalidInput,
            u"not valid OPML: %1 at line %2, column %3"_qs.arg(xml.errorString())
                .arg(xml.lineNumber())
                .arg(xml.columnNumber()));
    if (!sawOpml)
        return Error::make(Error::Kind::InvalidInput, u"not an OPML file (no <opml> element)"_qs);
    return opml;
}

QByteArray writeOpml(const QString &title, const QList<OpmlOutline> &feeds)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"opml"_qs);
    xml.writeAttribute(u"version"_qs, u"2.0"_qs);
    xml.writeStartElement(u"head"_qs);
    xml.writeTextElement(u"title"_qs, title);
    xml.writeEndElement();
    xml.writeStartElement(u"body"_qs);
    QString openGroup;
    for (const OpmlOutline &feed : feeds) {
        if (feed.group != openGroup) {
            if (!openGroup.isEmpty())
                xml.writeEndElement();
            openGroup = feed.group;
            if (!openGroup.isEmpty()) {
                xml.writeStartElement(u"outline"_qs);
                xml.writeAttribute(u"text"_qs, openGroup);
            }
        }
        xml.writeEmptyElement(u"outline"_qs);
        xml.writeAttribute(u"type"_qs, u"rss"_qs);
        xml.writeAttribute(u"text"_qs, feed.title.isEmpty() ? feed.xmlUrl.toString() : feed.title);
        xml.writeAttribute(u"xmlUrl"_qs, QString::fromLatin1(feed.xmlUrl.toEncoded()));
    }
    if (!openGroup.isEmpty())
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Newsdesk::Core
