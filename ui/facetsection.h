// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/facets.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QListWidget;
class QToolButton;

namespace Medtour::Ui {

/// One facet of the filter panel: a title that folds the section, and checkable values with
/// their counts under the current query. Checked values stay listed even when their count drops to 0.
class FacetSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetSection)

public:
    /// `labeler` names a value for display.
    FacetSection(FacetKind kind, const QString &title, std::function<QString(const FacetValue &)> labeler,
                 QWidget *parent = nullptr);

    FacetKind kind() const { return m_kind; }
    QStringList selected() const;
    void setSelected(const QStringList &values);
    void setValues(const QList<FacetValue> &values);
    /// The count shown for a value, -1 when it is not listed.
    int countOf(const QString &value) const;
    QString labelOf(const QString &value) const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void selectionChanged();

private:
    void fitHeight();
    FacetKind m_kind;
    std::function<QString(const FacetValue &)> m_labeler;
    QToolButton *m_header = nullptr;
    QListWidget *m_list = nullptr;
    QStringList m_selected;
    QHash<QString, QString> m_labels; // value → label of values seen
    bool m_updating = false;
};

} // namespace Medtour::Ui
