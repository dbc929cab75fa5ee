#include "controller/rulealerts.h"

#include <algorithm>

namespace Newsdesk::Ui {

QList<RuleAlert> RuleAlerts::select(const QList<Net::NewArticle> &articles)
{
    QList<RuleAlert> alerts;
    for (const Net::NewArticle &a : articles) {
        // Rules run on a document's arrival only; a re-fetched one brings no rule of its own.
        if (!a.updated && !a.notifyRules.isEmpty())
            alerts.append({a.docId, a.title, a.notifyRules});
    }
    return alerts;
}

QList<std::pair<QString, QList<RuleAlert>>> RuleAlerts::byRule(const QList<RuleAlert> &alerts)
{
    QList<std::pair<QString, QList<RuleAlert>>> grouped;
    for (const RuleAlert &alert : alerts) {
        for (const QString &rule : alert.rules) {
            auto it = std::find_if(
                grouped.begin(), grouped.end(), [&rule](const auto &entry) { return entry.first == rule; });
            if (it == grouped.end())
                grouped.append({rule, {alert}});
            else
                it->second.append(alert);
        }
    }
    return grouped;
}

} // namespace Newsdesk::Ui
