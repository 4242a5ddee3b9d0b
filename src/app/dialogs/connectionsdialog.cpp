#include "dialogs/connectionsdialog.h"

#include "settings/secretstore.h"
#include "settings/sessionvault.h"
#include "ui_connectionsdialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

#include <array>

namespace eucora::app {

using settings::ConnectionProfile;
using settings::PrometheusAuth;
using settings::ProxyMode;
using settings::ServerCheck;

namespace {

constexpr std::array<int, 5> kRangeMinutes {15, 60, 360, 1440, 10080};

int rangeIndex(std::chrono::seconds range)
{
    const auto minutes = range.count() / 60;
    for (std::size_t i = 0; i < kRangeMinutes.size(); ++i) {
        if (kRangeMinutes[i] >= minutes)
            return int(i);
    }
    return int(kRangeMinutes.size()) - 1;
}

QString verdictMark(ServerCheck::Verdict verdict)
{
    switch (verdict) {
    case ServerCheck::Verdict::Passed:
        return QStringLiteral("✔");
    case ServerCheck::Verdict::Failed:
        return QStringLiteral("✘");
    case ServerCheck::Verdict::Skipped:
        break;
    }
    return QStringLiteral("–");
}

QString stepName(ServerCheck::Step step)
{
    switch (step) {
    case ServerCheck::Step::Reachability:
        return ConnectionsDialog::tr("Reachable");
    case ServerCheck::Step::Tls:
        return ConnectionsDialog::tr("TLS");
    case ServerCheck::Step::Authentication:
        return ConnectionsDialog::tr("Authentication");
    case ServerCheck::Step::Identity:
        return ConnectionsDialog::tr("Identity");
    }
    return {};
}

} // namespace

ConnectionsDialog::ConnectionsDialog(settings::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionsDialog>())
    , m_settings(settings::ProfileStore::openDefault())
    , m_profiles(std::make_unique<settings::ProfileStore>(m_settings.get()))
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->trustButton->hide();
    m_ui->report->setPlaceholderText(
        tr("Test connection checks both servers: reachability, TLS, authentication and "
           "what answers."));
    connect(m_ui->profiles, &QListWidget::itemSelectionChanged, this,
            &ConnectionsDialog::profileClicked);
    connect(m_ui->addProfile, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_ui->duplicateProfile, &QPushButton::clicked, this,
            &ConnectionsDialog::duplicateProfile);
    connect(m_ui->removeProfile, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(m_ui->removePin, &QPushButton::clicked, this, &ConnectionsDialog::removePin);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &ConnectionsDialog::trustCertificate);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_ui->connectButton, &QPushButton::clicked, this, [this] {
        if (!save())
            return;
        emit connectRequested(m_savedName);
        accept();
    });
    connect(m_ui->caFileBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->caFile, tr("CA bundle (PEM)")); });
    connect(m_ui->certFileBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->certFile, tr("Client certificate (PEM)")); });
    connect(m_ui->keyFileBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->keyFile, tr("Client key (PEM)")); });
    const auto edited = [this] {
        if (!m_loading)
            m_dirty = true;
        updateEnabled();
    };
    for (QLineEdit *field :
         {m_ui->name, m_ui->prometheusUrl, m_ui->controlPlaneUrl, m_ui->authUser, m_ui->authSecret,
          m_ui->caFile, m_ui->certFile, m_ui->keyFile, m_ui->proxyHost})
        connect(field, &QLineEdit::textChanged, this, edited);
    for (QComboBox *box : {m_ui->authMethod, m_ui->proxyMode, m_ui->defaultRange})
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    for (QSpinBox *box : {m_ui->proxyPort, m_ui->timeout, m_ui->refresh})
        connect(box, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->pins, &QListWidget::itemSelectionChanged, this,
            &ConnectionsDialog::updateEnabled);

    const QString first
        = m_profiles->lastUsed().isEmpty() ? m_profiles->names().value(0) : m_profiles->lastUsed();
    reloadList(first);
    if (first.isEmpty())
        addProfile();
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::reloadList(const QString &select)
{
    m_loading = true;
    m_ui->profiles->clear();
    for (const QString &name : m_profiles->names()) {
        auto *item = new QListWidgetItem(name, m_ui->profiles);
        if (name == select)
            item->setSelected(true);
    }
    m_loading = false;
    if (!select.isEmpty())
        selectProfile(select);
}

void ConnectionsDialog::selectProfile(const QString &name)
{
    const std::optional<ConnectionProfile> profile = m_profiles->load(name);
    if (!profile)
        return;
    m_loading = true;
    for (int i = 0; i < m_ui->profiles->count(); ++i)
        m_ui->profiles->item(i)->setSelected(m_ui->profiles->item(i)->text() == name);
    m_loading = false;
    load(*profile, true);
}

