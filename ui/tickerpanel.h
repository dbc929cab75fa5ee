#pragma once

#include "controller/sidebarentry.h"
#include "controller/tickerinsight.h"
#include "core/article.h"

#include <QPointer>
#include <QWidget>

namespace Newsdesk::Ui {

class AliasDialog;
class TickerHeader;
class TickerListFilter;
class TickerTimeline;
class TickerTogether;

// Above the list in a ticker's view: the header (names, numbers, buzz, watch toggle), the tickers
// often in the same articles, and the news-volume timeline. What it shows comes from its
// TickerInsight; clicks come out as signals for the window to act on.
class TickerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerPanel)

public:
    // The library belongs to the caller and must outlive the panel.
    explicit TickerPanel(Storage::Library *library, QWidget *parent = nullptr);
    ~TickerPanel() override = default;

    void showTicker(const QString &ticker, const QString &name, bool watched);
    // Shown for a ticker's view (its name in the language of the article read), hidden otherwise.
    void showView(const SidebarEntry &view, const Core::Article &reading);
    // Counts again (reading moved on, articles arrived).
    void refresh();
    void setDark(bool dark);

    TickerInsight *insight() const { return m_insight; }
    TickerHeader *header() const { return m_header; }
    TickerTogether *together() const { return m_together; }
    TickerTimeline *timeline() const { return m_timeline; }
    TickerListFilter *listFilter() const { return m_listFilter; }
    AliasDialog *aliasDialog() const;

Q_SIGNALS:
    void tickerRequested(const QString &ticker);
    // A bar of the timeline: the search that lists its days' articles.
    void searchRequested(const QString &search);
    // The list narrowed by role (-1: any) and language ("": any).
    void listFilterChanged(int role, const QString &locale);

private:
    void showSummary();
    Storage::Library *m_library = nullptr;
    void editAliases();

    TickerInsight *m_insight = nullptr;
    TickerHeader *m_header = nullptr;
    TickerTogether *m_together = nullptr;
    TickerTimeline *m_timeline = nullptr;
    TickerListFilter *m_listFilter = nullptr;
    SidebarEntry::Kind m_shownKind = SidebarEntry::Kind::All;
    QPointer<AliasDialog> m_aliasDialog;
};

} // namespace Newsdesk::Ui
