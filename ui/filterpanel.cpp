// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include "chipbar.h"
#include "enrich/facetlabels.h"
#include "facetsection.h"
#include "flowlayout.h"
#include "settings/settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSlider>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Medtour::Ui {

namespace {

QDateTime startOfLocalDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

} // namespace

FilterPanel::FilterPanel(Settings &settings, const QString &uiLanguage, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_language(uiLanguage)
    , m_search(new QLineEdit(this))
    , m_chips(new ChipBar(this))
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    m_search->setObjectName(QStringLiteral("searchLine"));
    m_search->setPlaceholderText(tr("Search: words, \"phrases\", -exclude, OR"));
    m_search->setToolTip(tr("All words must match. \"Quoted words\" match as a phrase, -word excludes, and OR "
                            "joins alternatives: 카자흐스탄 OR 우즈벡 설명회"));
    m_search->setClearButtonEnabled(true);
    m_completer = new QCompleter(new QStringListModel(m_settings.searchHistory(), this), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(m_completer);

    m_total->setObjectName(QStringLiteral("filterTotal"));
    m_total->setStyleSheet(QStringLiteral("color: palette(mid)"));

    auto *scrolled = new QWidget;
    auto *facets = new QVBoxLayout(scrolled);
    facets->setContentsMargins(0, 0, 4, 0);
    facets->setSpacing(2);
    facets->addWidget(buildOptions());
    for (const FacetKind kind : allFacetKinds()) {
        auto *section = new FacetSection(
            kind, facetTitle(kind),
            [this, kind](const FacetValue &v) {
                return kind == FacetKind::Source && !v.label.isEmpty() ? v.label
                                                                       : FacetLabels::label(kind, v.value, m_language);
            },
            scrolled);
        connect(section, &FacetSection::selectionChanged, this, &FilterPanel::changed);
        m_sections[kind] = section;
        facets->addWidget(section);
    }
    facets->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(scrolled);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(buildQuickViews());
    layout->addWidget(m_chips);
    layout->addWidget(m_total);
    layout->addWidget(scroll, 1);

    // Typing fires one query after a short pause, not one per key.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        rememberSearch();
        changed();
    });
    connect(m_search, &QLineEdit::editingFinished, this, &FilterPanel::rememberSearch);
    connect(&m_debounce, &QTimer::timeout, this, &FilterPanel::changed);
    connect(m_chips, &ChipBar::removeRequested, this, &FilterPanel::removeChip);
    connect(m_chips, &ChipBar::clearAllRequested, this, &FilterPanel::clearAll);
}

QWidget *FilterPanel::buildQuickViews()
{
    auto *box = new QWidget(this);
    auto *flow = new FlowLayout(box, 3);
    m_views = new QButtonGroup(this);
    m_views->setExclusive(true);
    const QList<QPair<View, QString>> views = {{View::All, tr("All")},
                                               {View::Unread, tr("Unread")},
                                               {View::Starred, tr("Starred")},
                                               {View::Today, tr("Today")},
                                               {View::Week, tr("Last 7 days")}};
    for (const auto &[view, text] : views) {
        auto *button = new QToolButton(box);
        button->setText(text);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("view%1").arg(int(view)));
        button->setChecked(view == View::All);
        m_views->addButton(button, int(view));
        flow->addWidget(button);
    }
    connect(m_views, &QButtonGroup::idClicked, this, &FilterPanel::changed);
    return box;
}

QWidget *FilterPanel::buildOptions()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(4, 0, 0, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_collapse = new QCheckBox(tr("Each story once"), box);
    m_collapse->setObjectName(QStringLiteral("collapseClusters"));
    m_collapse->setToolTip(tr("Show one copy of a story that several outlets reported; the others are listed "
                              "under \"Also reported by\"."));
    m_collapse->setChecked(m_settings.collapseClusters());
    connect(m_collapse, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setCollapseClusters(on);
        changed();
    });
    form->addRow(m_collapse);

    m_relevance = new QSlider(Qt::Horizontal, box);
    m_relevance->setObjectName(QStringLiteral("minRelevance"));
    m_relevance->setRange(0, 20); // steps of 5 %
    m_relevance->setPageStep(2);
    m_relevanceLabel = new QLabel(box);
    auto updateLabel = [this] {
        m_relevanceLabel->setText(m_relevance->value() == 0 ? tr("Relevance: any")
                                                            : tr("Relevance ≥ %1").arg(m_relevance->value() * 5));
    };
    updateLabel();
    connect(m_relevance, &QSlider::valueChanged, this, updateLabel);
    connect(m_relevance, &QSlider::valueChanged, this, &FilterPanel::changed);
    form->addRow(m_relevanceLabel);
    form->addRow(m_relevance);

    m_dates = new QCheckBox(tr("Between"), box);
    m_dates->setObjectName(QStringLiteral("dateRange"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), box);
    m_to = new QDateEdit(QDate::currentDate(), box);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_dates->isChecked())
                changed();
        });
    }
    m_to->setToolTip(tr("The last day included"));
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    form->addRow(m_dates, m_from);
    form->addRow(tr("and"), m_to);
    return box;
}

