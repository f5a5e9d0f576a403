// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcesubmit.h"
#include "sync/fetchsettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Medtour {
class SourceProbe;
class SourceRepository;
struct ProbeResult;
} // namespace Medtour

namespace Medtour::Ui {

/// Add a feed by address: the address is probed in the background (SourceProbe); a feed is
/// offered as it is, a web page offers the feeds it links to, and a page without feeds that lists
/// articles offers to follow its article links (a `page` source). OK adds the chosen one.
class AddFeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddFeedDialog)

public:
    AddFeedDialog(SourceRepository &sources, const FetchSettings &fetch, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *findButton() const { return m_find; }
    QListWidget *feedList() const { return m_feeds; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// The source added on OK, else 0.
    qint64 addedId() const { return m_addedId; }
    /// A team's sources: OK hands the chosen source to `submit` and waits for submitted().
    void setSubmit(SourceSubmit submit) { m_submit = std::move(submit); }
    /// The team server's answer: closes with the added source's id, or stays open with `problem`.
    void submitted(qint64 id, const QString &problem);

    void find();
    /// Adds the chosen feed and closes; stays open with the reason when it cannot.
    void addChosen();

Q_SIGNALS:
    /// A probe ended (for tests and the busy state).
    void probed();

private:
    void showResult(const ProbeResult &result);
    void updateButtons();

    SourceRepository &m_sources;
    SourceProbe *m_probe = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_find = nullptr;
    QListWidget *m_feeds = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_addedId = 0;
    SourceSubmit m_submit;
    bool m_waiting = false; ///< submitted, the answer not back yet
};

} // namespace Medtour::Ui
