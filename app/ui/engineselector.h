#pragma once

#include "core/engine.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace ui {

// The method, normalisation and missing-score selectors, and VIKOR's v
// (shown while VIKOR is chosen).  Picking a method
// also picks its usual normalisation (the user can change it after); every
// change is announced as one set of engine options.
class EngineSelector : public QWidget
{
    Q_OBJECT
public:
    explicit EngineSelector(QWidget *parent = nullptr);

    core::EngineOptions options() const;
    // Shows `options` without announcing them.
    void setOptions(const core::EngineOptions &options);

    QComboBox *methodBox() const { return m_method; }
    QComboBox *normalizationBox() const { return m_normalization; }
    QComboBox *missingBox() const { return m_missing; }
    QDoubleSpinBox *vikorVBox() const { return m_vikorV; }

Q_SIGNALS:
    void optionsEdited(const core::EngineOptions &options);

private:
    void onMethodChanged();
    void showVariantControls();

    QComboBox *m_method = nullptr;
    QComboBox *m_normalization = nullptr;
    QComboBox *m_missing = nullptr;
    QLabel *m_vikorVLabel = nullptr;
    QDoubleSpinBox *m_vikorV = nullptr;
    core::EngineOptions m_options;
};

} // namespace ui
