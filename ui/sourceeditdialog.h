// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Medtour::Ui {

/// Edits one source's settings: name, folder, check interval, time zone for dates without one,
/// language, fetching the full page, enabled. source() gives the edited copy.
class SourceEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditDialog)

public:
    explicit SourceEditDialog(const Source &source, QWidget *parent = nullptr);

    Source source() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *intervalBox() const { return m_interval; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *fullPageBox() const { return m_fullPage; }
    QCheckBox *enabledBox() const { return m_enabled; }

private:
    Source m_source;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_fullPage = nullptr;
    QCheckBox *m_enabled = nullptr;
};

} // namespace Medtour::Ui
