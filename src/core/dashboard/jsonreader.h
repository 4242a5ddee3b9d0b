// Reading dashboard JSON written by someone else: a value of the wrong type becomes a line in
// the load report and the default, never a crash and never a silent guess.
#pragma once

#include "dashboard/grafananames.h"
#include "dashboard/loadreport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace eucora::dashboard {

// Where report lines go, and which panel they are about.
class IssueSink
{
public:
    explicit IssueSink(LoadReport &report)
        : m_report(report)
    { }

    void setPanel(std::optional<int> id, const QString &title)
    {
        m_panelId = id;
        m_panelTitle = title;
    }
    void add(LoadIssue::Kind kind, const QString &name, const QString &detail = {});

private:
    LoadReport &m_report;
    std::optional<int> m_panelId;
    QString m_panelTitle;
};

class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &path, IssueSink &sink)
        : m_object(object)
        , m_path(path)
        , m_sink(sink)
    { }

    const QJsonObject &object() const { return m_object; }
    IssueSink &sink() const { return m_sink; }
    QString path(const char *key) const;
    bool has(const char *key) const;
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    QString string(const char *key, const QString &fallback = {}) const;
    // A number, or a string holding one (old dashboards write "min": "0"); null and absent
    // are empty without a report.
    std::optional<double> number(const char *key) const;
    std::optional<int> integer(const char *key, int min, int max) const;
    bool boolean(const char *key, bool fallback) const;
    QJsonObject objectAt(const char *key) const;
    QJsonArray array(const char *key) const;
    JsonReader child(const char *key) const;

    template<typename E> E enumValue(const char *key, E fallback) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return fallback;
        if (const auto known = fromGrafanaName<E>(text))
            return *known;
        m_sink.add(LoadIssue::Kind::InvalidValue, path(key), text);
        return fallback;
    }

    void invalid(const char *key, const QJsonValue &found) const;

private:
    QJsonObject m_object;
    QString m_path;
    IssueSink &m_sink;
};

// A JSON value as short text for a report line.
QString describeJson(const QJsonValue &value);

// A number given as a number or a numeric string; anything else is empty.
std::optional<double> jsonNumber(const QJsonValue &value);

// `base` with every member of `overlay` written over it, objects merged recursively.
QJsonObject mergedJson(const QJsonObject &base, const QJsonObject &overlay);

} // namespace eucora::dashboard
