// libFuzzer entry point for the OPML reader (`opml import`): every input is read as an OPML file.
// What it reads must survive the way out and back in: written by writeOpml and read again, the same
// feeds (addresses, groups, titles) come back in the same order.
#include "core/opml.h"

#include <cstddef>
#include <cstdint>

using namespace Newsdesk;
using namespace Newsdesk::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<OpmlDocument> read = parseOpml(bytes);
    if (!read)
        return 0;
    for (const OpmlOutline &feed : read->feeds) {
        const QString scheme = feed.xmlUrl.scheme();
        if (!feed.xmlUrl.isValid() || (scheme != u"http" && scheme != u"https") || feed.xmlUrl.host().isEmpty())
            __builtin_trap(); // only http(s) feed addresses are taken
    }
    const Result<OpmlDocument> again = parseOpml(writeOpml(read->title, read->feeds));
    if (!again || again->feeds.size() != read->feeds.size() || again->title != read->title)
        __builtin_trap();
    for (qsizetype i = 0; i < read->feeds.size(); ++i) {
        const OpmlOutline &before = read->feeds.at(i);
        const OpmlOutline &after = again->feeds.at(i);
        if (after.xmlUrl != before.xmlUrl || after.group != before.group
            || (!before.title.isEmpty() && after.title != before.title))
            __builtin_trap();
    }
    return 0;
}
