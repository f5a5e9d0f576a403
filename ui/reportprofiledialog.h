// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reportprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace Medtour::Ui {

/// Creates or edits one report profile: name, schedule, formats, grouping, title, organisation,
/// folder and e-mail recipients. The filter is the one the profile was made from (the current
/// filter for a new one), shown in words.
class ReportProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportProfileDialog)

public:
    ReportProfileDialog(const ReportProfile &profile, QWidget *parent = nullptr);

    /// The profile with the dialog's settings (its id, filter and run state unchanged).
    ReportProfile profile() const;
    void accept() override;

private:
    ReportProfile m_profile;
    QLineEdit *m_name = nullptr;
    QComboBox *m_every = nullptr;
    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_at = nullptr;
    QList<QCheckBox *> m_formats;
    QComboBox *m_groupBy = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_mailTo = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Medtour::Ui
