#include "settings/connectionchoice.h"

namespace eucora::settings {

Result<ConnectionChoice, QString> chooseConnection(const ProfileStore &store,
                                                   const QString &profileName,
                                                   const ConnectionOverrides &overrides,
                                                   const ConnectionProfile &defaults)
{
    ConnectionChoice choice;
    choice.profile = defaults;
    if (!profileName.isEmpty()) {
        std::optional<ConnectionProfile> saved = store.load(profileName);
        if (!saved) {
            const QStringList known = store.names();
            return known.isEmpty()
                ? ConnectionChoice::tr("there is no connection profile \"%1\" (none is saved)")
                      .arg(profileName)
                : ConnectionChoice::tr("there is no connection profile \"%1\" (saved: %2)")
                      .arg(profileName, known.join(QStringLiteral(", ")));
        }
        choice.profile = std::move(*saved);
        choice.fromProfile = true;
    }
    const auto set = [&choice](auto &field, const auto &value) {
        if (field != value) {
            field = value;
            choice.overridden = true;
        }
    };
    if (overrides.prometheusUrl)
        set(choice.profile.prometheusUrl, *overrides.prometheusUrl);
    if (overrides.controlPlaneUrl)
        set(choice.profile.controlPlaneUrl, *overrides.controlPlaneUrl);
    if (!overrides.caFile.isEmpty())
        set(choice.profile.tls.caFile, overrides.caFile);
    if (!overrides.certFile.isEmpty())
        set(choice.profile.tls.certFile, overrides.certFile);
    if (!overrides.keyFile.isEmpty())
        set(choice.profile.tls.keyFile, overrides.keyFile);
    return choice;
}

} // namespace eucora::settings
