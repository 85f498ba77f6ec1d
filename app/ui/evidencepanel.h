#pragma once

#include "comparison.h"

#include <QTextBrowser>

namespace ui {

// The rationale of one score and the claims behind it, each with its source;
// disputed claims show their correction, disagreement is called out.
class EvidencePanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit EvidencePanel(QWidget *parent = nullptr);

    void showCell(const core::Comparison &comparison, int option, int criterion);
    void showHint();
    static QString html(const core::Comparison &comparison, int option, int criterion);
};

} // namespace ui
