// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Medtour::Ui {

SourceEditDialog::SourceEditDialog(const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_name(new QLineEdit(source.name, this))
    , m_folder(new QLineEdit(source.folder, this))
    , m_interval(new QSpinBox(this))
    , m_timeZone(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_fullPage(new QCheckBox(tr("Fetch the full page of items that carry only a summary"), this))
    , m_enabled(new QCheckBox(tr("Sync this source"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit source"));
    setObjectName(QStringLiteral("sourceEditDialog"));
    auto *url = new QLineEdit(source.url.toString(), this);
    url->setReadOnly(true);
    url->setCursorPosition(0);
    m_folder->setPlaceholderText(tr("Optional, e.g. News/Korea"));
    m_interval->setRange(5, 7 * 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(qBound(5, source.intervalMinutes, 7 * 24 * 60));
    m_timeZone->addItem(tr("As the feed says (Seoul for Korean, else UTC)"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    if (!source.timeZone.isEmpty() && m_timeZone->findData(source.timeZone) < 0)
        m_timeZone->addItem(source.timeZone, source.timeZone);
    m_timeZone->setCurrentIndex(qMax(0, m_timeZone->findData(source.timeZone)));
    m_language->addItem(tr("As the feed says"), QString());
    for (const char *code : {"ko", "en", "ru", "ja", "zh", "vi", "th", "tr", "de", "ar", "kk", "uz", "mn"}) {
        const QString c = QString::fromLatin1(code);
        QString name =
            c == u"en" ? QStringLiteral("English") : QLocale(c).nativeLanguageName(); // not "American English"
        name = name.isEmpty() ? c : name.left(1).toUpper() + name.mid(1);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(name, c), c);
    }
    if (!source.language.isEmpty() && m_language->findData(source.language) < 0)
        m_language->addItem(source.language, source.language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(source.language)));
    m_fullPage->setChecked(source.fetchFullPage || source.kind == Source::Kind::Page);
    if (source.kind == Source::Kind::Page) { // a list page gives titles only: its articles are always read
        m_fullPage->setEnabled(false);
        m_fullPage->setToolTip(tr("A page source always reads its articles' pages."));
    }
    m_enabled->setChecked(source.enabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), url);
    form->addRow(tr("Folder:"), m_folder);
    form->addRow(tr("Check every:"), m_interval);
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_fullPage);
    form->addRow(QString(), m_enabled);
    m_message->setObjectName(QStringLiteral("sourceEditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceEditDialog::ok);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

void SourceEditDialog::ok()
{
    if (!m_submit) {
        accept();
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->setText(tr("Saving the change on the team server…"));
    m_message->show();
    m_submit(source());
}

void SourceEditDialog::submitted(const QString &problem)
{
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_message->setText(problem);
    m_message->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

Source SourceEditDialog::source() const
{
    Source s = m_source;
    s.name = m_name->text().trimmed().isEmpty() ? m_source.name : m_name->text().trimmed();
    s.folder = m_folder->text().trimmed();
    s.intervalMinutes = m_interval->value();
    s.timeZone = m_timeZone->currentData().toString();
    s.language = m_language->currentData().toString();
    s.fetchFullPage = m_fullPage->isChecked();
    s.enabled = m_enabled->isChecked();
    return s;
}

} // namespace Medtour::Ui
