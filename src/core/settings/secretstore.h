// Secrets of a connection in the OS keychain (Secret Service on Linux, through QtKeychain): the
// control-plane session cookies per profile and user, the Prometheus password or token, and the
// control-plane password only when the operator asked for it to be remembered.
//
// When there is no keychain (no Secret Service, locked, access refused) the store says so once,
// keeps what it is given in memory for this run only, and never writes a file.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace eucora::settings {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };

    using ReadCallback = std::function<void(const std::optional<QByteArray> &secret)>;
    using DoneCallback = std::function<void(bool stored)>;

    // `service` names the entries' owner in the keychain.
    explicit SecretStore(QString service = QStringLiteral("org.eucora.Console"),
                         QObject *parent = nullptr);

    // The entry's secret, or nullopt when none is stored. `done` runs once, on this object's
    // thread, unless `context` is gone by then.
    void read(const QString &key, QObject *context, ReadCallback done);
    // `done(true)` when the keychain holds it; false when it is kept in memory only.
    void write(const QString &key, const QByteArray &secret, DoneCallback done = {});
    void remove(const QString &key, DoneCallback done = {});

    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }

    // Entry names: per profile, and per control-plane user where the secret is the user's.
    static QString sessionKey(const QString &profile, const QString &user);
    static QString passwordKey(const QString &profile, const QString &user);
    static QString prometheusKey(const QString &profile);

signals:
    // The keychain cannot be used; emitted once per store.
    void unavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    QHash<QString, QByteArray> m_memory; // used once the keychain is unavailable
};

} // namespace eucora::settings
