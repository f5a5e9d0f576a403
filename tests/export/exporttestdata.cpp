// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttestdata.h"

#include <QTimeZone>

namespace Medtour::ExportTestData {

QStringList paragraphs(int n, const QString &language)
{
    QStringList out;
    // Every seventh article is long, so articles and paragraphs break across pages.
    const int count = n % 7 == 0 ? 24 : 4;
    for (int p = 1; p <= count; ++p) {
        if (language == u"ko") {
            out << QString::fromUtf8("대전시는 %1번 기사의 %2번째 문단에서 카자흐스탄과 우즈베키스탄 환자 유치 계획을 "
                                     "밝혔다. 시 관계자는 지역 병원과 함께 현지 의료상담을 넓혀 나가겠다고 말했다.")
                       .arg(n)
                       .arg(p);
        } else if (language == u"ru") {
            out << QString::fromUtf8("Делегация из Алматы в статье %1 и абзаце %2 посетила клиники Тэджона. "
                                     "Представители агентств обсудили лечение и реабилитацию пациентов.")
                       .arg(n)
                       .arg(p);
        } else {
            out << QStringLiteral("Officials in Daejeon said in story %1, paragraph %2, that the briefing drew "
                                  "agencies from Almaty and Tashkent to the city's hospitals.")
                       .arg(n)
                       .arg(p);
        }
    }
    return out;
}

Export::ReportInput article(int n, const QString &language)
{
    Export::ReportInput input;
    Article &a = input.article;
    a.summary.id = n;
    a.summary.sourceId = 1 + n % 5;
    a.language = language;
    if (language == u"ko") {
        a.summary.title = QString::fromUtf8("대전시 %1번 의료관광 설명회 개최").arg(n);
        a.summary.sourceName = QString::fromUtf8("충청일보%1").arg(n % 5);
        a.authors = {QString::fromUtf8("홍길동 기자")};
    } else if (language == u"ru") {
        a.summary.title = QString::fromUtf8("Казахстанские пациенты едут в Тэджон %1").arg(n);
        a.summary.sourceName = QString::fromUtf8("Курсив%1").arg(n % 5);
        a.authors = {QString::fromUtf8("Анна Иванова")};
    } else {
        a.summary.title = QStringLiteral("Daejeon hosts medical tourism fam tour number %1").arg(n);
        a.summary.sourceName = QStringLiteral("Korea Herald%1").arg(n % 5);
        a.authors = {QStringLiteral("Daniel Cho")};
    }
    a.summary.link = QUrl(QStringLiteral("https://news.example/%1/%2").arg(language).arg(n));
    // One article an hour, newest with the highest number.
    a.summary.published = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).addSecs(3600LL * n);
    a.lead = paragraphs(n, language).constFirst();
    a.cleanText = paragraphs(n, language).join(u'\n');
    input.tags = {{QStringLiteral("market"), n % 2 ? QStringLiteral("KZ") : QStringLiteral("UZ")},
                  {QStringLiteral("region"), QStringLiteral("KR-30")}};
    return input;
}

QList<Export::ReportInput> articles(int count, Mix mix)
{
    static const QString languages[] = {QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("ru")};
    QList<Export::ReportInput> out;
    for (int n = 1; n <= count; ++n)
        out << article(n, mix == Mix::Korean ? languages[0] : languages[n % 3]);
    return out;
}

} // namespace Medtour::ExportTestData
