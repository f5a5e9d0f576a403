// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords live in an owner-only file in libpq's password-file format, never in settings.
#include "core/credentialstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesReadsAndRemoves();
    void escapesSeparatorsLikeLibpq();
    void ownerOnly();
    void firstMatchingLineWins();
};

void tst_CredentialStore::storesReadsAndRemoves()
{
    QTemporaryDir dir;
    CredentialStore store(dir.filePath(QStringLiteral("sub/credentials.pgpass")));
    const CredentialKey team{QStringLiteral("db.example.org"), 5432, QStringLiteral("medtour"), QStringLiteral("kim")};
    const CredentialKey mail{QStringLiteral("smtp.example.org"), 587, QString(CredentialStore::kSmtpService),
                             QStringLiteral("kim")};
    QVERIFY(!store.password(team)->has_value());
    QVERIFY(!store.store(team, QStringLiteral("s3cret")));
    QVERIFY(!store.store(mail, QStringLiteral("mail-pass")));
    QCOMPARE(store.password(team)->value_or(QString()), QStringLiteral("s3cret"));
    QCOMPARE(store.password(mail)->value_or(QString()), QStringLiteral("mail-pass"));
    QVERIFY(!store.store(team, QStringLiteral("changed")));
    QCOMPARE(store.password(team)->value_or(QString()), QStringLiteral("changed"));
    QVERIFY(!store.remove(team));
    QVERIFY(!store.password(team)->has_value());
    QCOMPARE(store.password(mail)->value_or(QString()), QStringLiteral("mail-pass"));
}

void tst_CredentialStore::escapesSeparatorsLikeLibpq()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pgpass"));
    CredentialStore store(path);
    const CredentialKey key{QStringLiteral("h"), 5432, QStringLiteral("d:b"), QStringLiteral("u\\1")};
    QVERIFY(!store.store(key, QStringLiteral("p:a\\ss")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("h:5432:d\\:b:u\\\\1:p\\:a\\\\ss\n"));
    QCOMPARE(store.password(key)->value_or(QString()), QStringLiteral("p:a\\ss"));
}

void tst_CredentialStore::ownerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pgpass"));
    CredentialStore store(path);
    QVERIFY(!store.store({QStringLiteral("h"), 1, QStringLiteral("d"), QStringLiteral("u")}, QStringLiteral("p")));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Replacing it keeps it owner-only.
    QVERIFY(!store.store({QStringLiteral("h"), 2, QStringLiteral("d"), QStringLiteral("u")}, QStringLiteral("p")));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_CredentialStore::firstMatchingLineWins()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pgpass"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# written by hand\n*:*:*:kim:wildcard\n");
    }
    CredentialStore store(path);
    const CredentialKey key{QStringLiteral("db"), 5432, QStringLiteral("medtour"), QStringLiteral("kim")};
    QCOMPARE(store.password(key)->value_or(QString()), QStringLiteral("wildcard"));
    QVERIFY(!store.store(key, QStringLiteral("exact")));
    QCOMPARE(store.password(key)->value_or(QString()), QStringLiteral("exact"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("# written by hand\n*:*:*:kim:wildcard\n"));
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
