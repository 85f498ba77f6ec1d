#pragma once

#include "ui/editor/recordmodel.h"

#include <QVector>

namespace ui {

// The columns of the comparison editor's lists: what each shows, and how an
// edit is checked and applied (a refusal says why, in the editor's words).
QVector<RecordColumn> optionColumns();
QVector<RecordColumn> criterionColumns();
QVector<RecordColumn> groupColumns();
QVector<RecordColumn> profileColumns();
QVector<RecordColumn> sourceColumns();
QVector<RecordColumn> taskColumns();

} // namespace ui
