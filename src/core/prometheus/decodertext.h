// The translation context shared by the Prometheus decoders' messages (JSON envelope, metadata,
// text exposition): they are free functions.
#pragma once

#include <QCoreApplication>

namespace eucora::prometheus {

struct DecoderText
{
    Q_DECLARE_TR_FUNCTIONS(eucora::prometheus)
};

} // namespace eucora::prometheus
