// Settings > Connections: the saved connection profiles, each with its servers, Prometheus
// authentication, TLS files and trusted certificates, proxy, timeout and default window; Test
// connection checks both servers as the console would reach them. Secrets typed here go to the
// keychain (settings/sessionvault.h), the rest to QSettings (settings/connectionprofile.h).
#pragma once

#include "settings/connectionprofile.h"
#include "settings/connectiontester.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLineEdit;
class QSettings;

namespace Ui {
class ConnectionsDialog;
}

namespace eucora::settings {
class SecretStore;
}

namespace eucora::app {

class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    // `secrets` stays the caller's.
    explicit ConnectionsDialog(settings::SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    void selectProfile(const QString &name);
    // A new, unsaved profile filled from `prefill` (the command line's servers, say).
    void startNewProfile(const settings::ConnectionProfile &prefill);

    // What the form says now.
    settings::ConnectionProfile formProfile() const;
    // The last Test connection's report as shown (plain text), for tests and the log.
    QString reportText() const;
    bool testPassed() const { return m_report && m_report->passed(); }

    // Press the buttons (tests and keyboard users alike).
    void testConnection();
    bool save();

signals:
    void connectRequested(const QString &profile);
    void testFinished(bool passed);

private:
    void load(const settings::ConnectionProfile &profile, bool saved);
    void reloadList(const QString &select);
    void profileClicked();
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void removePin();
    void trustCertificate();
    void browse(QLineEdit *field, const QString &title);
    void updateEnabled();
    void showReport(const settings::ConnectionReport &report);
    void setStatus(const QString &text, bool error);
    bool confirmDiscard();
    void renameSecrets(const QString &oldName, const settings::ConnectionProfile &renamed);

    std::unique_ptr<Ui::ConnectionsDialog> m_ui;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    settings::SecretStore *m_secrets;
    settings::ConnectionTester m_tester;
    QString m_savedName; // the profile the form edits; empty for a new one
    std::vector<settings::CertificatePin> m_pins;
    bool m_secretStored = false;
    bool m_dirty = false;
    bool m_loading = false;
    std::optional<settings::ConnectionReport> m_report;
    std::optional<settings::TlsProblem> m_trustable;
};

} // namespace eucora::app
