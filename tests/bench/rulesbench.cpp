#include "benchmark.h"
#include "storage/library.h"
#include "storage/rules.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QFile>

namespace Newsdesk::Bench {

namespace {

constexpr int ruleDocuments = 3334; // × 3 locales ≈ 10,000 articles
constexpr int ruleCount = 50;

QString fresh(const Options &options, const QString &name)
{
    const QString path = options.workDir + u'/' + name;
    removeLibraryFiles(path);
    return path;
}

// 50 rules of the kinds a trader writes: words, phrases, exclusions, tickers, Chinese, the
// watchlist, labels (one rule's label another's query), with every action.
QList<Storage::Rule> traderRules(const QStringList &watchlist)
{
    const QStringList queries{
        SyntheticNews::commonWord(),
        SyntheticNews::rareWord(),
        QStringLiteral("semiconductor guidance"),
        QStringLiteral("\"record quarter\""),
        QStringLiteral("market -quarter"),
        SyntheticNews::chineseQuery(),
        QStringLiteral("lang:zh-CN ") + SyntheticNews::chineseQuery(),
        QStringLiteral("is:watchlist"),
        QStringLiteral("orders shipments"),
        QStringLiteral("label:rule-1 guidance"),
    };
    QList<Storage::Rule> rules;
    for (int i = 0; i < ruleCount; ++i) {
        Storage::Rule rule;
        rule.name = QStringLiteral("Rule %1").arg(i + 1);
        // Every other rule is about one ticker of the watchlist.
        rule.query = i % 2 == 1 ? QStringLiteral("ticker:") + watchlist.value((i / 2) % watchlist.size())
                                : queries.at((i / 2) % queries.size());
        rule.labels = {QStringLiteral("rule-%1").arg(i % 7)};
        rule.markRead = i % 5 == 0;
        rule.bookmark = i % 11 == 0;
        rule.notify = i % 3 == 0;
        rule.mute = i % 13 == 0;
        rule.stop = i == ruleCount - 1;
        rules.append(rule);
    }
    return rules;
}

// A library to import into: empty, or a copy of `base`.
QString startingFrom(const Options &options, const QString &name, const QString &base)
{
    const QString path = fresh(options, name);
    if (!base.isEmpty() && !QFile::copy(base, path))
        qFatal("cannot copy %s", qPrintable(base));
    return path;
}

// The import of `articles` with `rules` against the same import with none, into an empty library
// or (base) a copy of a stored one, interleaved run by run.
void compare(const Options &options, Report &report, const QList<SyntheticArticle> &articles,
    const QList<Storage::Rule> &rules, const QStringList &watchlist, const QString &base, const QString &size)
{
    QList<double> without, with, withoutCpu, withCpu;
    int changed = 0;
    for (int run = 0; run < options.runs; ++run) {
        const Duration plain
            = newsdeskImport(startingFrom(options, QStringLiteral("rules-none.sqlite"), base), articles);
        QFile::remove(options.workDir + QStringLiteral("/rules-none.sqlite")); // room for the next copy
        const QString path = startingFrom(options, QStringLiteral("rules-50.sqlite"), base);
        {
            Storage::Library library;
            if (!library.open(path).ok())
                return;
            for (const QString &ticker : watchlist)
                (void)library.addToWatchlist(ticker);
            for (const Storage::Rule &rule : rules) {
                if (const Result<qint64> added = library.rules().add(rule); !added)
                    qFatal("rule not added: %s", qPrintable(added.error().message));
            }
        }
        const Duration ruled = newsdeskImport(path, articles);
        without.append(double(articles.size()) / (plain.wallMs / 1000));
        with.append(double(articles.size()) / (ruled.wallMs / 1000));
        withoutCpu.append(double(articles.size()) / (plain.cpuMs / 1000));
        withCpu.append(double(articles.size()) / (ruled.cpuMs / 1000));
        Storage::Library library;
        if (library.open(path).ok()) {
            Storage::ListFilter labelled;
            labelled.labels = {QStringLiteral("rule-0")};
            changed = library.count(labelled);
        }
    }
    const double ratio = median(with) / median(without);
    report.figure(
        size + QStringLiteral(": import 10k articles, no rules"), median(without), QStringLiteral("articles/s"));
    report.figure(size + QStringLiteral(": import 10k articles, 50 rules"), median(with), QStringLiteral("articles/s"));
    report.figure(size + QStringLiteral(": import with 50 rules / without"), ratio * 100, QStringLiteral("%"),
        QStringLiteral("≥ 90%"), ratio >= 0.9,
        QStringLiteral("CPU time: %1 vs %2 articles/s, %3%; %4 documents labelled rule-0")
            .arg(median(withCpu), 0, 'f', 0)
            .arg(median(withoutCpu), 0, 'f', 0)
            .arg(100 * median(withCpu) / median(withoutCpu), 0, 'f', 1)
            .arg(changed));
}

} // namespace

QString cachedLargeLibrary(const Options &options, Report &report); // storagebench.cpp

// The import of 10,000 articles with 50 rules, against the same import with none: the rules run
// on every batch of arriving articles, in its transaction. Into an empty library, then into a copy
// of the cached 100k library (the rules' searches then have a library to search beside the batch).
void rulesBenchmark(const Options &options, Report &report)
{
    SyntheticNews news(5);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    const QList<SyntheticArticle> articles = news.articles(320000000, ruleDocuments, start, 780);
    const QList<Storage::Rule> rules = traderRules(news.watchlist());
    report.note(QStringLiteral("%1 articles (%2 documents in three languages), %3 rules; %4 runs each, interleaved")
                    .arg(articles.size())
                    .arg(ruleDocuments)
                    .arg(rules.size())
                    .arg(options.runs));
    compare(options, report, articles, rules, news.watchlist(), {}, QStringLiteral("empty"));
    compare(options, report, articles, rules, news.watchlist(), cachedLargeLibrary(options, report),
        QStringLiteral("100k"));
}

} // namespace Newsdesk::Bench
