// The devplane's HTTP server. Routing is done here rather than by QHttpServer's router because
// EUCORA's paths are exact (trailing slashes matter), unknown paths must answer Django's HTML
// 404 page, and the test-control API needs to delay, cut off or reset answers.
#pragma once

#include "httpapi.h"

#include <QAbstractHttpServer>
#include <QMap>
#include <QPointer>

#include <chrono>

class QTcpSocket;

namespace eucora::devplane {

class Auth;
class Store;

// A fault the test-control API injects into the next `count` matching requests.
struct Fault
{
    QRegularExpression path;
    QString method; // empty = any
    int delayMs = 0;
    int status = 0; // 0 = the real answer
    bool html = false;
    bool truncate = false;
    bool reset = false; // RST after the server acted
    bool resetBefore = false; // RST without acting: the request arrived and did nothing
    int retryAfter = 0; // > 0: a Retry-After header on the injected answer
    QString message; // the injected JSON error's words (EUCORA's own, e.g. a 403 "log in again")
    int count = 1;
};

class DevplaneServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        bool debugPermissions = false;
        bool testMode = false;
    };

    DevplaneServer(Store *store, Auth *auth, Options options, QObject *parent = nullptr);

    Router &router() { return m_router; }
    const Options &options() const { return m_options; }

    // Test-control state (only reachable with --test-mode).
    void addFault(Fault fault) { m_faults.push_back(std::move(fault)); }
    void clearFaults() { m_faults.clear(); }
    const QMap<QString, int> &requestCounts() const { return m_requestCounts; }
    void clearRequestCounts() { m_requestCounts.clear(); }

    // Called after every answered request, for the HTTP metrics.
    std::function<void(const Call &, int status, double seconds)> onAnswered;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply dispatch(const QHttpServerRequest &request, Call &call);
    std::optional<HttpReply> authorize(const Route &route, Call &call);
    std::optional<Fault> takeFault(const QString &method, const QString &path);

    Store *m_store;
    Auth *m_auth;
    Options m_options;
    Router m_router;
    std::vector<Fault> m_faults;
    QMap<QString, int> m_requestCounts; // "POST /api/v1/..." -> count
};

} // namespace eucora::devplane
