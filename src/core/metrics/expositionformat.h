// Text exposition format 0.0.4 building blocks, byte-compatible with Python's prometheus-client
// (the library EUCORA exports its metrics with).
#pragma once

#include <QByteArray>
#include <QString>

namespace eucora::metrics {

// prometheus-client's floatToGoString: Python repr, "+Inf"/"-Inf"/"NaN", and Go-style exponents
// for positive values with more than six integer digits ("1.7955573236533766e+09").
QByteArray formatValue(double value);

// Escapes backslash, double quote and line feed inside a label value.
QByteArray escapeLabelValue(const QString &value);

// Escapes backslash and line feed in HELP text.
QByteArray escapeHelp(const QString &help);

} // namespace eucora::metrics
