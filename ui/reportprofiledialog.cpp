// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprofiledialog.h"

#include "export/reportbuilder.h"
#include "mail/mailmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Medtour::Ui {

ReportProfileDialog::ReportProfileDialog(const ReportProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_every(new QComboBox(this))
    , m_weekday(new QComboBox(this))
    , m_at(new QTimeEdit(profile.schedule.at, this))
    , m_groupBy(new QComboBox(this))
    , m_title(new QLineEdit(profile.title, this))
    , m_organisation(new QLineEdit(profile.organisation, this))
    , m_folder(new QLineEdit(profile.folder, this))
    , m_mailTo(new QLineEdit(profile.mailTo.join(QStringLiteral(", ")), this))
    , m_enabled(new QCheckBox(tr("&Run on schedule"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(profile.id == 0 ? tr("New Report") : tr("Edit Report"));
    m_name->setObjectName(QStringLiteral("name"));
    m_every->setObjectName(QStringLiteral("every"));
    m_every->addItem(tr("Daily"), int(ReportSchedule::Every::Daily));
    m_every->addItem(tr("Weekdays (Monday to Friday)"), int(ReportSchedule::Every::Weekdays));
    m_every->addItem(tr("Weekly"), int(ReportSchedule::Every::Weekly));
    m_every->setCurrentIndex(std::max(0, m_every->findData(int(profile.schedule.every))));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_weekday->setCurrentIndex(std::clamp(profile.schedule.weekday, 1, 7) - 1);
    m_weekday->setEnabled(profile.schedule.every == ReportSchedule::Every::Weekly);
    connect(m_every, &QComboBox::currentIndexChanged, this, [this] {
        m_weekday->setEnabled(ReportSchedule::Every(m_every->currentData().toInt()) == ReportSchedule::Every::Weekly);
    });
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *when = new QHBoxLayout;
    when->addWidget(m_every, 1);
    when->addWidget(m_weekday);
    when->addWidget(new QLabel(tr("at"), this));
    when->addWidget(m_at);

    auto *formats = new QHBoxLayout;
    const QStringList labels{tr("PDF"), tr("ODT (editable)"), tr("XLSX"), tr("CSV")};
    const QStringList known = ReportProfile::knownFormats();
    for (int i = 0; i < known.size(); ++i) {
        auto *box = new QCheckBox(labels.value(i), this);
        box->setObjectName(QStringLiteral("format-") + known[i]);
        box->setChecked(profile.formats.contains(known[i]));
        m_formats << box;
        formats->addWidget(box);
    }
    formats->addStretch();

    m_groupBy->addItem(tr("No grouping"), QString());
    m_groupBy->addItem(tr("By date"), QStringLiteral("date"));
    m_groupBy->addItem(tr("By market"), QStringLiteral("market"));
    m_groupBy->addItem(tr("By outlet"), QStringLiteral("outlet"));
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(profile.groupBy)));
    m_title->setPlaceholderText(Export::defaultTitle(QLocale().name()));
    m_folder->setPlaceholderText(tr("reports/ beside the cache"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Reports"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(browse);
    m_mailTo->setObjectName(QStringLiteral("mailTo"));
    m_mailTo->setPlaceholderText(tr("director@example.org, team@example.org"));
    m_enabled->setChecked(profile.enabled);

    const QString filter = Export::ReportBuilder::filterSummary(profile.query);
    QString filterText = profile.query.text.isEmpty()
                             ? filter
                             : tr("search “%1”").arg(profile.query.text) +
                                   (filter.isEmpty() ? QString() : QStringLiteral(" · ") + filter);
    auto *filterLabel = new QLabel(filterText.isEmpty() ? tr("All articles") : filterText, this);
    filterLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Articles:"), filterLabel);
    form->addRow(tr("When:"), when);
    form->addRow(tr("Formats:"), formats);
    form->addRow(tr("&Grouping:"), m_groupBy);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Folder:"), folder);
    form->addRow(tr("&E-mail to:"), m_mailTo);
    form->addRow(QString(), m_enabled);
    auto *note = new QLabel(tr("Each run reports the articles that arrived since the previous run. E-mail needs the "
                               "mail server: medtour-cli mail setup."),
                            this);
    note->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ReportProfile ReportProfileDialog::profile() const
{
    ReportProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.schedule.every = ReportSchedule::Every(m_every->currentData().toInt());
    p.schedule.weekday = m_weekday->currentData().toInt();
    p.schedule.at = m_at->time();
    p.formats.clear();
    const QStringList known = ReportProfile::knownFormats();
    for (int i = 0; i < m_formats.size(); ++i) {
        if (m_formats[i]->isChecked())
            p.formats << known[i];
    }
    p.groupBy = m_groupBy->currentData().toString();
    p.title = m_title->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.folder = m_folder->text().trimmed();
    p.mailTo.clear();
    for (const QString &address : m_mailTo->text().split(u',', Qt::SkipEmptyParts)) {
        if (!address.trimmed().isEmpty())
            p.mailTo << address.trimmed();
    }
    p.enabled = m_enabled->isChecked();
    return p;
}

void ReportProfileDialog::accept()
{
    const ReportProfile p = profile();
    QString problem;
    if (p.name.isEmpty())
        problem = tr("Give the report a name.");
    else if (p.formats.isEmpty())
        problem = tr("Choose at least one format.");
    for (const QString &address : p.mailTo) {
        if (problem.isEmpty() && Mail::bareAddress(address).isEmpty())
            problem = tr("“%1” is not an e-mail address.").arg(address);
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Medtour::Ui
