// Connection profiles in QSettings (never a secret there), the choice of connection from a
// profile and the command line, and how a refused certificate is put into words.
#include "settings/connectionchoice.h"
#include "settings/connectionprofile.h"
#include "settings/tlsproblem.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace eucora;
using namespace eucora::settings;

class TstConnectionProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshSettings(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

    static ConnectionProfile production()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("prod / eu");
        p.prometheusUrl = QUrl(QStringLiteral("https://prom.example:9090/prometheus"));
        p.controlPlaneUrl = QUrl(QStringLiteral("https://eucora.example"));
        p.prometheusAuth = PrometheusAuth::Basic;
        p.prometheusUser = QStringLiteral("grafana");
        p.tls.caFile = QStringLiteral("/etc/ssl/company-ca.pem");
        p.tls.certFile = QStringLiteral("/home/op/op.pem");
        p.tls.keyFile = QStringLiteral("/home/op/op.key");
        p.tls.pins.push_back({QStringLiteral("https://eucora.example:443"), "ab12cd"});
        p.proxy = {ProxyMode::Manual, QStringLiteral("proxy.example"), 3128};
        p.timeout = std::chrono::seconds(20);
        p.defaultRange = std::chrono::hours(6);
        p.refresh = std::chrono::seconds(30);
        p.controlPlaneUser = QStringLiteral("operator");
        p.rememberPassword = true;
        return p;
    }

