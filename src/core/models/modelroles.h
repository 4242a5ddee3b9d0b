// Roles the console's table models share, so views colour and sort rows without knowing which
// table they show. Colours themselves are chosen in the GUI: core knows no QColor.
#pragma once

#include <Qt>

namespace eucora::models {

// How a row or cell reads for the operator: the view maps it to a colour.
enum class Tone { Neutral, Good, Warning, Bad };

enum Role {
    ToneRole = Qt::UserRole + 1, // int(Tone) of the cell
    SortRole, // a value that sorts naturally (time, number) where the text does not
    KeyRole, // the row's identity (correlation id, breaker name, ...), survives refreshes
};

} // namespace eucora::models
