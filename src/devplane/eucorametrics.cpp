#include "eucorametrics.h"

namespace eucora::devplane {

using metrics::MetricFamily;
using metrics::MetricType;

void registerEucoraMetrics(metrics::MetricRegistry &registry)
{
    const auto L = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *name : names)
            out << QString::fromLatin1(name);
        return out;
    };
    const auto add = [&registry](const char *name, MetricType type, const char *help,
                                 QStringList labels, std::vector<double> buckets = {}) {
        registry.addFamily(MetricFamily {QString::fromLatin1(name), QString::fromLatin1(help), type,
                                         std::move(labels), std::move(buckets)});
    };
    add("deployment_total", MetricType::Counter, "Total deployments by status and ring",
        L({"status", "ring", "app_name", "requires_cab"}));
    add("deployment_duration_seconds", MetricType::Histogram,
        "Deployment execution time in seconds", L({"ring", "app_name", "status"}),
        {1, 5, 10, 30, 60, 300, 600, 1800});
    add("deployment_time_to_compliance_seconds", MetricType::Gauge,
        "Time from Ring 1 to compliance across all rings", L({"ring", "app_name"}));
    add("risk_score_distribution", MetricType::Histogram, "Distribution of deployment risk scores",
        L({"requires_cab"}), {10, 25, 50, 75, 90, 100});
    add("ring_promotion_total", MetricType::Counter,
        "Ring promotions by from_ring, to_ring, and status", L({"from_ring", "to_ring", "status"}));
    add("promotion_gate_success_rate", MetricType::Gauge, "Success rate for ring promotion gates",
        L({"ring"}));
    add("circuit_breaker_state", MetricType::Gauge,
        "Circuit breaker state: 0=CLOSED, 1=OPEN, 2=HALF_OPEN", L({"service", "connector_type"}));
    add("circuit_breaker_failures_total", MetricType::Counter,
        "Total failures triggering circuit breaker",
        L({"service", "connector_type", "error_type"}));
    add("celery_task_duration_seconds", MetricType::Histogram, "Celery task execution time",
        L({"task_name", "status"}), {0.1, 0.5, 1, 5, 10, 30, 60, 300});
    add("celery_task_retries_total", MetricType::Counter, "Celery task retries",
        L({"task_name", "retry_number"}));
    add("http_request_duration_seconds", MetricType::Histogram, "HTTP request latency",
        L({"method", "endpoint", "status"}), {0.01, 0.05, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0});
    add("http_requests_total", MetricType::Counter, "HTTP requests by method, endpoint, and status",
        L({"method", "endpoint", "status"}));
    add("db_connection_pool_size", MetricType::Gauge, "Database connection pool current size", {});
    add("db_query_duration_seconds", MetricType::Histogram, "Database query execution time",
        L({"query_type"}), {0.001, 0.01, 0.1, 0.5, 1.0, 5.0});
    add("connector_health", MetricType::Gauge, "Connector health status: 1=healthy, 0=unhealthy",
        L({"connector_type"}));
    add("connector_operation_duration_seconds", MetricType::Histogram,
        "Connector operation latency", L({"connector_type", "operation", "status"}),
        {0.1, 0.5, 1, 5, 10, 30, 60, 300});
}

} // namespace eucora::devplane
