#pragma once

#include "core/comparison.h"
#include "core/engine.h"
#include "core/verdict.h"

#include <QTextBrowser>

namespace ui {

// The plain-language verdict: headline, drivers, flip conditions, caveats.
// One text document rather than labels: new text re-lays out this document
// only, never the window around it (labels would ask every layout up the
// tree for a new size on each weight change).
class VerdictPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    void setVerdict(const core::Comparison &comparison, const core::Verdict &verdict,
                    const core::Result &result);
    // At a level of the criteria tree (0: each criterion) the verdict also
    // names the groups at that level that drive the winner's lead.
    void setTreeLevel(int level) { m_level = level; }
    QString headline() const { return m_headline; }
    QStringList details() const { return m_details; }
    bool isFragile() const { return m_fragile; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Adds or removes list items at the end so that the list has `lines`
    // items (their text still to be set); false if the document is not
    // shaped for it.
    bool resizeList(qsizetype lines);
    // Puts the new headline and lines in the document as it is (same method,
    // lines before and after) and repaints only what changed; false if the
    // document must be written anew.
    bool editInPlace(const QString &headline, const QStringList &details);
    QString levelDrivers(const core::Comparison &c, const core::Verdict &v, const core::Result &r) const;
    bool m_fragile = false;
    int m_level = 0;
    QString m_headline;
    QStringList m_details;
    QString m_method;
    bool m_written = false; // the document holds a verdict written from HTML
};

} // namespace ui
