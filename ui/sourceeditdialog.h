// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "sourcesubmit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
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
    /// A team's source: OK hands the edited copy to `submit` and waits for submitted().
    void setSubmit(SourceSubmit submit) { m_submit = std::move(submit); }
    /// The team server's answer: closes, or stays open with `problem` and the edits.
    void submitted(const QString &problem);
    QLabel *messageLabel() const { return m_message; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *intervalBox() const { return m_interval; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *fullPageBox() const { return m_fullPage; }
    QCheckBox *enabledBox() const { return m_enabled; }

private:
    void ok();

    Source m_source;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_fullPage = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SourceSubmit m_submit;
};

} // namespace Medtour::Ui
