#include "benchmark.h"

#include <QFile>

#include <algorithm>

namespace Newsdesk::Bench {

void Report::heading(const QString &title)
{
    m_out << '\n' << title << '\n' << QString(title.size(), u'-') << Qt::endl;
}

void Report::note(const QString &text)
{
    m_out << "  " << text << Qt::endl;
}

void Report::figure(const QString &name, double median, const QString &unit, const QString &target,
    std::optional<bool> met, const QString &detail)
{
    const int decimals = median >= 100 ? 0 : (median >= 10 ? 1 : 2);
    m_out << "  " << name.leftJustified(52, u' ') << QString::number(median, 'f', decimals).rightJustified(10, u' ')
          << ' ' << unit.leftJustified(12, u' ');
    if (!target.isEmpty())
        m_out << "target " << target << (met.value_or(true) ? "  ok" : "  MISSED");
    if (!detail.isEmpty())
        m_out << "  (" << detail << ')';
    m_out << Qt::endl;
    if (met.has_value() && !*met)
        ++m_failed;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QList<double> timeRuns(int runs, const std::function<void()> &work, int warmUp)
{
    for (int i = 0; i < warmUp; ++i)
        work();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

void removeLibraryFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

} // namespace Newsdesk::Bench
