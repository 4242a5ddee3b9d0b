// libFuzzer target: any bytes as a /metrics scrape. The exposition parser must list bad lines
// and go on, never crash; degraded mode's arithmetic on whatever it read must not crash either.
#include "prometheus/counterrate.h"
#include "prometheus/expositionparser.h"
#include "prometheus/histogramquantile.h"
#include "prometheus/pidaggregation.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace eucora::prometheus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    // One long-lived parser, as the console keeps one per endpoint: its interned strings
    // outlive each input, and must not change what it reads.
    static ExpositionParser parser;
    const Exposition detected = parser.parse(text);
    const Exposition fresh = parseExposition(text);
    if (!(detected.samples == fresh.samples) || !(detected.families == fresh.families)
        || !(detected.problems == fresh.problems) || detected.problemCount != fresh.problemCount)
        std::abort();
    for (const auto format :
         {ExpositionParser::Format::Text004, ExpositionParser::Format::OpenMetrics}) {
        const Exposition exposition = parser.parse(text, format);
        if (exposition.problems.size() > Exposition::kMaxListedProblems
            || exposition.problems.size() > exposition.problemCount)
            std::abort();
    }

    (void)counterRates(detected, 0, detected, 15000);
    for (const MetricSample &sample : detected.samples) {
        if (sample.name.endsWith(QLatin1String("_bucket"))) {
            (void)histogramQuantiles(0.95, detected.samples, sample.name);
            break;
        }
    }
    (void)mostSevereBreakerStates(detected.samples);
    (void)lowestConnectorHealth(detected.samples);
    if (!detected.samples.empty())
        (void)minimumOverPids(detected.samples, detected.samples.front().name);
    return 0;
}
