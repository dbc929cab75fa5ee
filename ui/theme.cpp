#include "ui/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Newsdesk::Ui {

namespace {

QPalette g_systemPalette;
QString g_systemStyle;
bool g_captured = false;

} // namespace

void Theme::captureSystemDefaults()
{
    if (g_captured)
        return;
    g_captured = true;
    g_systemPalette = QApplication::palette();
    if (QApplication::style())
        g_systemStyle = QApplication::style()->name();
}

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF3, 0xF3, 0xF3));
    p.setColor(QPalette::WindowText, QColor(0x1F, 0x1F, 0x1F));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF7, 0xF7, 0xF7));
    p.setColor(QPalette::Text, QColor(0x1F, 0x1F, 0x1F));
    p.setColor(QPalette::Button, QColor(0xF0, 0xF0, 0xF0));
    p.setColor(QPalette::ButtonText, QColor(0x1F, 0x1F, 0x1F));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xD0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1F, 0x5F, 0xC0));
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xE8));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Mid, QColor(0xC8, 0xC8, 0xC8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9A, 0x9A, 0x9A));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x24, 0x25, 0x28);
    const QColor base(0x1B, 0x1C, 0x1F);
    const QColor text(0xE6, 0xE6, 0xE6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2A, 0x2B, 0x2F));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x34, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3A, 0x6E, 0xC8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7A, 0xB0, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB0, 0x9A, 0xFF));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x34, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Light, QColor(0x44, 0x45, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x39, 0x3D));
    p.setColor(QPalette::Mid, QColor(0x2E, 0x2F, 0x33));
    p.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x17));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    return p;
}

void Theme::apply(Settings::Theme theme)
{
    captureSystemDefaults();
    switch (theme) {
    case Settings::Theme::System:
        if (!g_systemStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(g_systemPalette);
        break;
    case Settings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Settings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool Theme::isDark()
{
    return isDark(QApplication::palette());
}

} // namespace Newsdesk::Ui
