// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetsection.h"

#include <QCollator>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Medtour::Ui {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;
constexpr int kCountRole = Qt::UserRole + 2;
constexpr int kVisibleRows = 7;
} // namespace

FacetSection::FacetSection(FacetKind kind, const QString &title, std::function<QString(const FacetValue &)> labeler,
                           QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_labeler(std::move(labeler))
    , m_header(new QToolButton(this))
    , m_list(new QListWidget(this))
{
    m_header->setText(title);
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_list->setObjectName(QStringLiteral("facet-") + tagKindName(kind));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_list);
    connect(m_header, &QToolButton::toggled, this, [this](bool open) {
        m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_list->setVisible(open);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        const QString value = item->data(kValueRole).toString();
        m_selected.removeAll(value);
        if (item->checkState() == Qt::Checked)
            m_selected << value;
        Q_EMIT selectionChanged();
    });
    fitHeight();
}

QStringList FacetSection::selected() const
{
    return m_selected;
}

void FacetSection::setSelected(const QStringList &values)
{
    m_selected = values;
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(values.contains(item->data(kValueRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

void FacetSection::setValues(const QList<FacetValue> &values)
{
    m_updating = true;
    const int scroll = m_list->verticalScrollBar() ? m_list->verticalScrollBar()->value() : 0;
    m_list->clear();
    QSet<QString> listed;
    auto add = [this, &listed](const FacetValue &v) {
        const QString label = m_labeler(v);
        m_labels.insert(v.value, label);
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(label, QLocale().toString(v.count)), m_list);
        item->setData(kValueRole, v.value);
        item->setData(kCountRole, v.count);
        item->setToolTip(label == v.value ? label : QStringLiteral("%1 — %2").arg(label, v.value));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_selected.contains(v.value) ? Qt::Checked : Qt::Unchecked);
        listed.insert(v.value);
    };
    // Selected values first, so a choice never scrolls out of sight (with 0 when nothing matches).
    for (const QString &value : std::as_const(m_selected)) {
        FacetValue v{value, m_kind == FacetKind::Source ? m_labels.value(value) : QString(), 0};
        for (const FacetValue &candidate : values) {
            if (candidate.value == value)
                v = candidate;
        }
        add(v);
    }
    // Most articles first; equal counts in the order of the UI language's alphabet (ICU collation
    // through QCollator: 가나다 for Korean names, АБВ for Russian), not in the order of their codes.
    QCollator collator{QLocale()};
    QList<std::pair<FacetValue, QString>> ordered;
    for (const FacetValue &v : values) {
        if (!listed.contains(v.value))
            ordered.append({v, m_labeler(v)});
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&collator](const auto &a, const auto &b) {
        if (a.first.count != b.first.count)
            return a.first.count > b.first.count;
        return collator.compare(a.second, b.second) < 0;
    });
    for (const auto &entry : std::as_const(ordered))
        add(entry.first);
    m_updating = false;
    fitHeight();
    if (m_list->verticalScrollBar())
        m_list->verticalScrollBar()->setValue(scroll);
    setVisible(m_list->count() > 0);
}

int FacetSection::countOf(const QString &value) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kValueRole).toString() == value)
            return m_list->item(i)->data(kCountRole).toInt();
    }
    return -1;
}

QString FacetSection::labelOf(const QString &value) const
{
    return m_labels.value(value, value);
}

void FacetSection::fitHeight()
{
    const int rows = qBound(1, m_list->count(), kVisibleRows);
    const int rowHeight = qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

} // namespace Medtour::Ui
