// query PROMQL: one instant query through PrometheusClient, printed as Prometheus answered it.
#include "commands.h"
#include "ctloptions.h"
#include "ctloutput.h"
#include "ctlsession.h"
#include "ctltext.h"
#include "modeljson.h"
#include "prometheus/prometheusclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimeZone>

#include <optional>

namespace eucora::ctl {

using namespace prometheus;

namespace {

// name{label="value", ...} as PromQL writes a series.
QString seriesName(const LabelSet &labels)
{
    QString name = labelValue(labels, QStringLiteral("__name__"));
    QStringList pairs;
    for (const auto &[key, value] : labels) {
        if (key != QLatin1String("__name__"))
            pairs << QStringLiteral("%1=\"%2\"").arg(key, value);
    }
    if (!pairs.isEmpty() || name.isEmpty())
        name += QLatin1Char('{') + pairs.join(QStringLiteral(", ")) + QLatin1Char('}');
    return name;
}

QString sampleTime(std::int64_t timestampMs)
{
    return CtlOutput::time(QDateTime::fromMSecsSinceEpoch(timestampMs, QTimeZone::utc()));
}

void printHuman(const QueryResult &result, const CtlOutput &output)
{
    switch (result.resultType) {
    case ResultType::String:
        output.line(result.stringValue);
        return;
    case ResultType::Scalar:
        if (!result.series.empty() && result.series.front().size() > 0)
            output.line(sampleValueText(result.series.front().values.front()));
        return;
    case ResultType::Vector: {
        std::vector<QStringList> rows;
        for (const Series &s : result.series) {
            if (s.size() > 0)
                rows.push_back({seriesName(s.labels), sampleValueText(s.values.front()),
                                sampleTime(s.timestampsMs.front())});
        }
        if (rows.empty())
            output.line(CtlText::tr("(empty result)"));
        else
            output.table({CtlText::tr("SERIES"), CtlText::tr("VALUE"), CtlText::tr("TIME")}, rows);
        return;
    }
    case ResultType::Matrix:
        for (const Series &s : result.series) {
            output.line(seriesName(s.labels));
            for (std::size_t i = 0; i < s.size(); ++i)
                output.line(QStringLiteral("  %1  %2")
                                .arg(sampleTime(s.timestampsMs[i]), sampleValueText(s.values[i])));
        }
        if (result.series.empty())
            output.line(CtlText::tr("(empty result)"));
        return;
    }
}

} // namespace

ExitCode runQuery(const CtlOptions &options, const CtlOutput &output)
{
    settings::ConnectionNetwork network;
    if (const Result<bool, QString> tls = network.apply(options.connection); !tls.ok())
        return output.fail(ExitCode::Usage, tls.error());
    const settings::ConnectionProfile &connection = options.connection;
    if (connection.prometheusAuth != settings::PrometheusAuth::None && !options.profile.isEmpty()) {
        settings::SecretStore secrets;
        const std::optional<QByteArray> secret
            = readSecretNow(secrets, settings::SecretStore::prometheusKey(options.profile));
        if (secret)
            network.setCredentials(
                options.prometheusUrl,
                {connection.prometheusAuth, connection.prometheusUser, QString::fromUtf8(*secret)});
        else
            output.note(CtlText::tr("no Prometheus credentials are stored for profile %1")
                            .arg(options.profile));
    }
    PrometheusClient client(&network);
    client.setBaseUrl(options.prometheusUrl);
    if (options.timeout)
        client.setTimeout(*options.timeout);

    // The engine decides how "now" is asked for (VictoriaMetrics evaluates it 30 s in the past
    // unless told otherwise). Not identified: asked the Prometheus way, and its error is the
    // query's own.
    QEventLoop loop;
    std::optional<Result<EngineIdentity>> engine;
    client.identify(&loop, [&engine, &loop](const Result<EngineIdentity> &result) {
        engine = result;
        loop.quit();
    });
    if (!engine)
        loop.exec();
    if (engine->ok())
        client.setEngine(engine->value());
    else if (engine->error().kind == ApiError::Kind::Network
             || engine->error().kind
                 == ApiError::Kind::Timeout) // a second try would fare no better
        return output.fail(failureOf(engine->error(), options.prometheusUrl.toString()));

    InstantQuery query;
    query.promql = options.arguments.value(0);
    std::optional<Result<QueryResult>> answer;
    client.query(query, &loop, [&answer, &loop](const Result<QueryResult> &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();

    if (!answer->ok())
        return output.fail(failureOf(answer->error(), options.prometheusUrl.toString()));
    for (const QString &warning : answer->value().warnings)
        output.note(CtlText::tr("Prometheus warns: %1").arg(warning));
    if (output.json())
        output.document(toJson(answer->value()));
    else
        printHuman(answer->value(), output);
    return ExitCode::Ok;
}

} // namespace eucora::ctl
