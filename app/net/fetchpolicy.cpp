#include "net/fetchpolicy.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcPolicy, "newsdesk.net.policy", QtInfoMsg)

namespace FetchPolicy {

namespace {

bool inSubnet(const QHostAddress &address, const char *subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
}

QString refusedText(const QUrl &target, bool hop)
{
    return hop ? QCoreApplication::translate("Newsdesk::Net::FetchPolicy", "the redirect to %1 is refused: %2")
                     .arg(target.toDisplayString(QUrl::RemoveUserInfo))
               : QCoreApplication::translate("Newsdesk::Net::FetchPolicy", "%1 is refused: %2")
                     .arg(target.toDisplayString(QUrl::RemoveUserInfo));
}

} // namespace

bool isInternal(const QHostAddress &given)
{
    QHostAddress address = given;
    bool mapped = false;
    const quint32 v4 = given.toIPv4Address(&mapped); // ::ffff:127.0.0.1 is 127.0.0.1
    if (mapped)
        address = QHostAddress(v4);
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast()
        || address.isBroadcast() || address.isSiteLocal() || address.isUniqueLocalUnicast())
        return true;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return inSubnet(address, "0.0.0.0/8") || inSubnet(address, "10.0.0.0/8") || inSubnet(address, "172.16.0.0/12")
            || inSubnet(address, "192.168.0.0/16") || inSubnet(address, "100.64.0.0/10");
    return address == QHostAddress(QHostAddress::AnyIPv6) || inSubnet(address, "fc00::/7");
}

QUrl originOfHost(const QString &host)
{
    QUrl origin;
    if (!host.isEmpty()) {
        origin.setScheme(u"http"_qs);
        origin.setHost(host);
    }
    return origin;
}

bool sameHost(const QUrl &a, const QUrl &b)
{
    const QString host = a.host(QUrl::FullyDecoded);
    return !host.isEmpty() && host.compare(b.host(QUrl::FullyDecoded), Qt::CaseInsensitive) == 0;
}

std::optional<Error> checkUrl(const QUrl &target, const QUrl &origin, bool hop)
{
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != u"http" && scheme != u"https"))
        return Error::make(Error::Kind::InvalidInput,
            refusedText(target, hop)
                .arg(QCoreApplication::translate(
                    "Newsdesk::Net::FetchPolicy", "only http and https addresses are fetched")));
    if (target.host().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
            refusedText(target, hop)
                .arg(QCoreApplication::translate("Newsdesk::Net::FetchPolicy", "the address names no host")));
    const QHostAddress literal(target.host());
    if (!literal.isNull())
        return checkAddresses(target, {literal}, origin, hop);
    return std::nullopt;
}

std::optional<Error> checkAddresses(
    const QUrl &target, const QList<QHostAddress> &addresses, const QUrl &origin, bool hop)
{
    if (sameHost(target, origin))
        return std::nullopt;
    for (const QHostAddress &address : addresses) {
        if (!isInternal(address))
            continue;
        qCInfo(lcPolicy).noquote() << "refused" << target.toDisplayString() << "at" << address.toString() << "for"
                                   << (origin.isEmpty() ? u"a document from a file"_qs : origin.toDisplayString());
        const QString why = origin.isEmpty()
            ? QCoreApplication::translate("Newsdesk::Net::FetchPolicy",
                "%1 is an internal address (loopback, private, link-local or multicast), and a document "
                "from a file may not reach one")
                  .arg(address.toString())
            : QCoreApplication::translate("Newsdesk::Net::FetchPolicy",
                "%1 is an internal address (loopback, private, link-local or multicast), and only "
                "documents from %2 may reach it")
                  .arg(address.toString(), target.host());
        return Error::make(Error::Kind::InvalidInput, refusedText(target, hop).arg(why));
    }
    return std::nullopt;
}

} // namespace FetchPolicy

AddressCheck::AddressCheck(const QUrl &target, const QUrl &origin, bool hop, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_origin(origin)
{
    if (std::optional<Error> early = FetchPolicy::checkUrl(target, origin, hop);
        early || !QHostAddress(target.host()).isNull() || FetchPolicy::sameHost(target, origin)) {
        QMetaObject::invokeMethod(
            this, [this, early] { Q_EMIT done(early); }, Qt::QueuedConnection);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(target.host(), this, [this, hop](const QHostInfo &info) {
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            // The connection would fail the same way; its own error names the cause.
            Q_EMIT done(std::nullopt);
            return;
        }
        Q_EMIT done(FetchPolicy::checkAddresses(m_target, info.addresses(), m_origin, hop));
    });
}

AddressCheck::~AddressCheck()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

} // namespace Newsdesk::Net
