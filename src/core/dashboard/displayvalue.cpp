#include "dashboard/displayvalue.h"

#include "dashboard/thresholds.h"
#include "dashboard/valuemapping.h"

#include <cmath>

namespace eucora::dashboard {

DisplayValue displayValue(std::optional<double> value, const FieldDefaults &field,
                          std::optional<double> rangeMin, std::optional<double> rangeMax)
{
    DisplayValue shown;
    const auto mapped = mapValue(field.mappings, value);
    if (mapped && !mapped->text.isEmpty())
        shown.formatted.text = mapped->text;
    else if (!value)
        shown.formatted.text
            = field.noValue.isEmpty() ? DisplayValue::tr("No data") : field.noValue;
    else
        shown.formatted = formatValue(*value, field.unit, field.decimals);

    if (mapped && !mapped->color.isEmpty())
        shown.color = mapped->color;
    else if (value && !std::isnan(*value))
        shown.color = thresholdColor(field.thresholds, *value, field.min ? field.min : rangeMin,
                                     field.max ? field.max : rangeMax);
    return shown;
}

} // namespace eucora::dashboard
