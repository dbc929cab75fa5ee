#include "highlighter/definitionfinder.h"

#include <KSyntaxHighlighting/Repository>

namespace Newsdesk::Highlighter {

namespace {

// Hints that are neither a definition's name nor one of its extensions.
struct Alias
{
    const char *hint;
    const char *name;
};
constexpr Alias aliases[] = {
    {"shell", "Bash"},
    {"console", "Bash"},
    {"shell-session", "Bash"},
    {"zsh", "Zsh"},
    {"yml", "YAML"},
    {"python3", "Python"},
    {"py3", "Python"},
    {"golang", "Go"},
    {"rs", "Rust"},
    {"md", "Markdown"},
    {"ts", "TypeScript"},
    {"csharp", "C#"},
    {"cs", "C#"},
    {"objc", "Objective-C"},
    {"ps1", "PowerShell"},
    {"powershell", "PowerShell"},
    {"make", "Makefile"},
    {"dockerfile", "Dockerfile"},
    {"docker", "Dockerfile"},
    {"patch", "Diff"},
    {"html", "HTML"},
    {"xml", "XML"},
    {"toml", "TOML"},
    {"ini", "INI Files"},
    {"jsonc", "JSON"},
    {"node", "JavaScript"},
    {"kt", "Kotlin"},
    {"rb", "Ruby"},
};

bool isPlainHint(const QString &hint)
{
    for (const QChar c : hint) {
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'#' || c == u'-' || c == u'_' || c == u'.'))
            return false;
    }
    return !hint.isEmpty() && hint.size() <= 40;
}

} // namespace

DefinitionFinder::DefinitionFinder(KSyntaxHighlighting::Repository &repository)
    : m_repository(repository)
{
    const auto definitions = m_repository.definitions();
    for (const KSyntaxHighlighting::Definition &definition : definitions)
        m_byLowerName.insert(definition.name().toLower(), definition);
}

KSyntaxHighlighting::Definition DefinitionFinder::find(const QString &hint)
{
    const QString key = hint.trimmed().toLower();
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    const KSyntaxHighlighting::Definition definition = lookUp(key);
    m_cache.insert(key, definition);
    return definition;
}

KSyntaxHighlighting::Definition DefinitionFinder::lookUp(const QString &hint) const
{
    if (!isPlainHint(hint))
        return {};
    if (const auto byName = m_byLowerName.constFind(hint); byName != m_byLowerName.constEnd())
        return *byName;
    for (const Alias &alias : aliases) {
        if (hint == QLatin1String(alias.hint))
            return m_repository.definitionForName(QString::fromLatin1(alias.name));
    }
    if (const auto byExtension = m_repository.definitionForFileName(QStringLiteral("file.") + hint);
        byExtension.isValid())
        return byExtension;
    return {};
}

} // namespace Newsdesk::Highlighter
