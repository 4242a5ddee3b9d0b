// The model's enums spelled as Grafana's JSON spells them, both ways. A name Grafana does not
// use comes back empty so the loader can report it instead of guessing.
#pragma once

#include <QString>

#include <optional>

namespace eucora::dashboard {

template<typename E> std::optional<E> fromGrafanaName(const QString &name);
template<typename E> QString grafanaName(E value);

} // namespace eucora::dashboard