private slots:
    void profileRoundTripsAndHoldsNoSecret()
    {
        auto settings = freshSettings(QStringLiteral("roundtrip.conf"));
        ProfileStore store(settings.get());
        const ConnectionProfile p = production();
        QVERIFY(p.problem().isEmpty());
        store.save(p);
        store.setLastUsed(p.name);
        QCOMPARE(store.names(), QStringList {p.name});
        QVERIFY(store.load(p.name) == p);
        QCOMPARE(store.lastUsed(), p.name);
        QVERIFY(!store.load(QStringLiteral("prod")));

        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        for (const char *word : {"secret", "token", "sessionid", "csrftoken"})
            QVERIFY2(!text.contains(word), word);
        // The only key about a password says whether one is remembered (in the keychain).
        for (const QString &key : settings->allKeys()) {
            if (key.contains(QLatin1String("password"), Qt::CaseInsensitive))
                QVERIFY2(key.endsWith(QLatin1String("/rememberPassword")), qPrintable(key));
        }

        store.remove(p.name);
        QVERIFY(store.names().isEmpty());
        QVERIFY(store.lastUsed().isEmpty());
    }

    void namesAreSortedWhateverTheyContain()
    {
        auto settings = freshSettings(QStringLiteral("names.conf"));
        ProfileStore store(settings.get());
        for (const QString &name : {QStringLiteral("zeta"), QStringLiteral("Alpha"),
                                    QStringLiteral("a/b\\c=d"), QStringLiteral("Straße")}) {
            ConnectionProfile p = production();
            p.name = name;
            store.save(p);
        }
        QCOMPARE(store.names(),
                 (QStringList {QStringLiteral("a/b\\c=d"), QStringLiteral("Alpha"),
                               QStringLiteral("Straße"), QStringLiteral("zeta")}));
        QCOMPARE(store.load(QStringLiteral("a/b\\c=d"))->name, QStringLiteral("a/b\\c=d"));
    }

    void problemsAreNamed_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("words");
        QTest::newRow("no name") << 0 << "name";
        QTest::newRow("ftp prometheus") << 1 << "Prometheus URL";
        QTest::newRow("no control plane") << 2 << "control-plane URL";
        QTest::newRow("basic without user") << 3 << "user name";
        QTest::newRow("certificate without key") << 4 << "key file";
        QTest::newRow("manual proxy without host") << 5 << "proxy";
    }

    void problemsAreNamed()
    {
        QFETCH(int, change);
        QFETCH(QString, words);
        ConnectionProfile p = production();
        switch (change) {
        case 0:
            p.name = QStringLiteral("  ");
            break;
        case 1:
            p.prometheusUrl = QUrl(QStringLiteral("ftp://prom.example"));
            break;
        case 2:
            p.controlPlaneUrl = QUrl();
            break;
        case 3:
            p.prometheusUser.clear();
            break;
        case 4:
            p.tls.keyFile.clear();
            break;
        case 5:
            p.proxy.host.clear();
            break;
        }
        QVERIFY2(p.problem().contains(words), qPrintable(p.problem()));
    }

    void commandLineOverridesTheProfile()
    {
        auto settings = freshSettings(QStringLiteral("choice.conf"));
        ProfileStore store(settings.get());
        store.save(production());
        ConnectionProfile defaults;
        defaults.prometheusUrl = QUrl(QStringLiteral("http://localhost:9090"));
        defaults.controlPlaneUrl = QUrl(QStringLiteral("http://localhost:8000"));

        auto choice = chooseConnection(store, QStringLiteral("prod / eu"), {}, defaults);
        QVERIFY(choice.ok());
        QVERIFY(choice.value().fromProfile);
        QVERIFY(!choice.value().overridden);
        QVERIFY(choice.value().profile == production());

        ConnectionOverrides overrides;
        overrides.controlPlaneUrl = QUrl(QStringLiteral("https://staging.example"));
        overrides.caFile = QStringLiteral("/tmp/ca.pem");
        choice = chooseConnection(store, QStringLiteral("prod / eu"), overrides, defaults);
        QVERIFY(choice.ok() && choice.value().overridden);
        QCOMPARE(choice.value().profile.controlPlaneUrl, *overrides.controlPlaneUrl);
        QCOMPARE(choice.value().profile.prometheusUrl, production().prometheusUrl);
        QCOMPARE(choice.value().profile.tls.caFile, overrides.caFile);
        QCOMPARE(choice.value().profile.tls.certFile, production().tls.certFile);

        choice = chooseConnection(store, {}, {}, defaults);
        QVERIFY(choice.ok() && !choice.value().fromProfile);
        QCOMPARE(choice.value().profile.controlPlaneUrl, defaults.controlPlaneUrl);

        choice = chooseConnection(store, QStringLiteral("staging"), {}, defaults);
        QVERIFY(!choice.ok());
        QVERIFY2(choice.error().contains(QLatin1String("\"staging\""))
                     && choice.error().contains(QLatin1String("prod / eu")),
                 qPrintable(choice.error()));
    }

    void refusalsAreInWordsAndOnlyTrustMayBePinned()
    {
        TlsProblem problem;
        problem.origin = QStringLiteral("https://eucora.example:443");
        problem.certificate.subject = QStringLiteral("CN=eucora.example");
        problem.certificate.issuer = QStringLiteral("CN=Corp CA");
        problem.certificate.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        problem.certificate.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        problem.certificate.sha256 = "0a1b2c";
        problem.reasons = {TlsProblem::Reason::UnknownIssuer, TlsProblem::Reason::HostNameMismatch};
        QCOMPARE(problem.reasonWords(), QStringLiteral("unknown issuer, host name mismatch"));
        QVERIFY(problem.pinnable());
        const QString sentence = problem.describe();
        for (const char *part : {"CN=eucora.example", "CN=Corp CA", "2026-01-01T00:00:00Z",
                                 "2027-01-01T00:00:00Z", "0A:1B:2C"})
            QVERIFY2(sentence.contains(QLatin1String(part)), qPrintable(sentence));
        problem.reasons << TlsProblem::Reason::Expired;
        QVERIFY(!problem.pinnable());
        problem.reasons = {TlsProblem::Reason::Revoked};
        QVERIFY(!problem.pinnable());
        QCOMPARE(problem.reasonWords(), QStringLiteral("revoked"));
    }

    void backendErrorsMapToReasons()
    {
        const QList<QSslError> errors {QSslError(QSslError::SelfSignedCertificate),
                                       QSslError(QSslError::HostNameMismatch),
                                       QSslError(QSslError::CertificateExpired),
                                       QSslError(QSslError::UnableToGetLocalIssuerCertificate)};
        const TlsProblem problem
            = tlsProblemOf(QStringLiteral("https://h:1"), errors, QSslCertificate());
        QVERIFY(problem.reasons
                == (QList {TlsProblem::Reason::UnknownIssuer, TlsProblem::Reason::HostNameMismatch,
                           TlsProblem::Reason::Expired}));
        QVERIFY(problem.certificate.isNull());
        QVERIFY(!problem.pinnable()); // nothing to pin without the certificate
        QVERIFY(problem.describe().contains(QLatin1String("expired")));
    }

    void originsFillInTheDefaultPort()
    {
        QCOMPARE(originOf(QUrl(QStringLiteral("https://EUCORA.example/api/v1/"))),
                 QStringLiteral("https://eucora.example:443"));
        QCOMPARE(originOf(QUrl(QStringLiteral("http://127.0.0.1:8000"))),
                 QStringLiteral("http://127.0.0.1:8000"));
        QCOMPARE(formatFingerprint("0a1b"), QStringLiteral("0A:1B"));
    }
};

QTEST_GUILESS_MAIN(TstConnectionProfile)
#include "tst_connectionprofile.moc"
