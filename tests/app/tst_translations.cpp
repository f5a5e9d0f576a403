// SPDX-License-Identifier: GPL-3.0-or-later
// Korean and Russian ship complete: every message in medtour_ko.ts and medtour_ru.ts is translated,
// none is obsolete; and the English catalogue (plural forms only) has every form of every message.
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
};

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ko") << QStringLiteral(MEDTOUR_TRANSLATIONS "/medtour_ko.ts");
    QTest::newRow("ru") << QStringLiteral(MEDTOUR_TRANSLATIONS "/medtour_ru.ts");
    QTest::newRow("en plurals") << QStringLiteral(MEDTOUR_TRANSLATIONS "/medtour_en.ts");
}

void tst_Translations::complete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QStringList problems;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(u"type"_s).toString();
            // Plain text, or one <numerusform> per plural form, each of which must be filled.
            QString text;
            bool emptyForm = false;
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"translation")) {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform") {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.trimmed().isEmpty();
                    text += form;
                }
            }
            if (!type.isEmpty() || text.trimmed().isEmpty() || emptyForm)
                problems << (type.isEmpty() ? u"empty"_s : type) + u": "_s + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
