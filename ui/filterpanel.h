// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "domain/articlequery.h"
#include "domain/facets.h"

#include <QTimer>
#include <QWidget>

#include <map>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSlider;

namespace Medtour {
class Settings;
}

namespace Medtour::Ui {

class ChipBar;
class FacetSection;

/// The filters beside the article list: search, quick views, facets with counts, dates,
/// minimum relevance and "each story once". It produces ArticleQuery values and shows the counts
/// it is given; it never reads data itself.
class FilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    enum class View
    {
        All,
        Unread,
        Starred,
        Today,
        Week
    };

    FilterPanel(Settings &settings, const QString &uiLanguage, QWidget *parent = nullptr);

    /// The query as the controls say, with "today" and "last 7 days" resolved against the clock.
    ArticleQuery query() const;
    /// The clock "today" is read from (the system's by default).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setCounts(const FacetCounts &counts);
    void focusSearch();
    QLineEdit *searchLine() const { return m_search; }
    FacetSection *section(FacetKind kind) const;
    QString labelFor(FacetKind kind, const QString &value) const;
    void setView(View view);

public Q_SLOTS:
    /// Adds one facet value to the selection (a tag clicked in the detail pane).
    void addFacetValue(Medtour::FacetKind kind, const QString &value);
    /// Shows one market in one week (a bar clicked in the trend view).
    void showMarketWeek(const QString &market, const QDate &firstDay, const QDate &lastDay);
    void clearAll();

Q_SIGNALS:
    void queryChanged(const Medtour::ArticleQuery &query);

private:
    QWidget *buildQuickViews();
    QWidget *buildOptions();
    void changed();
    void updateChips();
    void removeChip(const QVariant &key);
    void rememberSearch();

    Settings &m_settings;
    QString m_language;
    Clock m_clock = systemClock();
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QButtonGroup *m_views = nullptr;
    ChipBar *m_chips = nullptr;
    QCheckBox *m_collapse = nullptr;
    QSlider *m_relevance = nullptr;
    QLabel *m_relevanceLabel = nullptr;
    QCheckBox *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_total = nullptr;
    std::map<FacetKind, FacetSection *> m_sections;
    QTimer m_debounce;
    bool m_silent = false;
};

} // namespace Medtour::Ui
