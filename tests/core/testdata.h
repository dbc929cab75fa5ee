#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Reads a file under tests/data ("format/news-en.md"); fails the test when it is missing.
inline QByteArray testData(const QString &relativePath)
{
    QFile file(QStringLiteral(NEWSDESK_TEST_DATA_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(u"cannot open test data "_qs + file.fileName()), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

inline QString testDataPath(const QString &relativePath)
{
    return QStringLiteral(NEWSDESK_TEST_DATA_DIR) + u'/' + relativePath;
}
