// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Medtour::Ui {

ExportDialog::ExportDialog(Purpose purpose, int selectedCount, int filterCount, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_selection(new QRadioButton(tr("&Selected articles (%n)", nullptr, selectedCount), this))
    , m_filter(new QRadioButton(tr("&All articles under the current filter (%n)", nullptr, filterCount), this))
    , m_title(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_groupBy(new QComboBox(this))
    , m_leadOnly(new QCheckBox(tr("&Lead only (not the full text)"), this))
    , m_pagePerArticle(new QCheckBox(tr("One article per &page"), this))
    , m_pageSize(new QComboBox(this))
    , m_format(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(purpose == Purpose::Pdf ? tr("Export PDF Report") : tr("Print Report"));

    auto *scopeBox = new QGroupBox(tr("Articles"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_selection);
    scopeLayout->addWidget(m_filter);
    m_selection->setEnabled(selectedCount > 0);
    m_filter->setEnabled(filterCount > 0);
    (selectedCount > 1 || filterCount == 0 ? m_selection : m_filter)->setChecked(true);

    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(defaultTitle());
    m_title->setMaxLength(300);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setMaxLength(200);
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->addItem(tr("No grouping"), int(Export::GroupBy::None));
    m_groupBy->addItem(tr("By date"), int(Export::GroupBy::Date));
    m_groupBy->addItem(tr("By market"), int(Export::GroupBy::Market));
    m_groupBy->addItem(tr("By outlet"), int(Export::GroupBy::Outlet));
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->addItem(tr("A4"), int(Export::PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(Export::PageSize::Letter));

    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PDF clipping report"), int(Export::ReportFormat::Pdf));
    m_format->addItem(tr("Editable document (ODT: Hancom Office, Word, LibreOffice)"), int(Export::ReportFormat::Odt));
    m_format->addItem(tr("Spreadsheet (XLSX) with counts and charts"), int(Export::ReportFormat::Xlsx));
    m_format->addItem(tr("Table (CSV, UTF-8)"), int(Export::ReportFormat::Csv));
    auto *form = new QFormLayout;
    if (purpose == Purpose::Pdf)
        form->addRow(tr("&Format:"), m_format);
    else
        m_format->hide();
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Grouping:"), m_groupBy);
    if (purpose == Purpose::Pdf)
        form->addRow(tr("Page si&ze:"), m_pageSize);
    else
        m_pageSize->hide();
    form->addRow(QString(), m_leadOnly);
    form->addRow(QString(), m_pagePerArticle);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Pdf ? tr("&Export…") : tr("&Print…"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedCount > 0 || filterCount > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(buttons);
    loadSettings();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::defaultTitle()
{
    return Export::defaultTitle(QLocale().name());
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_selection->isChecked() ? Scope::Selection : Scope::Filter;
}

Export::ReportOptions ExportDialog::options() const
{
    Export::ReportOptions o;
    o.title = m_title->text().trimmed().isEmpty() ? defaultTitle() : m_title->text().trimmed();
    o.organisation = m_organisation->text().trimmed();
    o.groupBy = Export::GroupBy(m_groupBy->currentData().toInt());
    o.leadOnly = m_leadOnly->isChecked();
    o.pagePerArticle = m_pagePerArticle->isChecked();
    o.pageSize = Export::PageSize(m_pageSize->currentData().toInt());
    o.labelLanguage = QLocale().name().startsWith(u"ko")   ? QStringLiteral("ko")
                      : QLocale().name().startsWith(u"ru") ? QStringLiteral("ru")
                                                           : QStringLiteral("en");
    return o;
}

Export::ReportFormat ExportDialog::format() const
{
    return m_purpose == Purpose::Pdf ? Export::ReportFormat(m_format->currentData().toInt())
                                     : Export::ReportFormat::Pdf;
}

void ExportDialog::setOptions(const Export::ReportOptions &options)
{
    m_title->setText(options.title);
    m_organisation->setText(options.organisation);
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(int(options.groupBy))));
    m_leadOnly->setChecked(options.leadOnly);
    m_pagePerArticle->setChecked(options.pagePerArticle);
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(options.pageSize))));
}

void ExportDialog::loadSettings()
{
    const QSettings settings;
    Export::ReportOptions o;
    o.organisation = settings.value(QStringLiteral("export/organisation")).toString();
    Export::groupByFromName(settings.value(QStringLiteral("export/groupBy")).toString(), &o.groupBy);
    Export::pageSizeFromName(settings.value(QStringLiteral("export/pageSize"), QStringLiteral("A4")).toString(),
                             &o.pageSize);
    o.leadOnly = settings.value(QStringLiteral("export/leadOnly"), false).toBool();
    o.pagePerArticle = settings.value(QStringLiteral("export/pagePerArticle"), false).toBool();
    setOptions(o);
    Export::ReportFormat format = Export::ReportFormat::Pdf;
    Export::formatFromName(settings.value(QStringLiteral("export/format")).toString(), &format);
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

void ExportDialog::saveSettings() const
{
    const Export::ReportOptions o = options();
    QSettings settings;
    settings.setValue(QStringLiteral("export/organisation"), o.organisation);
    settings.setValue(QStringLiteral("export/groupBy"), Export::groupByName(o.groupBy));
    if (m_purpose == Purpose::Pdf)
        settings.setValue(QStringLiteral("export/pageSize"), Export::pageSizeName(o.pageSize));
    settings.setValue(QStringLiteral("export/leadOnly"), o.leadOnly);
    settings.setValue(QStringLiteral("export/pagePerArticle"), o.pagePerArticle);
    if (m_purpose == Purpose::Pdf)
        settings.setValue(QStringLiteral("export/format"), Export::formatName(format()));
}

void ExportDialog::accept()
{
    saveSettings();
    QDialog::accept();
}

} // namespace Medtour::Ui
