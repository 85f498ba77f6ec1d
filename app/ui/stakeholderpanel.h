#pragma once

#include "core/workshop.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ui {

class Session;

// How much the stakeholders disagree on each criterion: the range of their
// shares, each stakeholder a dot, the consensus a diamond.
class DisagreementChart : public QWidget
{
    Q_OBJECT
public:
    explicit DisagreementChart(QWidget *parent = nullptr);
    void setData(const QStringList &criteria, const QVector<QVector<double>> &shares,
                 const QVector<core::workshop::Spread> &spread, const QVector<double> &consensus);
    const QVector<core::workshop::Spread> &spread() const { return m_spread; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_criteria;
    QVector<QVector<double>> m_shares;
    QVector<core::workshop::Spread> m_spread;
    QVector<double> m_consensus;
};

// Group weighting: each stakeholder profile's winner, the consensus of the
// chosen ones (arithmetic or geometric mean) and where they disagree; profile
// files to bring in the weights of participants on other laptops.
class StakeholderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StakeholderPanel(Session *session, QWidget *parent = nullptr);

    void setMean(core::workshop::Mean mean);
    // Profiles taking part (stakeholder profiles by default, or every
    // profile when none is marked as a stakeholder).
    QVector<int> included() const;
    void setIncluded(int profile, bool included);
    const core::workshop::Consensus &consensus() const { return m_consensus; }
    QStringList winners() const; // per included profile, as shown
    QTableWidget *table() const { return m_table; }
    DisagreementChart *chart() const { return m_chart; }

    // The buttons' actions; tests call them with paths instead of dialogs.
    bool useConsensus();
    bool saveConsensus();
    // Imports profile files as stakeholder profiles in one undoable edit;
    // returns how many, and lists each refused file with its reason.
    int importProfiles(const QStringList &paths, QStringList *problems);
    bool exportWeights(const QString &path, const QString &name, QString *error);

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void refresh();
    // The comparison's profiles, then the live workshop's participants.
    QVector<core::Profile> stakeholders() const;
    void onLiveStakeholders();
    QVector<double> consensusWeights() const;

    Session *m_session;
    QComboBox *m_mean = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    DisagreementChart *m_chart = nullptr;
    QVector<bool> m_included;
    QStringList m_liveNames;
    core::workshop::Consensus m_consensus;
    QStringList m_winners;
    core::EngineOptions m_options; // the ones the winners were computed with
};

} // namespace ui
