// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcesubmit.h"
#include "sync/fetchsettings.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Medtour {
class SourceProbe;
class SourceRepository;
struct ProbeResult;
} // namespace Medtour

namespace Medtour::Ui {

/// Builds a Google News search source: query, language and region give the feed URL, shown as
/// it is built; Preview fetches it in the background and lists the first items with their outlet.
class GoogleNewsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoogleNewsDialog)

public:
    GoogleNewsDialog(SourceRepository &sources, const FetchSettings &fetch, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *urlEdit() const { return m_urlView; }
    QPushButton *previewButton() const { return m_preview; }
    QTreeWidget *previewList() const { return m_items; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *messageLabel() const { return m_message; }
    QUrl builtUrl() const;
    qint64 addedId() const { return m_addedId; }
    /// A team's sources: OK hands the search source to `submit` and waits for submitted().
    void setSubmit(SourceSubmit submit) { m_submit = std::move(submit); }
    /// The team server's answer: closes with the added source's id, or stays open with `problem`.
    void submitted(qint64 id, const QString &problem);

    void preview();
    void addQuery();

Q_SIGNALS:
    void previewed();

private:
    void rebuild();
    void showPreview(const ProbeResult &result);

    SourceRepository &m_sources;
    SourceProbe *m_probe = nullptr;
    QLineEdit *m_query = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_urlView = nullptr;
    QPushButton *m_preview = nullptr;
    QTreeWidget *m_items = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_addedId = 0;
    SourceSubmit m_submit;
    bool m_waiting = false; ///< submitted, the answer not back yet
};

} // namespace Medtour::Ui
