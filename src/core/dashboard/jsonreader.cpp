#include "dashboard/jsonreader.h"

#include <QJsonDocument>

#include <cmath>

namespace eucora::dashboard {

void IssueSink::add(LoadIssue::Kind kind, const QString &name, const QString &detail)
{
    m_report.issues.push_back({kind, m_panelId, m_panelTitle, name, detail});
}

QString describeJson(const QJsonValue &value)
{
    constexpr int kMaxChars = 60;
    QString text;
    switch (value.type()) {
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::String:
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
        break;
    case QJsonValue::Double:
        text = QString::number(value.toDouble());
        break;
    case QJsonValue::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Null:
        text = QStringLiteral("null");
        break;
    case QJsonValue::Undefined:
        break;
    }
    if (text.size() > kMaxChars)
        text = text.left(kMaxChars) + QStringLiteral("…");
    return text;
}

std::optional<double> jsonNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

QJsonObject mergedJson(const QJsonObject &base, const QJsonObject &overlay)
{
    QJsonObject result = base;
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        const QJsonValue existing = result.value(it.key());
        if (existing.isObject() && it.value().isObject())
            result.insert(it.key(), mergedJson(existing.toObject(), it.value().toObject()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

QString JsonReader::path(const char *key) const
{
    return m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key);
}

bool JsonReader::has(const char *key) const
{
    const QJsonValue found = value(key);
    return !found.isUndefined() && !found.isNull();
}

void JsonReader::invalid(const char *key, const QJsonValue &found) const
{
    m_sink.add(LoadIssue::Kind::InvalidValue, path(key), describeJson(found));
}

QString JsonReader::string(const char *key, const QString &fallback) const
{
    const QJsonValue found = value(key);
    if (found.isString())
        return found.toString();
    if (found.isUndefined() || found.isNull())
        return fallback;
    invalid(key, found);
    return fallback;
}

std::optional<double> JsonReader::number(const char *key) const
{
    const QJsonValue found = value(key);
    if (found.isUndefined() || found.isNull())
        return std::nullopt;
    if (found.isString() && found.toString().trimmed().isEmpty())
        return std::nullopt;
    const auto parsed = jsonNumber(found);
    if (!parsed)
        invalid(key, found);
    return parsed;
}

std::optional<int> JsonReader::integer(const char *key, int min, int max) const
{
    const auto parsed = number(key);
    if (!parsed)
        return std::nullopt;
    if (*parsed < min || *parsed > max || std::floor(*parsed) != *parsed) {
        invalid(key, value(key));
        return std::nullopt;
    }
    return static_cast<int>(*parsed);
}

bool JsonReader::boolean(const char *key, bool fallback) const
{
    const QJsonValue found = value(key);
    if (found.isBool())
        return found.toBool();
    if (found.isUndefined() || found.isNull())
        return fallback;
    invalid(key, found);
    return fallback;
}

QJsonObject JsonReader::objectAt(const char *key) const
{
    const QJsonValue found = value(key);
    if (found.isObject())
        return found.toObject();
    if (!found.isUndefined() && !found.isNull())
        invalid(key, found);
    return {};
}

QJsonArray JsonReader::array(const char *key) const
{
    const QJsonValue found = value(key);
    if (found.isArray())
        return found.toArray();
    if (!found.isUndefined() && !found.isNull())
        invalid(key, found);
    return {};
}

JsonReader JsonReader::child(const char *key) const
{
    return JsonReader(objectAt(key), path(key), m_sink);
}

} // namespace eucora::dashboard
