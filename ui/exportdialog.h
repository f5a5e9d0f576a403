// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportformats.h"
#include "export/reportmodel.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace Medtour::Ui {

/// The options of a PDF report or a print-out: what to include and how to lay it out. It remembers
/// the organisation and the layout choices between uses (QSettings "export/…").
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Purpose
    {
        Pdf,
        Print ///< no page size: the print dialog chooses the paper
    };
    enum class Scope
    {
        Selection,
        Filter
    };

    ExportDialog(Purpose purpose, int selectedCount, int filterCount, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Scope scope() const;
    Export::ReportOptions options() const;
    /// PDF, ODT (editable), XLSX or CSV; always PDF for a print-out.
    Export::ReportFormat format() const;
    void setOptions(const Export::ReportOptions &options);

    /// The default title in the current UI language.
    static QString defaultTitle();

    void accept() override;

private:
    void loadSettings();
    void saveSettings() const;

    Purpose m_purpose;
    QRadioButton *m_selection = nullptr;
    QRadioButton *m_filter = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_groupBy = nullptr;
    QCheckBox *m_leadOnly = nullptr;
    QCheckBox *m_pagePerArticle = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_format = nullptr;
};

} // namespace Medtour::Ui
