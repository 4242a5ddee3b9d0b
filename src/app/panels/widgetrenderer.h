// A panel whose content is a view of the console's own (the deployments, breakers, events and
// audit tables of the eucora-* panel types): the view polls the control plane itself; the panel
// hands it the dashboard's window and exports its rows.
#pragma once

#include "panels/panelrenderer.h"

#include <functional>

class QAbstractItemModel;

namespace eucora::app {

class WidgetRenderer : public PanelRenderer
{
    Q_OBJECT

public:
    using ContextSink = std::function<void(const PanelContext &)>;

    // `content` becomes a child; `model` is exported as rows (may be null).
    WidgetRenderer(const dashboard::Panel &panel, QWidget *content, const QAbstractItemModel *model,
                   ContextSink sink = {}, QWidget *parent = nullptr);

    // The content's own test of having shown its first answer; settledChanged() must be emitted
    // when it may have changed. Without one the renderer is always settled.
    void setSettledCheck(std::function<bool()> check) { m_settledCheck = std::move(check); }
    bool settled() const override { return !m_settledCheck || m_settledCheck(); }
    void setErrorCheck(std::function<QString()> check) { m_errorCheck = std::move(check); }
    QString errorText() const override { return m_errorCheck ? m_errorCheck() : QString(); }

    // What --export writes instead of the model's rows.
    void setExporter(std::function<QJsonObject()> exporter) { m_exporter = std::move(exporter); }

    using StatusCheck = std::function<dashboard::PanelStatus(const QDateTime &now)>;
    void setStatusCheck(StatusCheck check) { m_statusCheck = std::move(check); }
    std::optional<dashboard::PanelStatus> ownStatus(const QDateTime &now) const override
    {
        if (!m_statusCheck)
            return std::nullopt;
        return m_statusCheck(now);
    }

    QWidget *content() const { return m_content; }
    void showData(const dashboard::PanelState &state, const PanelContext &context) override;
    QJsonObject exportContent() const override;

private:
    QWidget *m_content;
    const QAbstractItemModel *m_model;
    ContextSink m_sink;
    std::function<bool()> m_settledCheck;
    std::function<QString()> m_errorCheck;
    std::function<QJsonObject()> m_exporter;
    StatusCheck m_statusCheck;
};

// Every row of `model` as {column title: shown text}.
QJsonArray modelRows(const QAbstractItemModel &model);

} // namespace eucora::app
