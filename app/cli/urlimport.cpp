#include "urlimport.h"

namespace Newsdesk::Cli {

Result<Storage::StoreOutcome> importUrl(Context &context, Storage::Library &library, const QUrl &url)
{
    Q_UNUSED(library);
    Q_UNUSED(url);
    if (context.offline)
        return Error::make(Error::Kind::Offline, u"offline (--offline): no request may leave"_qs);
    return Error::make(Error::Kind::Network, u"URL import is not available yet; download the .md file and import it"_qs);
}

bool looksLikeUrl(const QString &argument)
{
    return argument.startsWith(u"https://", Qt::CaseInsensitive) || argument.startsWith(u"http://", Qt::CaseInsensitive);
}

} // namespace Newsdesk::Cli
