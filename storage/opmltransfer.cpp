#include "storage/opmltransfer.h"

#include "core/sitelayout.h"
#include "storage/library.h"
#include "storage/subscriptionstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcOpml, "newsdesk.storage.opml")

namespace Newsdesk::Storage {

namespace {

constexpr qint64 maxOpmlBytes = 16 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsdesk::Storage::Opml", text);
}

} // namespace

OpmlImportResult importOpml(Library &library, const Core::OpmlDocument &opml)
{
    OpmlImportResult result;
    result.problems = opml.skipped;
    SubscriptionStore &store = library.subscriptions();
    for (const Core::OpmlOutline &feed : opml.feeds) {
        const bool existed = store.find(feed.xmlUrl).has_value();
        const Result<Subscription> subscription = store.add(feed.xmlUrl);
        if (!subscription) {
            result.problems.append(feed.xmlUrl.toDisplayString() + u": " + subscription.error().message);
            continue;
        }
        ++(existed ? result.alreadySubscribed : result.added);
    }
    qCInfo(lcOpml) << "imported" << result.added << "new subscriptions," << result.alreadySubscribed << "known,"
                   << result.problems.size() << "problems";
    return result;
}

QList<Core::OpmlOutline> opmlOutlines(Library &library, const QUrl &newsSite)
{
    QList<Core::OpmlOutline> outlines;
    for (const Subscription &subscription : library.subscriptions().all())
        outlines.append(Core::OpmlOutline{subscription.title, subscription.url, {}});
    for (const WatchItem &item : library.watchlist()) {
        const QString title = item.name.isEmpty() ? item.ticker : item.name + u" (" + item.ticker + u')';
        outlines.append(Core::OpmlOutline{title,
            Core::SiteLayout::tickerNews(newsSite, QStringLiteral("en"), item.ticker), QStringLiteral("Watchlist")});
    }
    return outlines;
}

Result<Core::OpmlDocument> readOpmlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, path + u": " + file.errorString());
    if (!file.isSequential() && file.size() > maxOpmlBytes)
        return Error::make(
            Error::Kind::InvalidInput, path + u": " + tr("larger than 16 MB, not a list of subscriptions"));
    Result<Core::OpmlDocument> opml = Core::parseOpml(file.read(maxOpmlBytes));
    if (!opml)
        return Error::make(opml.error().kind, path + u": " + opml.error().message);
    return opml;
}

Result<void> writeOpmlFile(const QString &path, const QList<Core::OpmlOutline> &outlines)
{
    const QByteArray document = Core::writeOpml(QStringLiteral("Newsdesk subscriptions"), outlines);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
        return Error::make(Error::Kind::Io, path + u": " + file.errorString());
    return {};
}

} // namespace Newsdesk::Storage
