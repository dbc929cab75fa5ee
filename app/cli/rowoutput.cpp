#include "cli/rowoutput.h"

#include "cli/articlejson.h"
#include "cli/commandsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace Newsdesk::Cli {

namespace {

constexpr int pageSize = 500;

QString line(const Storage::ListRow &row)
{
    QString title = row.title;
    title.replace(u'\t', u' ').replace(u'\n', u' ');
    return (row.published.isValid() ? isoUtc(row.published) : u"-"_qs) + u'\t' + row.key + u'\t' + row.locale + u'\t'
        + title;
}

// One element of the JSON array, as QJsonDocument would indent it inside the array: written as it
// is read, so memory stays constant however many rows there are.
QString arrayElement(const QJsonObject &object)
{
    QString text;
    for (const QByteArray &jsonLine : QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed().split('\n'))
        text += u"    "_qs + QString::fromUtf8(jsonLine) + u'\n';
    text.chop(1);
    return text;
}

} // namespace

bool printRows(Context &context, const Storage::Library &library, const RowOutput &output)
{
    QString failed;
    QString lastKey;
    std::optional<Storage::DocId> before;
    int printed = 0;
    const int limit = output.limit.value_or(std::numeric_limits<int>::max());
    bool first = true;
    if (output.json)
        context.out << "[\n";
    while (printed < limit) {
        const int wanted = std::min(pageSize, limit - printed);
        const Result<QList<Storage::ListRow>> page
            = library.page(output.filter, wanted, before, output.preferredLocale);
        if (!page) {
            failed = page.error().message;
            break;
        }
        const QList<Storage::ListRow> &rows = page.value();
        for (const Storage::ListRow &row : rows) {
            if (!output.json) {
                context.out << line(row) << '\n';
                continue;
            }
            const Result<Core::Article> article = library.article(row.docId, row.locale);
            if (!article)
                continue;
            QJsonObject object = articleToJson(article.value(), Body::Omit);
            object.insert(u"read"_qs, row.read);
            object.insert(u"bookmarked"_qs, row.bookmarked);
            context.out << (first ? QString() : u",\n"_qs) << arrayElement(object);
            first = false;
        }
        context.out.flush(); // each page leaves as it is read
        printed += int(rows.size());
        if (!rows.isEmpty())
            lastKey = rows.last().key;
        if (rows.size() < wanted)
            break;
        before = rows.last().docId;
    }
    if (output.json)
        context.out << (first ? "]\n" : "\n]\n");
    context.out.flush();
    if (failed.isEmpty())
        return true;
    // Where the list broke off, so that a short list is never taken for the whole.
    context.err << "newsdesk: " << failed << ", after " << printed << (printed == 1 ? " row" : " rows")
                << (lastKey.isEmpty() ? QString() : u" (the last: "_qs + lastKey + u')') << damageAdvice() << Qt::endl;
    context.damageReported = true;
    return false;
}

} // namespace Newsdesk::Cli
