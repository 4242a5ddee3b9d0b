#include "settings/secretstore.h"

#include <QUrl>
#include <qt6keychain/keychain.h>

namespace eucora::settings {

namespace {

QString part(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// Only "not there" is an answer; every other failure means the keychain cannot be used.
bool keychainFailed(const QKeychain::Job *job)
{
    return job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString SecretStore::sessionKey(const QString &profile, const QString &user)
{
    return QStringLiteral("profile/%1/user/%2/session").arg(part(profile), part(user));
}

QString SecretStore::passwordKey(const QString &profile, const QString &user)
{
    return QStringLiteral("profile/%1/user/%2/password").arg(part(profile), part(user));
}

QString SecretStore::prometheusKey(const QString &profile)
{
    return QStringLiteral("profile/%1/prometheus").arg(part(profile));
}

void SecretStore::markUnavailable(const QString &reason)
{
    if (m_availability == Availability::Unavailable)
        return;
    m_availability = Availability::Unavailable;
    m_unavailableReason = reason;
    emit unavailable(reason);
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const auto deliver = [context = QPointer<QObject>(context), hasContext = context != nullptr,
                          done = std::move(done)](const std::optional<QByteArray> &secret) {
        if ((hasContext && !context) || !done)
            return;
        done(secret);
    };
    if (m_availability == Availability::Unavailable) {
        const auto it = m_memory.constFind(key);
        const std::optional<QByteArray> secret
            = it == m_memory.cend() ? std::nullopt : std::optional<QByteArray>(*it);
        QMetaObject::invokeMethod(
            this, [deliver, secret] { deliver(secret); }, Qt::QueuedConnection);
        return;
    }
    // Jobs belong to nobody and delete themselves when done: a keychain answer may arrive after
    // the store is gone (the backend's callback still holds the job), and then reaches no one.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, deliver] {
        if (keychainFailed(job)) {
            markUnavailable(job->errorString());
            const auto it = m_memory.constFind(key);
            deliver(it == m_memory.cend() ? std::nullopt : std::optional<QByteArray>(*it));
            return;
        }
        m_availability = Availability::Available;
        if (job->error() == QKeychain::EntryNotFound)
            return deliver(std::nullopt);
        deliver(job->textData().toUtf8());
    });
    job->start();
}

void SecretStore::write(const QString &key, const QByteArray &secret, DoneCallback done)
{
    if (m_availability == Availability::Unavailable) {
        m_memory.insert(key, secret);
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(QString::fromUtf8(secret)); // readable as text by other keychain tools
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done] {
        const bool stored = !keychainFailed(job);
        if (stored) {
            m_availability = Availability::Available;
        } else {
            markUnavailable(job->errorString());
            m_memory.insert(key, secret);
        }
        if (done)
            done(stored);
    });
    job->start();
}

void SecretStore::remove(const QString &key, DoneCallback done)
{
    m_memory.remove(key);
    if (m_availability == Availability::Unavailable) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(true); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, done] {
        const bool failed = keychainFailed(job) && job->error() != QKeychain::CouldNotDeleteEntry;
        if (failed)
            markUnavailable(job->errorString());
        if (done)
            done(!keychainFailed(job));
    });
    job->start();
}

} // namespace eucora::settings
