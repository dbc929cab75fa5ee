#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

namespace Newsdesk::Net {

// Where the app may send a request: the one place every request asks, the first hop and every
// redirect hop alike (documents, variants, related news, feed items, images, offline copies).
// - http and https only;
// - never to a loopback, private (RFC 1918, fc00::/7), link-local, multicast or unspecified
//   address, judged on the addresses the host name resolves to (so "localhost", "0x7f000001",
//   "2130706433" and names that resolve inward are caught), unless the target is on the host the
//   origin is on: a server on the user's own network, or the tests' loopback server, still works
//   for its own documents and their images.
// The origin is the address the user asked for (their own request, and its redirects), or the
// address the document a request is made for was fetched from; a document imported from a file
// has none, so it reaches no internal address at all.
namespace FetchPolicy {

// An address a document must not make the app reach unless it came from there.
bool isInternal(const QHostAddress &address);

// The origin of a document fetched from `host` (empty host: a document from files, no origin).
QUrl originOfHost(const QString &host);

// Both URLs name the same host (case-insensitive; ports and schemes aside).
bool sameHost(const QUrl &a, const QUrl &b);

// What can be decided before resolving: scheme, host, a literal internal address. `hop` says
// whether `target` is a redirect's target (for the message).
std::optional<Error> checkUrl(const QUrl &target, const QUrl &origin, bool hop = false);

// The addresses `target`'s host resolved to: refused when any is internal and the origin is
// elsewhere (one inward address is enough to reach inside).
std::optional<Error> checkAddresses(
    const QUrl &target, const QList<QHostAddress> &addresses, const QUrl &origin, bool hop = false);

} // namespace FetchPolicy

// Resolves a URL's host (QHostInfo, whose cache the connection then uses) and applies the
// policy. Emits done() once, from the event loop.
class AddressCheck final : public QObject
{
    Q_OBJECT

public:
    AddressCheck(const QUrl &target, const QUrl &origin, bool hop, QObject *parent = nullptr);
    ~AddressCheck() override;
    Q_DISABLE_COPY_MOVE(AddressCheck)

    const QUrl &target() const { return m_target; }

Q_SIGNALS:
    void done(const std::optional<Newsdesk::Error> &refusal);

private:
    QUrl m_target;
    QUrl m_origin;
    int m_lookupId = -1;
};

} // namespace Newsdesk::Net
