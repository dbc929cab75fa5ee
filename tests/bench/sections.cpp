#include "benchmark.h"

namespace Newsdesk::Bench {

// One function per section, each in its own file.
void storageBenchmark(const Options &options, Report &report); // storagebench.cpp
void renderBenchmark(const Options &options, Report &report); // renderbench.cpp
void uiBenchmark(const Options &options, Report &report); // uibench.cpp
void refreshBenchmark(const Options &options, Report &report); // refreshbench.cpp
void feedBenchmark(const Options &options, Report &report); // feedbench.cpp
void searchBenchmark(const Options &options, Report &report); // searchbench.cpp
void savedBenchmark(const Options &options, Report &report); // savedbench.cpp
void writerBenchmark(const Options &options, Report &report); // writerbench.cpp
void tickerBenchmark(const Options &options, Report &report); // tickerbench.cpp
void rulesBenchmark(const Options &options, Report &report); // rulesbench.cpp
void pruneBenchmark(const Options &options, Report &report); // prunebench.cpp

namespace {

// Every section. Render, network and UI add theirs here ("render", "refresh", "ui").
constexpr Section table[] = {
    {"storage", "import throughput vs bare SQLite, queries on a 100k-article library, import into it",
        &storageBenchmark},
    {"render", "a 10 KB article to the final page with highlighting, the cmark-gfm share, the bound", &renderBenchmark},
    {"ui", "the reader on 100,000 articles: start-up, switching articles, scrolling, resident memory", &uiBenchmark},
    {"refresh",
        "a subscription listing 500 new articles from a local server: articles per second, the caller's thread "
        "meanwhile",
        &refreshBenchmark},
    {"feed",
        "an RSS feed of 1,000 web-page items into an empty and a 100k library: items per second, the GUI thread's "
        "longest stall, the second refresh",
        &feedBenchmark},
    {"search", "a keystroke in the search field to the list's rows, 1-3 word queries, on 10,000 articles",
        &searchBenchmark},
    {"saved", "the unread counts of 20 saved searches, as the sidebar re-reads them, on 10,000 articles",
        &savedBenchmark},
    {"writer",
        "the GUI thread's longest stall while a refresh of 1,000 and an import of 10,000 write the library, with and "
        "without the one writer",
        &writerBenchmark},
    {"ticker", "a ticker view's numbers (totals, roles, days, buzz, often together) on the 100k library",
        &tickerBenchmark},
    {"rules", "the import of 10,000 articles with 50 rules active against none", &rulesBenchmark},
    {"prune",
        "retention on 10,000 articles: the older half deleted, the file before and after, with and without the "
        "full-text merge",
        &pruneBenchmark},
};

} // namespace

std::span<const Section> sections()
{
    return table;
}

} // namespace Newsdesk::Bench
