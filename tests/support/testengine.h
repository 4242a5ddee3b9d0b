// A PrometheusClient told which engine it talks to, as the console and eucora-ctl do before
// their first query.
#pragma once

#include "prometheus/prometheusclient.h"

#include <QTest>

#include <optional>

namespace eucora::testing {

inline bool identifyEngine(prometheus::PrometheusClient &client, QString *error)
{
    std::optional<Result<prometheus::EngineIdentity>> answer;
    client.identify(nullptr, [&answer](const auto &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000)) {
        *error = QStringLiteral("no answer to identify()");
        return false;
    }
    if (!answer->ok()) {
        *error = answer->error().summary();
        return false;
    }
    client.setEngine(answer->value());
    return true;
}

} // namespace eucora::testing
