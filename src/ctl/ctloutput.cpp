#include "ctloutput.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace eucora::ctl {

namespace {

void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), QLatin1Char(' '));
}

} // namespace

void CtlOutput::table(const QStringList &headers, const std::vector<QStringList> &rows) const
{
    std::vector<qsizetype> widths(size_t(headers.size()), 0);
    const auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && size_t(i) < widths.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], cells.at(i).size());
    };
    measure(headers);
    for (const QStringList &row : rows)
        measure(row);
    const auto format = [&widths](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            out += last ? cells.at(i)
                        : padded(cells.at(i), widths[size_t(i)]) + QStringLiteral("  ");
        }
        return out;
    };
    writeLine(stdout, format(headers));
    for (const QStringList &row : rows)
        writeLine(stdout, format(row));
}

void CtlOutput::fields(const std::vector<std::pair<QString, QString>> &fields) const
{
    qsizetype width = 0;
    for (const auto &[key, value] : fields)
        width = std::max(width, key.size() + 1);
    for (const auto &[key, value] : fields)
        writeLine(stdout, padded(key + QLatin1Char(':'), width) + QLatin1Char(' ') + value);
}

void CtlOutput::line(const QString &text) const
{
    writeLine(stdout, text);
}

void CtlOutput::document(const QJsonObject &json) const
{
    writeLine(stdout,
              QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
}

void CtlOutput::note(const QString &text) const
{
    writeLine(stderr, QStringLiteral("eucora-ctl: ") + text);
}

void CtlOutput::detail(const QString &text) const
{
    writeLine(stderr, text);
}

ExitCode CtlOutput::fail(const CtlFailure &failure) const
{
    note(failure.message);
    if (m_json) {
        QJsonObject error {{QStringLiteral("exit_code"), int(failure.code)},
                           {QStringLiteral("message"), failure.message}};
        if (failure.httpStatus > 0)
            error.insert(QStringLiteral("http_status"), failure.httpStatus);
        document({{QStringLiteral("error"), error}});
    }
    return failure.code;
}

ExitCode CtlOutput::fail(ExitCode code, const QString &message) const
{
    return fail(CtlFailure {code, message, 0});
}

QString CtlOutput::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("-");
    const QDateTime local = utc.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + local.timeZoneAbbreviation();
}

QString CtlOutput::orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace eucora::ctl
