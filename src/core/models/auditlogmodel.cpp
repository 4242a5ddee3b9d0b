#include "models/auditlogmodel.h"

#include "actions/actionstate.h"

#include <array>

namespace eucora::models {

namespace {

Tone stateTone(const QString &name)
{
    // "reconciled" says the console read the outcome back, not that it was good: neutral.
    switch (actions::stateFromName(name).value_or(actions::ActionState::Drafted)) {
    case actions::ActionState::Accepted:
        return Tone::Good;
    case actions::ActionState::Rejected:
        return Tone::Bad;
    case actions::ActionState::Unknown:
        return Tone::Warning;
    default:
        return Tone::Neutral;
    }
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : KeyedTableModel(ColumnCount, parent)
{ }

void AuditLogModel::setEntries(std::vector<actions::AuditEntry> entries)
{
    std::vector<AuditLine> lines;
    lines.reserve(entries.size());
    for (size_t i = entries.size(); i-- > 0;)
        lines.push_back({int(i), std::move(entries[i])});
    setRows(std::move(lines));
}

const actions::AuditEntry *AuditLogModel::entryAt(int row) const
{
    const AuditLine *line = rowAt(row);
    return line ? &line->entry : nullptr;
}

AuditLineKey AuditLogModel::keyOf(const AuditLine &line) const
{
    // The log only grows at its end, so a line's number counted from the oldest never changes
    // (its newest-first row does with every append). The time it was written joins it so that
    // a rotated or rewritten file, whose first line is another entry, is not taken for the
    // rows already shown.
    return {line.number, line.entry.time.toMSecsSinceEpoch()};
}

QStringList AuditLogModel::titles() const
{
    return {tr("Time"),  tr("Program"), tr("User"),    tr("Action"), tr("Target"),
            tr("State"), tr("HTTP"),    tr("Outcome"), tr("Reason"), tr("Idempotency key")};
}

QVariant AuditLogModel::titleToolTip(int column) const
{
    if (column == HttpStatus)
        return tr("HTTP status of the server's answer; empty when no answer arrived");
    return {};
}

QVariant AuditLogModel::display(const AuditLine &line, int column) const
{
    using actions::AuditEntry;
    // The columns that show one field as it was written; the others are computed below.
    static constexpr std::array<QString AuditEntry::*, ColumnCount> kTextFields {
        nullptr,
        &AuditEntry::program,
        &AuditEntry::user,
        &AuditEntry::action,
        &AuditEntry::target,
        &AuditEntry::state,
        nullptr,
        &AuditEntry::outcome,
        &AuditEntry::reason,
        &AuditEntry::idempotencyKey};
    const AuditEntry &entry = line.entry;
    if (column == HttpStatus)
        return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString();
    const auto field = kTextFields[size_t(column)];
    return field ? QVariant(entry.*field) : QVariant();
}

QVariant AuditLogModel::toolTip(const AuditLine &line, int column) const
{
    if (column == Target && !line.entry.server.isEmpty())
        return tr("%1 on %2").arg(line.entry.target, line.entry.server);
    return display(line, column);
}

Tone AuditLogModel::tone(const AuditLine &line, int column) const
{
    return column == State ? stateTone(line.entry.state) : Tone::Neutral;
}

const QDateTime *AuditLogModel::timeAt(const AuditLine &line, int column) const
{
    return column == Time ? &line.entry.time : nullptr;
}

QVariant AuditLogModel::sortValue(const AuditLine &line, int column) const
{
    if (column == HttpStatus)
        return line.entry.httpStatus;
    return display(line, column);
}

QVariant AuditLogModel::keyData(const AuditLine &line) const
{
    // The line key means nothing outside this model; the action's key is what ties the lines
    // of one action together.
    return line.entry.idempotencyKey;
}

} // namespace eucora::models
