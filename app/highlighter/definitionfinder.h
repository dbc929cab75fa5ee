#pragma once

#include <QHash>
#include <QString>

#include <KSyntaxHighlighting/Definition>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Newsdesk::Highlighter {

// The syntax definition for a fence's language hint: by name ("Python"), by a common alias
// ("c++", "js", "sh", "yml"), or by file extension ("py", "cpp", "sql"), case-insensitively.
// An unknown hint gives an invalid Definition (the code is then shown as plain text).
class DefinitionFinder final
{
public:
    explicit DefinitionFinder(KSyntaxHighlighting::Repository &repository);
    Q_DISABLE_COPY_MOVE(DefinitionFinder)

    KSyntaxHighlighting::Definition find(const QString &hint);

private:
    KSyntaxHighlighting::Definition lookUp(const QString &hint) const;

    KSyntaxHighlighting::Repository &m_repository;
    QHash<QString, KSyntaxHighlighting::Definition> m_byLowerName;
    QHash<QString, KSyntaxHighlighting::Definition> m_cache;
};

} // namespace Newsdesk::Highlighter
