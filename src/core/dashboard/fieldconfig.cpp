#include "dashboard/fieldconfig.h"

namespace eucora::dashboard {

bool GraphStyle::operator==(const GraphStyle &o) const
{
    return drawStyle == o.drawStyle && lineInterpolation == o.lineInterpolation
        && lineWidth == o.lineWidth && fillOpacity == o.fillOpacity && pointSize == o.pointSize
        && showPoints == o.showPoints && spanNulls == o.spanNulls && stacking == o.stacking
        && stackingGroup == o.stackingGroup && axisLabel == o.axisLabel
        && axisPlacement == o.axisPlacement && thresholdsStyle == o.thresholdsStyle;
}

bool FieldDefaults::operator==(const FieldDefaults &o) const
{
    return unit == o.unit && decimals == o.decimals && min == o.min && max == o.max
        && displayName == o.displayName && noValue == o.noValue && thresholds == o.thresholds
        && mappings == o.mappings && color == o.color && custom == o.custom;
}

} // namespace eucora::dashboard
