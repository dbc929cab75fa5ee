#pragma once

#include "net/fetchtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Newsdesk::Ui {

// An arriving article that rules with Notify matched (by a refresh or an import).
struct RuleAlert
{
    Storage::DocId doc = 0;
    QString title;
    QStringList rules; // in the order the rules ran
};

// Which arriving articles rules asked to be told about, and the notifications they make: one per
// rule, so each names its rule.
class RuleAlerts final
{
public:
    static QList<RuleAlert> select(const QList<Net::NewArticle> &articles);
    // The alerts per rule, rules in the order they first appear; an article two notifying rules
    // matched is under both.
    static QList<std::pair<QString, QList<RuleAlert>>> byRule(const QList<RuleAlert> &alerts);
};

} // namespace Newsdesk::Ui
