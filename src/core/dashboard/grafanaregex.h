// Grafana's regular expressions as dashboards write them: "/pattern/flags" (JavaScript style),
// or a bare pattern that must match the whole text.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace eucora::dashboard {

struct GrafanaRegex
{
    QRegularExpression expression;
    bool global = false; // the "g" flag: every match counts, not only the first

    Q_DECLARE_TR_FUNCTIONS(eucora::dashboard::GrafanaRegex)
};

Result<GrafanaRegex, QString> grafanaRegex(const QString &text);

} // namespace eucora::dashboard
