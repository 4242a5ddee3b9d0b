// Reads Prometheus text exposition (format 0.0.4, and OpenMetrics 1.0 text where it differs)
// into an Exposition. Bad lines never stop the parse: each is listed with its line number and
// reason and left out. Pure computation: run it on a worker thread for large scrapes.
#pragma once

#include "prometheus/exposition.h"

#include <QByteArray>

#include <memory>

namespace eucora::prometheus {

class StringInterner;

class ExpositionParser
{
public:
    enum class Format {
        Detect, // OpenMetrics when the text ends with "# EOF", else 0.0.4
        Text004, // timestamps in integer milliseconds; "# EOF" is an ordinary comment
        OpenMetrics, // timestamps in seconds; "# EOF" required; exemplars skipped
    };

    ExpositionParser();
    ~ExpositionParser();
    ExpositionParser(const ExpositionParser &) = delete;
    ExpositionParser &operator=(const ExpositionParser &) = delete;

    // Keep one parser for repeated scrapes of the same endpoint: the names and label values it
    // has seen are shared with earlier results instead of being allocated again. Not thread-safe;
    // use one parser per thread.
    Exposition parse(const QByteArray &text, Format format = Format::Detect);

private:
    std::unique_ptr<StringInterner> m_strings;
};

// One-off parse with a fresh parser.
Exposition parseExposition(const QByteArray &text);

} // namespace eucora::prometheus
