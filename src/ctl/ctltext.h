// The translation context of eucora-ctl's messages for code outside a Q_OBJECT class: the
// commands and their helpers are free functions.
#pragma once

#include <QCoreApplication>

namespace eucora::ctl {

struct CtlText
{
    Q_DECLARE_TR_FUNCTIONS(eucora::ctl)
};

} // namespace eucora::ctl
