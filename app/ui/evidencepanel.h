#pragma once

#include "core/comparison.h"

#include <QTextBrowser>

namespace ui {

// The rationale of one score and the claims behind it, each with its source;
// disputed claims show their correction, disagreement is called out.
class EvidencePanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit EvidencePanel(QWidget *parent = nullptr);

    // `editable`: ends with a link that asks to edit the rationale and claims.
    void showCell(const core::Comparison &comparison, int option, int criterion, bool editable = false);
    void showHint();
    static QString html(const core::Comparison &comparison, int option, int criterion);

Q_SIGNALS:
    void editRequested();
};

} // namespace ui
