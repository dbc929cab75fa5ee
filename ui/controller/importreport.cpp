#include "controller/importreport.h"

#include <QSet>

namespace Newsdesk::Ui {

ImportReport::ImportReport(const ImportSummary &summary)
    : m_summary(summary)
{
}

int ImportReport::articles() const
{
    return int(QSet<qint64>(m_summary.documents.cbegin(), m_summary.documents.cend()).size());
}

QString ImportReport::statusText() const
{
    QString text = tr("Imported %n article(s)", nullptr, articles());
    if (m_summary.unchanged > 0)
        text += u"; " + tr("%n file(s) unchanged", nullptr, m_summary.unchanged);
    return text;
}

QString ImportReport::failureText() const
{
    return statusText() + u"\n" + tr("%n file(s) could not be imported.", nullptr, int(m_summary.failures.size()));
}

QStringList ImportReport::failureLines() const
{
    QStringList lines;
    for (const ImportFailure &f : m_summary.failures)
        lines.append(f.file + u": " + f.reason);
    return lines;
}

} // namespace Newsdesk::Ui
