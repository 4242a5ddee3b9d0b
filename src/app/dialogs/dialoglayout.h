// Word-wrapped labels that appear or grow after a dialog is shown do not resize a top-level
// window by themselves: the dialog grows to the height its layout needs at its current width.
#pragma once

#include <QLayout>
#include <QWidget>

namespace eucora::app {

inline void growToFitContents(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace eucora::app
