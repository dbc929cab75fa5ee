#pragma once

#include "storage/library.h"
#include "storage/rules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Newsdesk::Ui {

// What a rule would have matched in the last 30 days.
struct RulePreview
{
    int count = 0;
    QStringList titles; // the newest first, at most RuleList::previewTitles
    QString error; // the query cannot be read
};

// The rules of a library as the Rules dialog edits them: in processing order, each edit a sentence
// on failure, a preview of a query and "apply to what is stored" in two steps (how many, then do it).
class RuleList final
{
    Q_DECLARE_TR_FUNCTIONS(RuleList)

public:
    static constexpr int previewTitles = 5;

    explicit RuleList(Storage::Library &library)
        : m_library(library)
    {
    }

    QList<Storage::Rule> rules() const { return m_library.rules().all(); }
    // What a rule's row says after its name: its actions in words.
    static QString summary(const Storage::Rule &rule);
    // Labels as typed: split at commas and spaces.
    static QStringList labelsFromText(const QString &text);

    // Each returns false with `error` set when the library refuses.
    std::optional<qint64> add(const Storage::Rule &rule, QString *error) const;
    bool update(const Storage::Rule &rule, QString *error) const;
    bool remove(qint64 id, QString *error) const;
    bool move(qint64 id, int newIndex, QString *error) const;

    // Reads only (a read connection): safe to run off the GUI thread on a snapshot of `now`.
    RulePreview preview(const QString &query, const QDateTime &now) const;
    // How many stored articles applying the rule would change; then applying it.
    std::optional<int> wouldChange(qint64 id, QString *error) const;
    std::optional<int> apply(qint64 id, QString *error) const;

private:
    Storage::Library &m_library;
};

} // namespace Newsdesk::Ui