void ConnectionsDialog::startNewProfile(const ConnectionProfile &prefill)
{
    m_loading = true;
    m_ui->profiles->clearSelection();
    m_loading = false;
    load(prefill, false);
    m_dirty = true;
    m_ui->name->setFocus();
    m_ui->name->selectAll();
}

void ConnectionsDialog::load(const ConnectionProfile &p, bool saved)
{
    m_loading = true;
    m_savedName = saved ? p.name : QString();
    m_ui->name->setText(p.name);
    m_ui->prometheusUrl->setText(p.prometheusUrl.toString());
    m_ui->controlPlaneUrl->setText(p.controlPlaneUrl.toString());
    m_ui->authMethod->setCurrentIndex(int(p.prometheusAuth));
    m_ui->authUser->setText(p.prometheusUser);
    m_ui->authSecret->clear();
    m_ui->authSecret->setPlaceholderText(QString());
    m_ui->caFile->setText(p.tls.caFile);
    m_ui->certFile->setText(p.tls.certFile);
    m_ui->keyFile->setText(p.tls.keyFile);
    m_pins = p.tls.pins;
    m_ui->pins->clear();
    for (const settings::CertificatePin &pin : m_pins)
        m_ui->pins->addItem(QStringLiteral("%1  SHA-256 %2")
                                .arg(pin.origin, settings::formatFingerprint(pin.sha256)));
    m_ui->proxyMode->setCurrentIndex(int(p.proxy.mode));
    m_ui->proxyHost->setText(p.proxy.host);
    m_ui->proxyPort->setValue(p.proxy.port);
    m_ui->timeout->setValue(int(p.timeout.count()));
    m_ui->defaultRange->setCurrentIndex(rangeIndex(p.defaultRange));
    m_ui->refresh->setValue(int(p.refresh.count()));
    m_ui->report->clear();
    m_ui->trustButton->hide();
    m_report.reset();
    m_trustable.reset();
    m_secretStored = false;
    m_dirty = false;
    m_loading = false;
    setStatus({}, false);
    updateEnabled();
    // Whether a secret is stored shows as the field's placeholder; the secret itself is not
    // shown.
    if (saved && p.prometheusAuth != PrometheusAuth::None) {
        const QString name = p.name;
        m_secrets->read(settings::SecretStore::prometheusKey(name), this,
                        [this, name](const std::optional<QByteArray> &secret) {
                            if (m_savedName != name)
                                return;
                            m_secretStored = secret.has_value();
                            m_ui->authSecret->setPlaceholderText(
                                m_secretStored ? tr("stored in the keychain") : tr("not stored"));
                        });
    }
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile p;
    if (m_savedName.isEmpty() || m_savedName == m_ui->name->text().trimmed()) {
        if (const std::optional<ConnectionProfile> saved = m_profiles->load(m_savedName))
            p = *saved; // keeps what the form does not show (the last user)
    }
    p.name = m_ui->name->text().trimmed();
    p.prometheusUrl = QUrl::fromUserInput(m_ui->prometheusUrl->text().trimmed());
    p.controlPlaneUrl = QUrl::fromUserInput(m_ui->controlPlaneUrl->text().trimmed());
    p.prometheusAuth = PrometheusAuth(m_ui->authMethod->currentIndex());
    p.prometheusUser = m_ui->authUser->text().trimmed();
    p.tls.caFile = m_ui->caFile->text().trimmed();
    p.tls.certFile = m_ui->certFile->text().trimmed();
    p.tls.keyFile = m_ui->keyFile->text().trimmed();
    p.tls.pins = m_pins;
    p.proxy.mode = ProxyMode(m_ui->proxyMode->currentIndex());
    p.proxy.host = m_ui->proxyHost->text().trimmed();
    p.proxy.port = m_ui->proxyPort->value();
    p.timeout = std::chrono::seconds(m_ui->timeout->value());
    p.defaultRange
        = std::chrono::minutes(kRangeMinutes[std::size_t(m_ui->defaultRange->currentIndex())]);
    p.refresh = std::chrono::seconds(m_ui->refresh->value());
    return p;
}

