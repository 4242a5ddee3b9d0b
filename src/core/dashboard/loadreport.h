// What the loader could not use, converted, or had to correct, named one by one: the console
// shows it beside the dashboard and `--check` prints it. Nothing is dropped without a line here.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace eucora::dashboard {

struct LoadIssue
{
    enum class Kind {
        UnknownPanelType, // name: the type ("piechart"); the panel is a placeholder
        UnsupportedDatasource, // name: the datasource ("loki")
        Transformation, // name: the transformation id; transformations are never applied
        UnsupportedOption, // name: the option ("repeat", "timeFrom", "seriesOverrides", ...)
        Override, // name: matcher and property; the override is kept but not applied
        UnknownUnit, // name: the unit; shown as a suffix
        Variable, // name: the variable; detail says what is not supported
        LegacyConversion, // name: "graph", "singlestat"...; converted to the current form
        InvalidValue, // name: the JSON path; a default was used instead
        SchemaVersion, // name: the version outside 16..39
    };

    Kind kind = Kind::InvalidValue;
    std::optional<int> panelId; // empty: about the dashboard itself
    QString panelTitle;
    QString name;
    QString detail; // optional: the value found, the replacement...

    // One sentence for the operator.
    QString message() const;

    bool operator==(const LoadIssue &o) const
    {
        return kind == o.kind && panelId == o.panelId && panelTitle == o.panelTitle
            && name == o.name && detail == o.detail;
    }

    Q_DECLARE_TR_FUNCTIONS(eucora::dashboard::LoadIssue)
};

struct LoadReport
{
    std::vector<LoadIssue> issues;

    bool isEmpty() const { return issues.empty(); }
    // The names reported with this kind, in order ("piechart", "loki"...).
    QStringList names(LoadIssue::Kind kind) const;
    std::vector<LoadIssue> forPanel(int panelId) const;
    QStringList messages() const;
};

} // namespace eucora::dashboard
