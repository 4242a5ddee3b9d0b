// A tiny HTTP server on a free loopback port for transport tests: it records each request
// (method, target, headers, body) and answers with bytes the test scripted, or not at all.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <vector>

namespace eucora::testing {

struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name.toLower())
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name.toLower())
                return true;
        }
        return false;
    }
};

class ScriptedHttpServer : public QObject
{
public:
    // The raw answer for a request (status line, headers, body); an empty answer means silence.
    using Script = std::function<QByteArray(const RecordedRequest &)>;

    explicit ScriptedHttpServer(Script script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const std::vector<RecordedRequest> &requests() const { return m_requests; }

    // A complete HTTP/1.1 answer with Content-Length; `headers` lines end in "\r\n".
    static QByteArray answer(int status, const QByteArray &body, const QByteArray &headers = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + headers
            + "Connection: close\r\n\r\n" + body;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const auto headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const auto colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        m_buffers.remove(socket);
        m_requests.push_back(request);
        const QByteArray reply = m_script(request);
        if (!reply.isEmpty()) {
            socket->write(reply);
            socket->disconnectFromHost();
        }
    }

    Script m_script;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::vector<RecordedRequest> m_requests;
};

} // namespace eucora::testing
