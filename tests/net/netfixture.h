#pragma once

// What the fetching tests share: a site on the test server with documents in Longbridge's URL
// layout, a library in a temporary directory, and settings with short deadlines.

#include "net/fetchservice.h"
#include "storage/library.h"
#include "support/testdocuments.h"
#include "support/testhttpserver.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace Newsdesk::Test {

inline Net::FetchSettings testSettings()
{
    Net::FetchSettings settings;
    settings.deadlineMs = 2000;
    settings.followSystemNetworkState = false; // the tests decide what is offline
    return settings;
}

inline QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 3, 12), QTime(8, 0), Qt::UTC).addSecs(minutes * 60);
}

inline ArticleSpec spec(
    const QString &id, int minutes, const QStringList &locales = {u"en"_qs, u"zh-CN"_qs, u"zh-HK"_qs})
{
    ArticleSpec article;
    article.id = id;
    article.title = u"Article " + id;
    article.published = at(minutes);
    article.locales = locales;
    return article;
}

// A library file in its own temporary directory, opened on the calling thread.
class TestLibrary
{
public:
    TestLibrary()
    {
        m_path = m_dir.filePath(QStringLiteral("library.sqlite"));
        const Result<void> opened = m_library.open(m_path);
        if (!opened)
            qFatal("cannot open the test library: %s", qPrintable(opened.error().message));
    }
    QString path() const { return m_path; }
    Storage::Library &library() { return m_library; }
    Storage::Library *operator->() { return &m_library; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Storage::Library m_library;
};

// The test server with a document root in a temporary directory.
class TestSite
{
public:
    TestSite()
    {
        if (!m_server.start())
            qFatal("the test server did not start");
        m_server.setDocumentRoot(m_root.path());
    }
    TestHttpServer &server() { return m_server; }
    QUrl url(const QString &path) const { return m_server.url(path); }
    QString root() const { return m_root.path(); }
    bool publish(const ArticleSpec &article) { return writeArticle(m_root.path(), m_server.baseUrl(), article); }
    bool put(const QString &path, const QByteArray &bytes) { return writeFile(m_root.path() + path, bytes); }

private:
    QTemporaryDir m_root;
    TestHttpServer m_server;
};

} // namespace Newsdesk::Test
