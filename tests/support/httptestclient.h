// A synchronous HTTP client for contract tests: a cookie jar like a browser session, the CSRF
// header taken from the csrftoken cookie, and the whole answer kept for assertions.
#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace eucora::testing {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class HttpTestClient
{
public:
    explicit HttpTestClient(QUrl base)
        : m_base(std::move(base))
    {
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    QList<QPair<QByteArray, QByteArray>> headers = {}, bool csrf = true,
                    int timeoutMs = 10000)
    {
        QUrl url = m_base;
        const auto q = path.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        if (csrf && method != "GET") {
            const QString token = cookie(QStringLiteral("csrftoken"));
            if (!token.isEmpty())
                request.setRawHeader("X-CSRFToken", token.toUtf8());
        }
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        HttpAnswer answer;
        if (!reply->isFinished()) {
            reply->abort();
            answer.error = QNetworkReply::TimeoutError;
            return answer;
        }
        answer.error = reply->error();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.headers = reply->rawHeaderPairs();
        return answer;
    }

    HttpAnswer get(const QString &path) { return send("GET", path); }
    HttpAnswer post(const QString &path, const QJsonObject &body,
                    QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    std::move(headers));
    }

    bool login(const QString &user, const QString &password)
    {
        return post(QStringLiteral("/api/v1/auth/login"),
                    {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}})
                   .status
            == 200;
    }

    QString cookie(const QString &name) const
    {
        for (const QNetworkCookie &c : m_network.cookieJar()->cookiesForUrl(m_base)) {
            if (c.name() == name.toUtf8())
                return QString::fromUtf8(c.value());
        }
        return {};
    }

    void setCookie(const QString &name, const QString &value)
    {
        QNetworkCookie c(name.toUtf8(), value.toUtf8());
        c.setPath(QStringLiteral("/"));
        m_network.cookieJar()->setCookiesFromUrl({c}, m_base);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace eucora::testing
