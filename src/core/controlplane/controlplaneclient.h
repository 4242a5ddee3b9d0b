// Client of the EUCORA control-plane API as a desktop program meets it (contract 1): a Django
// session in the `sessionid` cookie, `X-CSRFToken` from the `csrftoken` cookie on unsafe
// methods (plus `Referer` over HTTPS), every error read by decodeControlPlaneError, and no
// automatic resend of anything but a GET.
#pragma once

#include "controlplane/controlplaneerror.h"
#include "controlplane/domaintypes.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace eucora::controlplane {

struct User
{
    int id = 0;
    QString username;
    QString email;
    bool staff = false;
    bool superuser = false;

    bool operator==(const User &other) const
    {
        return id == other.id && username == other.username && email == other.email
            && staff == other.staff && superuser == other.superuser;
    }
};

struct DeploymentSummary
{
    QString correlationId;
    QString appName;
    QString version;
    QString targetRing; // raw text: unknown rings are shown, not guessed
    QString status; // raw text; deploymentStatusFromString() tells whether it is known
    std::optional<int> riskScore;
    QDateTime createdAt; // UTC
};

struct BreakerStatus
{
    QString service;
    QString state; // raw API text: closed, open, half-open (or anything else, shown as is)
    int failCounter = 0;
    int failMax = 0;
    double resetTimeoutSeconds = 0;
};

struct EventRecord
{
    qint64 id = 0;
    QString correlationId;
    QString eventType; // raw text; eventTypeFromString() tells whether it is known
    QJsonObject eventData;
    QString actor;
    QDateTime createdAt;
};

struct EventPage
{
    std::vector<EventRecord> events; // newest first
    bool capped = false; // exactly the server's cap came back: older entries may be missing
};

struct TaskStatus
{
    QString taskId;
    QString state; // PENDING, PROGRESS, SUCCESS, FAILURE, REVOKED, ... (raw)
    QJsonObject progress; // {"phase", "done", "total"} while PROGRESS
    QString error;
};

struct RollbackAccepted
{
    QString correlationId;
    QString deploymentStatus;
    QString taskId;
    QString requestedBy;
    bool replayed = false; // Idempotent-Replayed: the server had this request already
};

// A JSON answer or the decoded error; `headers` keeps what callers need (Idempotent-Replayed).
struct ApiAnswer
{
    int status = 0;
    QJsonObject json;
    QByteArray rawBody;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

class ControlPlaneClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    ControlPlaneClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                       QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    QUrl baseUrl() const { return m_baseUrl; }

    void login(const QString &username, const QString &password, QObject *context,
               Callback<User> done);
    void validate(QObject *context, Callback<User> done);
    void logout(QObject *context, Callback<bool> done);

    // GET /api/v1/deployments/list; `limit` and `app_name` are the 11.9 extensions.
    void deployments(const QUrlQuery &filter, QObject *context,
                     Callback<std::vector<DeploymentSummary>> done);

    // Breakers in EUCORA's table order (contract 5.1); unknown names last.
    void breakers(QObject *context, Callback<std::vector<BreakerStatus>> done);
    void resetBreaker(const QString &service, QObject *context, Callback<bool> done);
    // Newest first; `limit` 0 = the server's default (100).
    void events(const QString &correlationId, const QDateTime &start, const QDateTime &end,
                int limit, QObject *context, Callback<EventPage> done);
    void taskStatus(const QString &taskId, QObject *context, Callback<TaskStatus> done);
    // Exactly one POST per call, never resent; `idempotencyKey` is the operator's confirmation.
    void requestRollback(const QString &correlationId, const QString &reason,
                         const QString &idempotencyKey, QObject *context,
                         Callback<RollbackAccepted> done);

    // The error of the last failed call, fully decoded (meaning, Retry-After, field errors).
    const std::optional<ControlPlaneError> &lastError() const { return m_lastError; }

    // The whole request machinery, for callers with endpoint-specific needs. `body` empty = no
    // body. Unsafe methods carry the CSRF header. The callback gets the answer (2xx) or the
    // decoded error.
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
              QObject *context, std::function<void(const Result<ApiAnswer> &)> done);

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    std::optional<ControlPlaneError> m_lastError;
};

// Lenient ISO 8601 as EUCORA emits it: "+00:00" or "Z", with or without a fraction of any
// length. Invalid QDateTime for anything else.
QDateTime parseTimestamp(const QString &text);

} // namespace eucora::controlplane