ArticleQuery FilterPanel::query() const
{
    ArticleQuery q;
    q.text = m_search->text().trimmed().left(1000);
    for (const auto &[kind, section] : m_sections) {
        if (kind == FacetKind::Source) {
            for (const QString &id : section->selected())
                q.sourceIds << id.toLongLong();
        } else {
            q.selected(kind) = section->selected();
        }
    }
    q.collapseClusters = m_collapse->isChecked();
    q.minRelevance = m_relevance->value() * 0.05;
    const View view = View(m_views->checkedId());
    q.unreadOnly = view == View::Unread;
    q.starredOnly = view == View::Starred;
    const QDate today = m_clock().toLocalTime().date();
    if (view == View::Today)
        q.since = startOfLocalDay(today);
    else if (view == View::Week)
        q.since = startOfLocalDay(today.addDays(-6));
    if (m_dates->isChecked()) {
        const QDateTime from = startOfLocalDay(m_from->date());
        if (!q.since.isValid() || from > q.since)
            q.since = from;
        q.until = startOfLocalDay(m_to->date().addDays(1));
    }
    return q;
}

void FilterPanel::setCounts(const FacetCounts &counts)
{
    for (const auto &[kind, section] : m_sections) {
        const auto it = counts.values.find(kind);
        section->setValues(it == counts.values.end() ? QList<FacetValue>() : it->second);
    }
    m_total->setText(tr("%n match(es)", nullptr, counts.total));
}

FacetSection *FilterPanel::section(FacetKind kind) const
{
    const auto it = m_sections.find(kind);
    return it == m_sections.end() ? nullptr : it->second;
}

QString FilterPanel::labelFor(FacetKind kind, const QString &value) const
{
    if (kind == FacetKind::Source)
        return section(kind)->labelOf(value);
    return FacetLabels::label(kind, value, m_language);
}

void FilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterPanel::setView(View view)
{
    if (QAbstractButton *button = m_views->button(int(view)))
        button->setChecked(true);
    changed();
}

void FilterPanel::addFacetValue(FacetKind kind, const QString &value)
{
    FacetSection *s = section(kind);
    if (!s || s->selected().contains(value))
        return;
    s->setSelected(s->selected() << value);
    changed();
}

void FilterPanel::showMarketWeek(const QString &market, const QDate &firstDay, const QDate &lastDay)
{
    m_silent = true;
    section(FacetKind::Market)->setSelected({market});
    m_from->setDate(firstDay);
    m_to->setDate(lastDay);
    m_dates->setChecked(true);
    if (QAbstractButton *all = m_views->button(int(View::All)))
        all->setChecked(true);
    m_silent = false;
    changed();
}

void FilterPanel::clearAll()
{
    m_silent = true;
    m_debounce.stop();
    m_search->clear();
    m_debounce.stop();
    for (const auto &[kind, section] : m_sections)
        section->setSelected({});
    m_relevance->setValue(0);
    m_dates->setChecked(false);
    if (QAbstractButton *all = m_views->button(int(View::All)))
        all->setChecked(true);
    m_silent = false;
    changed();
}

void FilterPanel::changed()
{
    if (m_silent)
        return;
    m_debounce.stop();
    updateChips();
    Q_EMIT queryChanged(query());
}

void FilterPanel::rememberSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    m_settings.addSearchHistory(text);
    static_cast<QStringListModel *>(m_completer->model())->setStringList(m_settings.searchHistory());
}

void FilterPanel::updateChips()
{
    QList<ChipBar::Chip> chips;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty())
        chips << ChipBar::Chip{tr("“%1”").arg(text.left(40)), QStringLiteral("text")};
    const int view = m_views->checkedId();
    if (view != int(View::All))
        chips << ChipBar::Chip{m_views->button(view)->text(), QStringLiteral("view")};
    for (const auto &[kind, section] : m_sections) {
        for (const QString &value : section->selected())
            chips << ChipBar::Chip{labelFor(kind, value), QStringLiteral("facet:%1:%2").arg(int(kind)).arg(value)};
    }
    if (m_dates->isChecked()) {
        const QLocale locale;
        chips << ChipBar::Chip{tr("%1 – %2").arg(locale.toString(m_from->date(), QLocale::ShortFormat),
                                                 locale.toString(m_to->date(), QLocale::ShortFormat)),
                               QStringLiteral("dates")};
    }
    if (m_relevance->value() > 0)
        chips << ChipBar::Chip{m_relevanceLabel->text(), QStringLiteral("relevance")};
    m_chips->setChips(chips);
}

void FilterPanel::removeChip(const QVariant &key)
{
    const QString k = key.toString();
    m_silent = true;
    if (k == u"text") {
        m_search->clear();
        m_debounce.stop();
    } else if (k == u"view") {
        m_views->button(int(View::All))->setChecked(true);
    } else if (k == u"dates") {
        m_dates->setChecked(false);
    } else if (k == u"relevance") {
        m_relevance->setValue(0);
    } else if (k.startsWith(u"facet:")) {
        const int kind = k.section(u':', 1, 1).toInt();
        const QString value = k.section(u':', 2);
        if (FacetSection *s = section(FacetKind(kind))) {
            QStringList selected = s->selected();
            selected.removeAll(value);
            s->setSelected(selected);
        }
    }
    m_silent = false;
    changed();
}

} // namespace Medtour::Ui
