#pragma once

#include "comparison.h"
#include "engine.h"
#include "verdict.h"

#include <QFrame>

class QLabel;

namespace ui {

// The plain-language verdict: headline, drivers, flip conditions, caveats.
class VerdictPanel : public QFrame
{
    Q_OBJECT
public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    void setVerdict(const core::Comparison &comparison, const core::Verdict &verdict, const core::Result &result);
    QString headline() const;
    QString details() const;

private:
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_method = nullptr;
};

} // namespace ui
