// The test-control API under /_devplane/ (only with --test-mode): fault injection, request
// counts, forced breaker states and a simulated clock jump.
#include "context.h"
#include "devplaneserver.h"
#include "simulation.h"

#include <QJsonArray>

namespace eucora::devplane {

void registerTestControlApi(DevplaneContext &ctx)
{
    Router &router = ctx.server->router();
    router.add({QStringLiteral("POST"), QStringLiteral("DELETE")},
               QStringLiteral("/_devplane/faults"), Access::Plain, false, [&ctx](Call &call) {
                   if (call.method == QLatin1String("DELETE")) {
                       ctx.server->clearFaults();
                       return jsonReply({{QStringLiteral("faults"), 0}});
                   }
                   QString error;
                   const auto body = call.jsonBody(&error);
                   if (!body)
                       return errorReply(400, error);
                   Fault fault;
                   fault.path = QRegularExpression(
                       body->value(QStringLiteral("path")).toString(QStringLiteral(".*")));
                   if (!fault.path.isValid())
                       return errorReply(
                           400, QStringLiteral("bad path regex: %1").arg(fault.path.errorString()));
                   fault.method = body->value(QStringLiteral("method")).toString();
                   fault.delayMs = body->value(QStringLiteral("delay_ms")).toInt();
                   fault.status = body->value(QStringLiteral("status")).toInt();
                   fault.html = body->value(QStringLiteral("html")).toBool();
                   fault.truncate = body->value(QStringLiteral("truncate")).toBool();
                   fault.reset = body->value(QStringLiteral("reset")).toBool();
                   fault.resetBefore = body->value(QStringLiteral("reset_before")).toBool();
                   fault.retryAfter = body->value(QStringLiteral("retry_after")).toInt();
                   fault.message = body->value(QStringLiteral("message")).toString();
                   fault.count = body->value(QStringLiteral("count")).toInt(1);
                   ctx.server->addFault(fault);
                   return jsonReply({{QStringLiteral("added"), true}}, 201);
               });
    router.add({QStringLiteral("GET"), QStringLiteral("DELETE")},
               QStringLiteral("/_devplane/requests"), Access::Plain, false, [&ctx](Call &call) {
                   if (call.method == QLatin1String("DELETE"))
                       ctx.server->clearRequestCounts();
                   QJsonObject counts;
                   for (auto it = ctx.server->requestCounts().begin();
                        it != ctx.server->requestCounts().end(); ++it)
                       counts.insert(it.key(), it.value());
                   return jsonReply({{QStringLiteral("requests"), counts}});
               });
    router.add(
        {QStringLiteral("POST")}, QStringLiteral("/_devplane/breakers/<str>/force"), Access::Plain,
        false, [&ctx](Call &call) {
            QString error;
            const auto body = call.jsonBody(&error);
            SimBreaker *breaker = ctx.simulation->findBreaker(call.args.value(0));
            if (!breaker)
                return errorReply(404,
                                  QStringLiteral("Unknown service: %1").arg(call.args.value(0)));
            const auto state = body ? controlplane::breakerStateFromString(
                                   body->value(QStringLiteral("state")).toString())
                                    : std::nullopt;
            if (!state)
                return errorReply(400, QStringLiteral("state must be open, half-open or closed"));
            ctx.simulation->setBreakerState(*breaker, *state,
                                            *state != controlplane::BreakerState::Closed);
            return jsonReply({{QStringLiteral("service"), breaker->service},
                              {QStringLiteral("state"), controlplane::toString(breaker->state)}});
        });
    router.add({QStringLiteral("POST")}, QStringLiteral("/_devplane/connectors/<str>/force"),
               Access::Plain, false, [&ctx](Call &call) {
                   QString error;
                   const auto body = call.jsonBody(&error);
                   const QJsonValue healthy
                       = body ? body->value(QStringLiteral("healthy")) : QJsonValue();
                   if (!healthy.isBool())
                       return errorReply(400, QStringLiteral("healthy must be true or false"));
                   if (!ctx.simulation->forceConnector(call.args.value(0), healthy.toBool()))
                       return errorReply(
                           404, QStringLiteral("Unknown connector: %1").arg(call.args.value(0)));
                   return jsonReply({{QStringLiteral("connector"), call.args.value(0)},
                                     {QStringLiteral("healthy"), healthy.toBool()}});
               });
    router.add({QStringLiteral("POST")}, QStringLiteral("/_devplane/clock"), Access::Plain, false,
               [&ctx](Call &call) {
                   QString error;
                   const auto body = call.jsonBody(&error);
                   const double seconds
                       = body ? body->value(QStringLiteral("advance_s")).toDouble(-1) : -1;
                   if (seconds < 0 || seconds > 30 * 86400)
                       return errorReply(400,
                                         QStringLiteral("advance_s must be between 0 and 2592000"));
                   ctx.simulation->advance(seconds);
                   return jsonReply({{QStringLiteral("now"), ctx.simulation->now()}});
               });
}

} // namespace eucora::devplane
