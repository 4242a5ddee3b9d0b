#include "fixtures.h"

#include <array>
#include <charconv>
#include <cstdint>

namespace eucora::bench {

namespace {

// A fixed-seed generator so every run parses the same bytes.
class Lcg
{
public:
    std::uint32_t next()
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return std::uint32_t(m_state >> 33);
    }
    int below(int n) { return int(next() % std::uint32_t(n)); }

private:
    std::uint64_t m_state = 0x5eed;
};

void appendNumber(QByteArray &out, double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

constexpr std::array<const char *, 4> kStatuses {"success", "failed", "pending", "approved"};
constexpr std::array<const char *, 5> kRings {"LAB", "CANARY", "PILOT", "DEPARTMENT", "GLOBAL"};

} // namespace

QByteArray queryRangeAnswer(int series, int points)
{
    Lcg random;
    QByteArray out;
    out.reserve(qsizetype(series) * (160 + qsizetype(points) * 23));
    out += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < series; ++s) {
        if (s > 0)
            out += ',';
        out += R"({"metric":{"__name__":"deployment_total","app_name":"App)";
        out += QByteArray::number(s);
        out += R"(","instance":"eucora-api","job":"eucora-control-plane","ring":")";
        out += kRings[std::size_t(s % 5)];
        out += R"(","status":")";
        out += kStatuses[std::size_t((s / 5) % 4)];
        out += R"("},"values":[)";
        double value = random.below(1000);
        for (int p = 0; p < points; ++p) {
            if (p > 0)
                out += ',';
            out += '[';
            out += QByteArray::number(1'700'000'000 + p * 15);
            out += ",\"";
            value += random.below(1000) / 1000.0;
            appendNumber(out, double(std::int64_t(value * 1000)) / 1000.0);
            out += "\"]";
        }
        out += "]}";
    }
    out += "]}}";
    return out;
}

QByteArray exposition(int series)
{
    Lcg random;
    QByteArray out;
    out.reserve(qsizetype(series) * 120);
    int written = 0;
    const std::array<const char *, 9> bounds {"0.01", "0.05", "0.1",  "0.5", "1.0",
                                              "2.5",  "5.0",  "10.0", "+Inf"};
    out += "# HELP http_request_duration_seconds HTTP request latency\n"
           "# TYPE http_request_duration_seconds histogram\n";
    for (int e = 0; written < series * 6 / 10; ++e) {
        const QByteArray labels = "endpoint=\"/api/v1/deployments/" + QByteArray::number(e)
            + "/\",method=\"GET\",status=\"200\"";
        double count = 0;
        for (const char *le : bounds) {
            count += random.below(100);
            out += "http_request_duration_seconds_bucket{" + labels + ",le=\"" + le + "\"} ";
            appendNumber(out, count);
            out += '\n';
        }
        out += "http_request_duration_seconds_sum{" + labels + "} ";
        appendNumber(out, count * 0.173);
        out += "\nhttp_request_duration_seconds_count{" + labels + "} ";
        appendNumber(out, count);
        out += '\n';
        written += int(bounds.size()) + 2;
    }
    out += "# HELP deployment_total Total deployments by status and ring\n"
           "# TYPE deployment_total counter\n";
    for (int i = 0; written < series * 9 / 10; ++i, ++written) {
        out += "deployment_total{app_name=\"App" + QByteArray::number(i)
            + "\",requires_cab=\"False\",ring=\"" + kRings[std::size_t(i % 5)] + "\",status=\""
            + kStatuses[std::size_t((i / 5) % 4)] + "\"} ";
        appendNumber(out, random.below(100000));
        out += '\n';
    }
    out += "# HELP circuit_breaker_state Circuit breaker state: 0=CLOSED, 1=OPEN, 2=HALF_OPEN\n"
           "# TYPE circuit_breaker_state gauge\n";
    for (int i = 0; written < series; ++i, ++written) {
        out += "circuit_breaker_state{connector_type=\"intune\",pid=\"" + QByteArray::number(i)
            + "\",service=\"intune\"} ";
        appendNumber(out, random.below(3));
        out += '\n';
    }
    return out;
}

} // namespace eucora::bench
