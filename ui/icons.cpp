#include "ui/icons.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Newsdesk::Ui {

namespace {

QPixmap tinted(const QIcon &source, int size, const QColor &color)
{
    QPixmap pixmap = source.pixmap(QSize(size, size));
    if (pixmap.isNull())
        return pixmap;
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), color);
    return pixmap;
}

} // namespace

QIcon Icons::get(const QString &name)
{
    const QIcon source(u":/icons/" + name + u".svg");
    const QPalette palette = QApplication::palette();
    const QColor normal = palette.color(QPalette::Active, QPalette::ButtonText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::ButtonText);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48}) {
        icon.addPixmap(tinted(source, size, normal), QIcon::Normal);
        icon.addPixmap(tinted(source, size, disabled), QIcon::Disabled);
    }
    return icon;
}

} // namespace Newsdesk::Ui
