#include "cli/urlimport.h"

#include "cli/fetching.h"

namespace Newsdesk::Cli {

// Through the fetch layer (app/net): the article, retried with ".md" when a page URL answers
// HTML, and its other locale variants; the outcome is the first (requested) article's.
Result<Storage::StoreOutcome> importUrl(Context &context, Storage::Library &library, const QUrl &url)
{
    Q_UNUSED(library); // the service stores through its own connection to the same file
    const std::unique_ptr<Net::FetchService> service = startFetching(context);
    const Net::RequestOutcome outcome = service->waitFor(service->fetchArticle(url));
    for (const QString &warning : outcome.warnings)
        context.err << url.toDisplayString() << ": warning: " << warning << Qt::endl;
    if (!outcome.ok)
        return outcome.error;
    if (outcome.stored.isEmpty())
        return Error::make(Error::Kind::Generic, u"nothing was stored"_qs);
    const Net::StoredArticle &article = outcome.stored.constFirst();
    return Storage::StoreOutcome{article.docId, article.action};
}

bool looksLikeUrl(const QString &argument)
{
    return argument.startsWith(u"https://", Qt::CaseInsensitive)
        || argument.startsWith(u"http://", Qt::CaseInsensitive);
}

} // namespace Newsdesk::Cli
