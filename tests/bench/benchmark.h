#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <optional>
#include <span>

namespace Newsdesk::Bench {

// What every section gets: how often to repeat a measurement, where to keep generated data
// between runs, and where to print.
struct Options
{
    int runs = 5; // repeated runs per figure; each figure is their median
    QString cacheDir; // generated data kept between invocations (the 100k library)
    QString workDir; // scratch, deleted afterwards
    QTextStream &out;
};

// Collects figures and prints them as aligned lines: name, median, unit, and the target if any.
class Report final
{
public:
    explicit Report(QTextStream &out)
        : m_out(out)
    {
    }

    void heading(const QString &title);
    void note(const QString &text);
    // A figure where lower is better (a time) or higher is better (a rate); `target` as text,
    // `met` whether the median reached it.
    void figure(const QString &name, double median, const QString &unit, const QString &target = {},
        std::optional<bool> met = std::nullopt, const QString &detail = {});
    int failedTargets() const { return m_failed; }

private:
    QTextStream &m_out;
    int m_failed = 0;
};

double median(QList<double> values);

// Deletes a library file and its WAL and shared-memory files, for a run that starts afresh.
void removeLibraryFiles(const QString &path);

// Milliseconds of each of `runs` calls of `work` (after `warmUp` unmeasured calls).
QList<double> timeRuns(int runs, const std::function<void()> &work, int warmUp = 1);

// A section of the benchmark: one file each, registered in the table in sections.cpp.
struct Section
{
    const char *name;
    const char *description;
    void (*run)(const Options &options, Report &report);
};

std::span<const Section> sections();

} // namespace Newsdesk::Bench
