// One value as a panel shows it: mapped text or the number in the field's unit, the colour
// from the mapping or the thresholds, and the panel's "no value" text for an empty result.
#pragma once

#include "dashboard/fieldconfig.h"
#include "dashboard/valueformat.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace eucora::dashboard {

struct DisplayValue
{
    FormattedValue formatted;
    QString color; // a Grafana colour name or code; empty when neither mapping nor threshold says

    QString toString() const { return formatted.toString(); }
    bool operator==(const DisplayValue &o) const
    {
        return formatted == o.formatted && color == o.color;
    }

    Q_DECLARE_TR_FUNCTIONS(eucora::dashboard::DisplayValue)
};

// `value` empty is null: the field's noValue, or "No data". `rangeMin`/`rangeMax` are the
// data's range for percentage thresholds when the field sets no min/max.
DisplayValue displayValue(std::optional<double> value, const FieldDefaults &field,
                          std::optional<double> rangeMin = std::nullopt,
                          std::optional<double> rangeMax = std::nullopt);

} // namespace eucora::dashboard
