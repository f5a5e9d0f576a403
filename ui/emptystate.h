// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Medtour::Ui {

/// What the list area shows when there is nothing to list: a sentence for people and the buttons
/// that help (an empty cache: load the sample, or add the recommended sources; filters that match
/// nothing: clear them).
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    enum class Kind
    {
        EmptyCache,
        NoMatches
    };

    explicit EmptyState(QWidget *parent = nullptr);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *sourcesButton() const { return m_sourcesButton; }

Q_SIGNALS:
    void sampleRequested();
    void defaultSourcesRequested();
    void clearFiltersRequested();

private:
    Kind m_kind = Kind::NoMatches;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
    QPushButton *m_sourcesButton = nullptr; ///< empty cache only
};

} // namespace Medtour::Ui
