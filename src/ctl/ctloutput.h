// Where eucora-ctl writes: results on stdout (aligned tables, or JSON with --json), errors and
// progress on stderr, one line each.
#pragma once

#include "ctlfailure.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace eucora::ctl {

class CtlOutput
{
public:
    explicit CtlOutput(bool json)
        : m_json(json)
    { }

    bool json() const { return m_json; }

    // Columns padded to their widest cell; the last column is not padded.
    void table(const QStringList &headers, const std::vector<QStringList> &rows) const;
    // "key: value" lines with the keys aligned.
    void fields(const std::vector<std::pair<QString, QString>> &fields) const;
    void line(const QString &text) const; // stdout, human output only
    void document(const QJsonObject &json) const; // stdout, --json only

    void note(const QString &text) const; // stderr, "eucora-ctl: " prefix
    void detail(const QString &text) const; // stderr, as is (the lines under a note)
    // The error line on stderr (and {"error": ...} on stdout with --json); returns its code.
    ExitCode fail(const CtlFailure &failure) const;
    ExitCode fail(ExitCode code, const QString &message) const;

    static QString time(const QDateTime &utc); // local time with the zone named
    static QString orDash(const QString &text);

private:
    bool m_json;
};

} // namespace eucora::ctl
