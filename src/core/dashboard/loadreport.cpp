#include "dashboard/loadreport.h"

namespace eucora::dashboard {

namespace {

QString what(const LoadIssue &issue)
{
    const QString &name = issue.name;
    switch (issue.kind) {
    case LoadIssue::Kind::UnknownPanelType:
        return LoadIssue::tr("panel type \"%1\" is not supported; shown as a placeholder")
            .arg(name);
    case LoadIssue::Kind::UnsupportedDatasource:
        return LoadIssue::tr("datasource \"%1\" is not Prometheus; its queries are not run")
            .arg(name);
    case LoadIssue::Kind::Transformation:
        return LoadIssue::tr("transformation \"%1\" is not applied").arg(name);
    case LoadIssue::Kind::UnsupportedOption:
        return LoadIssue::tr("option \"%1\" is not supported and is ignored").arg(name);
    case LoadIssue::Kind::Override:
        return LoadIssue::tr("override \"%1\" is kept but not applied").arg(name);
    case LoadIssue::Kind::UnknownUnit:
        return LoadIssue::tr("unit \"%1\" is not known; values show it as a suffix").arg(name);
    case LoadIssue::Kind::Variable:
        return LoadIssue::tr("variable \"%1\" is not fully supported").arg(name);
    case LoadIssue::Kind::LegacyConversion:
        return LoadIssue::tr("legacy \"%1\" settings were converted").arg(name);
    case LoadIssue::Kind::InvalidValue:
        return LoadIssue::tr("\"%1\" has an invalid value; the default is used").arg(name);
    case LoadIssue::Kind::SchemaVersion:
        return LoadIssue::tr("schema version %1 is outside the supported range 16 to 39").arg(name);
    }
    return name;
}

} // namespace

QString LoadIssue::message() const
{
    const QString sentence
        = detail.isEmpty() ? what(*this) : tr("%1 (%2)").arg(what(*this), detail);
    if (!panelId)
        return sentence;
    return tr("Panel %1 \"%2\": %3").arg(*panelId).arg(panelTitle, sentence);
}

QStringList LoadReport::names(LoadIssue::Kind kind) const
{
    QStringList result;
    for (const auto &issue : issues) {
        if (issue.kind == kind)
            result << issue.name;
    }
    return result;
}

std::vector<LoadIssue> LoadReport::forPanel(int panelId) const
{
    std::vector<LoadIssue> result;
    for (const auto &issue : issues) {
        if (issue.panelId == panelId)
            result.push_back(issue);
    }
    return result;
}

QStringList LoadReport::messages() const
{
    QStringList result;
    for (const auto &issue : issues)
        result << issue.message();
    return result;
}

} // namespace eucora::dashboard
