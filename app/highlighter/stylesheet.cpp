#include "highlighter/stylesheet.h"

#include "highlighter/spanhighlighter.h"

#include <QMetaEnum>
#include <QStringList>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace Newsdesk::Highlighter {

namespace {

using KSyntaxHighlighting::Theme;

QString cssColor(QRgb rgb)
{
    return QString::asprintf("#%06x", unsigned(rgb & 0xffffffu));
}

QString rulesFor(const Theme &theme, const QString &scope)
{
    QString css;
    const QRgb background = theme.editorColor(Theme::BackgroundColor);
    css += scope + QLatin1String(" pre.code { color: ") + cssColor(theme.textColor(Theme::Normal))
        + QLatin1String("; background-color: ") + cssColor(background) + QLatin1String("; }\n");

    const QMetaEnum styles = QMetaEnum::fromType<Theme::TextStyle>();
    for (int i = 0; i < styles.keyCount(); ++i) {
        const auto style = Theme::TextStyle(styles.value(i));
        if (style == Theme::Normal)
            continue;
        QStringList declarations;
        if (const QRgb color = theme.textColor(style))
            declarations += QLatin1String("color: ") + cssColor(color);
        if (const QRgb color = theme.backgroundColor(style); color && color != background)
            declarations += QLatin1String("background-color: ") + cssColor(color);
        if (theme.isBold(style))
            declarations += QStringLiteral("font-weight: bold");
        if (theme.isItalic(style))
            declarations += QStringLiteral("font-style: italic");
        QStringList decorations;
        if (theme.isUnderline(style))
            decorations += QStringLiteral("underline");
        if (theme.isStrikeThrough(style))
            decorations += QStringLiteral("line-through");
        if (!decorations.isEmpty())
            declarations += QLatin1String("text-decoration: ") + decorations.join(u' ');
        if (!declarations.isEmpty()) {
            css += scope + QLatin1String(" .") + SpanHighlighter::classFor(style) + QLatin1String(" { ")
                + declarations.join(QLatin1String("; ")) + QLatin1String("; }\n");
        }
    }
    return css;
}

Theme themeNamed(KSyntaxHighlighting::Repository &repository, const char *name,
    KSyntaxHighlighting::Repository::DefaultTheme fallback)
{
    const Theme theme = repository.theme(QString::fromLatin1(name));
    return theme.isValid() ? theme : repository.defaultTheme(fallback);
}

} // namespace

QString stylesheet(KSyntaxHighlighting::Repository &repository)
{
    QString css = QStringLiteral("/* Code colours from KDE Syntax-Highlighting's Breeze Light and Breeze Dark themes,"
                                 " written by newsdesk-highlighter. */\n");
    css += rulesFor(themeNamed(repository, "Breeze Light", KSyntaxHighlighting::Repository::LightTheme),
        QStringLiteral(".theme-light"));
    css += rulesFor(themeNamed(repository, "Breeze Dark", KSyntaxHighlighting::Repository::DarkTheme),
        QStringLiteral(".theme-dark"));
    css += QStringLiteral(".hl-b { font-weight: bold; }\n.hl-i { font-style: italic; }\n"
                          ".hl-u { text-decoration: underline; }\n.hl-s { text-decoration: line-through; }\n");
    return css;
}

} // namespace Newsdesk::Highlighter