void ConnectionsDialog::updateEnabled()
{
    const bool auth = m_ui->authMethod->currentIndex() != int(PrometheusAuth::None);
    m_ui->authUser->setEnabled(m_ui->authMethod->currentIndex() == int(PrometheusAuth::Basic));
    m_ui->authSecret->setEnabled(auth);
    const bool manual = m_ui->proxyMode->currentIndex() == int(ProxyMode::Manual);
    m_ui->proxyHost->setEnabled(manual);
    m_ui->proxyPort->setEnabled(manual);
    m_ui->removePin->setEnabled(!m_ui->pins->selectedItems().isEmpty());
    m_ui->removeProfile->setEnabled(!m_savedName.isEmpty());
    m_ui->duplicateProfile->setEnabled(!m_ui->name->text().isEmpty());
    m_ui->testButton->setEnabled(!m_tester.running());
}

void ConnectionsDialog::setStatus(const QString &text, bool error)
{
    m_ui->status->setText(text);
    m_ui->status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

bool ConnectionsDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("Save the changes to \"%1\" first?").arg(m_ui->name->text()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void ConnectionsDialog::profileClicked()
{
    if (m_loading)
        return;
    const QList<QListWidgetItem *> selected = m_ui->profiles->selectedItems();
    if (selected.isEmpty() || selected.first()->text() == m_savedName)
        return;
    const QString name = selected.first()->text();
    if (!confirmDiscard()) {
        selectProfile(m_savedName); // back to the one being edited
        return;
    }
    selectProfile(name);
}

void ConnectionsDialog::addProfile()
{
    if (!confirmDiscard())
        return;
    ConnectionProfile fresh;
    fresh.name = tr("New connection");
    startNewProfile(fresh);
}

void ConnectionsDialog::duplicateProfile()
{
    ConnectionProfile copy = formProfile();
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.controlPlaneUser.clear();
    startNewProfile(copy);
}

void ConnectionsDialog::removeProfile()
{
    if (m_savedName.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Remove connection"),
            tr("Remove \"%1\" and the secrets it keeps in the keychain?").arg(m_savedName))
        != QMessageBox::Yes)
        return;
    const std::optional<ConnectionProfile> saved = m_profiles->load(m_savedName);
    settings::SessionVault vault(m_secrets, m_savedName);
    vault.forgetProfile(saved && !saved->controlPlaneUser.isEmpty()
                            ? QStringList {saved->controlPlaneUser}
                            : QStringList {});
    m_profiles->remove(m_savedName);
    m_dirty = false;
    const QString next = m_profiles->names().value(0);
    reloadList(next);
    if (next.isEmpty())
        addProfile();
}

void ConnectionsDialog::removePin()
{
    const int row = m_ui->pins->currentRow();
    if (row < 0 || row >= int(m_pins.size()))
        return;
    m_pins.erase(m_pins.begin() + row);
    delete m_ui->pins->takeItem(row);
    m_dirty = true;
    updateEnabled();
}

void ConnectionsDialog::browse(QLineEdit *field, const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(
        this, title, field->text(), tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!path.isEmpty())
        field->setText(path);
}

bool ConnectionsDialog::save()
{
    const ConnectionProfile p = formProfile();
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    if (p.name != m_savedName && m_profiles->load(p.name)) {
        setStatus(tr("A connection named \"%1\" exists already.").arg(p.name), true);
        return false;
    }
    if (!m_savedName.isEmpty() && p.name != m_savedName)
        renameSecrets(m_savedName, p);
    m_profiles->save(p);
    settings::SessionVault vault(m_secrets, p.name);
    if (p.prometheusAuth == PrometheusAuth::None)
        vault.forgetPrometheusSecret();
    else if (!m_ui->authSecret->text().isEmpty())
        vault.keepPrometheusSecret(m_ui->authSecret->text());
    m_dirty = false;
    const std::optional<settings::ConnectionReport> report = m_report;
    reloadList(p.name);
    if (report) // still what this profile's servers said
        showReport(*report);
    setStatus(tr("Saved \"%1\".").arg(p.name), false);
    return true;
}

// The keychain entries are keyed by the profile's name: a renamed profile takes its Prometheus
// secret along; its stored sessions are dropped (the next start asks for a sign-in).
void ConnectionsDialog::renameSecrets(const QString &oldName, const ConnectionProfile &renamed)
{
    const std::optional<ConnectionProfile> old = m_profiles->load(oldName);
    m_profiles->remove(oldName);
    const QString from = settings::SecretStore::prometheusKey(oldName);
    if (renamed.prometheusAuth != PrometheusAuth::None && m_ui->authSecret->text().isEmpty()) {
        m_secrets->read(from, this,
                        [store = m_secrets, to = settings::SecretStore::prometheusKey(renamed.name),
                         from](const std::optional<QByteArray> &secret) {
                            if (secret)
                                store->write(to, *secret);
                            store->remove(from);
                        });
    } else {
        m_secrets->remove(from);
    }
    if (old && !old->controlPlaneUser.isEmpty()) {
        m_secrets->remove(settings::SecretStore::sessionKey(oldName, old->controlPlaneUser));
        m_secrets->remove(settings::SecretStore::passwordKey(oldName, old->controlPlaneUser));
    }
}

void ConnectionsDialog::testConnection()
{
    if (m_tester.running())
        return;
    const ConnectionProfile p = formProfile();
    m_ui->report->setPlainText(
        tr("Testing %1 and %2…").arg(p.prometheusUrl.toString(), p.controlPlaneUrl.toString()));
    m_ui->trustButton->hide();
    const auto run = [this, p](const QString &secret) {
        m_tester.run(p, {p.prometheusAuth, p.prometheusUser, secret},
                     [this](const settings::ConnectionReport &report) {
                         showReport(report);
                         updateEnabled();
                         emit testFinished(report.passed());
                     });
        updateEnabled();
    };
    const QString typed = m_ui->authSecret->text();
    if (p.prometheusAuth == PrometheusAuth::None || !typed.isEmpty() || m_savedName.isEmpty())
        return run(typed);
    m_secrets->read(settings::SecretStore::prometheusKey(m_savedName), this,
                    [run](const std::optional<QByteArray> &secret) {
                        run(secret ? QString::fromUtf8(*secret) : QString());
                    });
}

void ConnectionsDialog::showReport(const settings::ConnectionReport &report)
{
    m_report = report;
    m_trustable.reset();
    QString html;
    for (const ServerCheck *check : {&report.prometheus, &report.controlPlane}) {
        html += QStringLiteral("<p><b>%1</b> %2<br/><table cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(check->server.toHtmlEscaped(), check->url.toString().toHtmlEscaped());
        for (const ServerCheck::Line &line : check->lines) {
            const QString color = line.verdict == ServerCheck::Verdict::Passed
                ? QStringLiteral("#2e7d32")
                : line.verdict == ServerCheck::Verdict::Failed ? QStringLiteral("#c62828")
                                                               : QStringLiteral("palette(mid)");
            html += QStringLiteral(
                        "<tr><td style=\"color:%1\">%2</td><td style=\"padding-right:10px\">%3</td>"
                        "<td>%4</td></tr>")
                        .arg(color, verdictMark(line.verdict), stepName(line.step).toHtmlEscaped(),
                             line.text.toHtmlEscaped());
        }
        html += QStringLiteral("</table></p>");
        if (check->tlsProblem && check->tlsProblem->pinnable() && !m_trustable)
            m_trustable = check->tlsProblem;
    }
    html += report.passed() ? tr("<p style=\"color:#2e7d32\"><b>Both servers answered as "
                                 "expected.</b></p>")
                            : tr("<p style=\"color:#c62828\"><b>Not every check passed.</b></p>");
    m_ui->report->setHtml(html);
    if (m_trustable) {
        m_ui->trustButton->setText(tr("Trust the certificate of %1…").arg(m_trustable->origin));
        m_ui->trustButton->show();
    }
}

QString ConnectionsDialog::reportText() const
{
    return m_ui->report->toPlainText();
}

void ConnectionsDialog::trustCertificate()
{
    if (!m_trustable)
        return;
    const settings::TlsProblem problem = *m_trustable;
    const settings::CertificateFacts &c = problem.certificate;
    const QString text
        = tr("<p>%1 presented a certificate this computer does not trust (%2).</p>"
             "<p>Subject: %3<br/>Issuer: %4<br/>Valid: %5 to %6<br/>SHA-256: <tt>%7</tt></p>"
             "<p>Compare the fingerprint with the one your administrator gave you. Trusting it "
             "applies to this connection and this server only; a different certificate is "
             "refused again.</p>")
              .arg(problem.origin.toHtmlEscaped(), problem.reasonWords().toHtmlEscaped(),
                   c.subject.toHtmlEscaped(), c.issuer.toHtmlEscaped(),
                   c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate),
                   settings::formatFingerprint(c.sha256));
    QMessageBox box(QMessageBox::Warning, tr("Trust this certificate?"), text,
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::RichText);
    QPushButton *trust = box.addButton(tr("Trust this certificate"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != trust)
        return;
    m_pins.push_back({problem.origin, c.sha256});
    m_ui->pins->addItem(QStringLiteral("%1  SHA-256 %2")
                            .arg(problem.origin, settings::formatFingerprint(c.sha256)));
    m_dirty = true;
    setStatus(tr("Trusted for this connection once saved."), false);
    testConnection();
}

} // namespace eucora::app
