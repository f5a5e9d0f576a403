// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctestfeeds.h"

#include <QRandomGenerator>
#include <QStringList>

namespace MedtourTest {

QByteArray makeFeed(const QString &title, int items, const QString &prefix, int version)
{
    static const QStringList words = {
        QStringLiteral("의료관광"), QStringLiteral("외국인"),   QStringLiteral("환자"),    QStringLiteral("유치"),
        QStringLiteral("대전"),     QStringLiteral("부산"),     QStringLiteral("몽골"),    QStringLiteral("카자흐스탄"),
        QStringLiteral("병원"),     QStringLiteral("설명회"),   QStringLiteral("협약"),    QStringLiteral("검진"),
        QStringLiteral("hospital"), QStringLiteral("patients"), QStringLiteral("clinic"),  QStringLiteral("tourism"),
        QStringLiteral("Seoul"),    QStringLiteral("market"),   QStringLiteral("surgery"), QStringLiteral("agency"),
    };
    QRandomGenerator rng(qHash(prefix));
    auto sentence = [&](int n) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << words.at(int(rng.bounded(quint32(words.size())))) + QString::number(rng.bounded(1000));
        return out.join(u' ');
    };
    QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>%1</title>"
                       "<link>http://example.org/%2/</link><language>ko</language>\n")
            .arg(title, prefix);
    for (int i = 0; i < items; ++i) {
        xml += QStringLiteral("<item><title>%1 %2 %3</title><link>http://example.org/%1/%2</link>"
                              "<guid isPermaLink=\"false\">%1-%2</guid>"
                              "<pubDate>Tue, 01 Dec 2026 %4:%5:00 +0900</pubDate>"
                              "<description>v%6 %7</description></item>\n")
                   .arg(prefix)
                   .arg(i)
                   .arg(sentence(5))
                   .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(version)
                   .arg(sentence(30));
    }
    xml += QStringLiteral("</channel></rss>\n");
    return xml.toUtf8();
}

} // namespace MedtourTest
