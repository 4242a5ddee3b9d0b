#include "dashboard/degradedsource.h"

#include "prometheus/counterrate.h"
#include "prometheus/expositionparser.h"
#include "serverurl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <map>

namespace eucora::dashboard {

std::vector<prometheus::Series> degradedPoints(const Scrape &previous, const Scrape &current,
                                               const DegradedRecipe &recipe)
{
    std::map<QString, double> groups;
    const auto rates = prometheus::counterRates(previous.exposition, previous.atMs,
                                                current.exposition, current.atMs);
    for (const prometheus::MetricSample &rate : rates) {
        if (rate.name != recipe.sample)
            continue;
        groups[prometheus::labelValue(rate.labels, recipe.groupBy)] += rate.value * recipe.scale;
    }
    std::vector<prometheus::Series> out;
    for (const auto &[group, value] : groups) {
        prometheus::Series series;
        if (!recipe.groupBy.isEmpty())
            series.labels.emplace_back(recipe.groupBy, group);
        series.timestampsMs.push_back(current.atMs);
        series.values.push_back(value);
        out.push_back(std::move(series));
    }
    return out;
}

ControlPlaneScraper::ControlPlaneScraper(QNetworkAccessManager *network,
                                         const QUrl &controlPlaneBase, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(endpointUrl(controlPlaneBase, QStringLiteral("/api/v1/metrics/")))
{ }

void ControlPlaneScraper::scrape(QObject *context, Callback done)
{
    QNetworkReply *reply = m_network->get(QNetworkRequest(m_url));
    auto *deadline = new QTimer(reply); // dies with the reply
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(m_timeout);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done, timeout = m_timeout] {
        reply->deleteLater();
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!guard)
            return;
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            done(ApiError {
                timedOut         ? ApiError::Kind::Timeout
                    : status > 0 ? ApiError::Kind::Http
                                 : ApiError::Kind::Network,
                status,
                {},
                timedOut ? QCoreApplication::translate("eucora::dashboard", "no answer within %1 s")
                               .arg(double(timeout.count()) / 1000.0)
                         : reply->errorString()});
            return;
        }
        auto promise = std::make_shared<QPromise<Scrape>>();
        QFuture<Scrape> future = promise->future();
        QThreadPool::globalInstance()->start([promise, body = reply->readAll(), at] {
            promise->start();
            promise->addResult(Scrape {prometheus::parseExposition(body), at});
            promise->finish();
        });
        future.then(guard.data(), [done](const Scrape &scrape) { done(scrape); });
    });
}

} // namespace eucora::dashboard
