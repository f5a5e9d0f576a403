// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlynotice.h"

namespace Medtour::Ui {

ReadOnlyNotice::ReadOnlyNotice(Database::ReadOnly why, QWidget *parent)
    : QLabel(text(why), parent)
{
    setObjectName(QStringLiteral("readOnlyNotice"));
    setToolTip(tr("Articles can be read, searched and exported, but stars, notes, read marks and new articles "
                  "cannot be saved until the cache can be written again."));
}

QString ReadOnlyNotice::text(Database::ReadOnly why)
{
    switch (why) {
    case Database::ReadOnly::File:
        return tr("Read-only: the cache file cannot be written");
    case Database::ReadOnly::Folder:
        return tr("Read-only: the cache's folder cannot be written");
    case Database::ReadOnly::FileSystem:
        return tr("Read-only: the cache's disk is mounted read-only");
    case Database::ReadOnly::DiskFull:
        return tr("Read-only: the cache's disk is full");
    case Database::ReadOnly::Refused:
        return tr("Read-only: the cache cannot be written");
    case Database::ReadOnly::No:
        break;
    }
    return {};
}

} // namespace Medtour::Ui
