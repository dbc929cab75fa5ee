#include "core/datetimeparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Newsdesk::Core::parseDateTime;

class DateTimeTest final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    // feedparser's RFC 822, asctime and W3DTF rows (shared/realworld/feeds/dates.json).
    void realWorld_data();
    void realWorld();
};

void DateTimeTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // ISO 8601 with milliseconds; empty when invalid

    QTest::newRow("ISO: Longbridge datetime with ms and Z")
        << u"2026-03-12T08:30:00.000Z"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("ISO: without milliseconds") << u"2026-03-12T08:30:00Z"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("ISO: no zone means UTC") << u"2026-03-12T08:30:00"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("ISO: offset +08:00") << u"2026-03-12T16:30:00+08:00"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("ISO: offset -0500") << u"2026-03-12T03:30:00-0500"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("ISO: offset +08 hours only") << u"2026-03-12T16:30+08"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("ISO: space separator and seconds fraction")
        << u"2026-03-12 08:30:00.123456"_qs << u"2026-03-12T08:30:00.123Z"_qs;
    QTest::newRow("ISO: one fraction digit") << u"2026-03-12T08:30:00.5Z"_qs << u"2026-03-12T08:30:00.500Z"_qs;
    QTest::newRow("ISO: minutes only") << u"2026-03-12T08:30Z"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("ISO: lower-case t and z") << u"2026-03-12t08:30:00z"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("ISO: offset crosses midnight") << u"2026-03-12T01:00:00+08:00"_qs << u"2026-03-11T17:00:00.000Z"_qs;
    QTest::newRow("date alone") << u"2026-03-12"_qs << u"2026-03-12T00:00:00.000Z"_qs;
    QTest::newRow("date with slashes") << u"2026/03/12"_qs << u"2026-03-12T00:00:00.000Z"_qs;
    QTest::newRow("Unix seconds") << u"1773304200"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("Unix seconds with surrounding space") << u"  1773304200 "_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("Unix milliseconds (13 digits)") << u"1773304200123"_qs << u"2026-03-12T08:30:00.123Z"_qs;
    QTest::newRow("Unix seconds with fraction") << u"1773304200.25"_qs << u"2026-03-12T08:30:00.250Z"_qs;
    QTest::newRow("RFC 2822: full") << u"Thu, 12 Mar 2026 08:30:00 +0000"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("RFC 2822: GMT") << u"Thu, 12 Mar 2026 08:30:00 GMT"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("RFC 2822: +0800") << u"Thu, 12 Mar 2026 16:30:00 +0800"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("RFC 2822: EST") << u"Thu, 12 Mar 2026 03:30:00 EST"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("RFC 2822: no weekday, no seconds")
        << u"12 Mar 2026 08:30 +0000"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("RFC 2822: single-digit day, two-digit year")
        << u"Mon, 2 Mar 26 08:30:00 GMT"_qs << u"2026-03-02T08:30:00.000Z"_qs;
    QTest::newRow("RFC 2822: comment after zone")
        << u"Thu, 12 Mar 2026 08:30:00 +0000 (UTC)"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("RFC 2822: full month name") << u"12 March 2026 08:30:00 GMT"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("leap second reads as :59") << u"2026-12-31T23:59:60Z"_qs << u"2026-12-31T23:59:59.000Z"_qs;
    QTest::newRow("robustness: empty") << QString() << QString();
    QTest::newRow("robustness: words") << u"yesterday"_qs << QString();
    QTest::newRow("robustness: month 13") << u"2026-13-01"_qs << QString();
    QTest::newRow("robustness: February 30") << u"2026-02-30T00:00:00Z"_qs << QString();
    QTest::newRow("robustness: hour 25") << u"2026-03-12T25:00:00Z"_qs << QString();
    QTest::newRow("robustness: trailing garbage") << u"2026-03-12T08:30:00Z and more"_qs << QString();
    QTest::newRow("robustness: bad zone") << u"2026-03-12T08:30:00+99:00"_qs << QString();
    QTest::newRow("robustness: RFC bad month") << u"12 Foo 2026 08:30:00 GMT"_qs << QString();
    QTest::newRow("robustness: too many digits") << u"17733042001234567"_qs << QString();
    QTest::newRow("robustness: letters after Unix seconds") << u"1773304200abc"_qs << QString();
    QTest::newRow("robustness: a year is not Unix seconds") << u"2003"_qs << u"2003-01-01T00:00:00.000Z"_qs;
    QTest::newRow("robustness: nine digits are not Unix seconds") << u"177330420"_qs << QString();
    QTest::newRow("robustness: second 61") << u"2026-03-12T08:30:61Z"_qs << QString();
    QTest::newRow("robustness: day 99") << u"Sun, 99 Jun 2009 12:00:00 GMT"_qs << QString();
    QTest::newRow("robustness: unknown zone") << u"Thu, 12 Mar 2026 08:30:00 XYZ"_qs << QString();
    QTest::newRow("W3DTF: year and month") << u"2026-03"_qs << u"2026-03-01T00:00:00.000Z"_qs;
    QTest::newRow("RFC 822: military zone reads as -0000")
        << u"12 Mar 2026 08:30:00 Z"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("RFC 822: Etc/GMT-5 is five hours east")
        << u"12 Mar 2026 13:30:00 Etc/GMT-5"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("RFC 822: PDT") << u"Thu, 12 Mar 2026 01:30:00 PDT"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("asctime") << u"Thu Mar 12 08:30:00 2026"_qs << u"2026-03-12T08:30:00.000Z"_qs;
}

void DateTimeTest::realWorld_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QFile file(QStringLiteral(NEWSDESK_REALWORLD_DIR "/feeds/dates.json"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("shared/realworld is not beside the checkout");
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(u"dates"_qs).toArray();
    QVERIFY(rows.size() >= 43);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString text = row.value(u"input"_qs).toString();
        QString expected = row.value(u"expected"_qs).toString();
        // The table writes whole seconds without a fraction; the parser's ISO output always has one.
        if (!expected.isEmpty() && !expected.contains(u'.'))
            expected.replace(u"Z"_qs, u".000Z"_qs);
        const QString family = row.value(u"family"_qs).toString();
        QTest::addRow("%s: %s", qPrintable(family), qPrintable(text)) << text << expected;
    }
}

void DateTimeTest::realWorld()
{
    parse();
}

void DateTimeTest::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime parsed = parseDateTime(text);
    if (utc.isEmpty()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toString(Qt::ISODateWithMs), utc);
}

QTEST_APPLESS_MAIN(DateTimeTest)
#include "tst_datetime.moc"
