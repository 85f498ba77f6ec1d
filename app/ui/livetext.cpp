#include "ui/livetext.h"

#include <QFont>
#include <QWidget>

namespace ui {

void preferNoShaping(QWidget *widget)
{
    // A font with nothing but the strategy set: the widget resolves every
    // other property from its parent, as before.
    QFont font;
    font.setStyleStrategy(QFont::PreferNoShaping);
    widget->setFont(font);
}

} // namespace ui
