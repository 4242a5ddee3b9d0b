// eucora-ctl: the command-line companion of EUCORA Console, on the same eucora_core.
#include "commands.h"
#include "ctloptions.h"
#include "ctloutput.h"
#include "ctlsession.h"
#include "ctltext.h"
#include "terminalprompt.h"

#include <QCoreApplication>
#include <QSettings>

#include <cstdio>

using namespace eucora::ctl;

namespace {

// --password-stdin: the first line of stdin; else $EUCORA_PASSWORD; else none.
bool readPassword(const CtlOptions &options, std::optional<QString> *password)
{
    if (options.passwordFromStdin) {
        *password = readStdinLine();
        return password->has_value();
    }
    if (qEnvironmentVariableIsSet("EUCORA_PASSWORD"))
        *password = qEnvironmentVariable("EUCORA_PASSWORD");
    return true;
}

ExitCode run(const CtlOptions &options)
{
    const CtlOutput output(options.json);
    if (options.command == QLatin1String("query"))
        return runQuery(options, output);

    std::optional<QString> password;
    if (!readPassword(options, &password))
        return output.fail(ExitCode::Usage,
                           CtlText::tr("--password-stdin: no password on standard input"));
    CtlSession session(options, std::move(password), output);
    if (!session.connectionProblem().isEmpty())
        return output.fail(ExitCode::Usage, session.connectionProblem());
    const CommandContext context {options, session, output};
    const QString &command = options.command;
    if (command == QLatin1String("login"))
        return runLogin(context);
    if (command == QLatin1String("deployments"))
        return runDeployments(context);
    if (command == QLatin1String("deployment"))
        return runDeployment(context);
    if (command == QLatin1String("rings"))
        return runRings(context);
    if (command == QLatin1String("breakers"))
        return runBreakers(context);
    if (command == QLatin1String("breaker-reset"))
        return runBreakerReset(context);
    if (command == QLatin1String("seed"))
        return runSeed(context);
    if (command == QLatin1String("rollback"))
        return runRollback(context);
    return output.fail(ExitCode::Usage, QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eucora-ctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("EUCORA"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EUCORA_VERSION));

    CtlOptions options;
    QString text;
    switch (parseCtlOptions(QCoreApplication::arguments(), &options, &text)) {
    case ParseOutcome::Help:
    case ParseOutcome::Version:
        std::fputs(text.toUtf8().constData(), stdout);
        return int(ExitCode::Ok);
    case ParseOutcome::UsageError:
        std::fprintf(stderr, "eucora-ctl: %s\n", text.toUtf8().constData());
        return int(ExitCode::Usage);
    case ParseOutcome::Run:
        break;
    }
    const std::unique_ptr<QSettings> settings = eucora::settings::ProfileStore::openDefault();
    if (!resolveConnection(eucora::settings::ProfileStore(settings.get()), &options, &text)) {
        std::fprintf(stderr, "eucora-ctl: %s\n", text.toUtf8().constData());
        return int(ExitCode::Usage);
    }
    return int(run(options));
}
