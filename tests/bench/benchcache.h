// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Medtour {
class Database;
}

/// The synthetic cache the benchmarks share: N articles from 200 outlets over three years, Korean
/// and English, with market, region, specialty and event tags. Our own phrase material.
namespace BenchCache {
// Our own phrase material (not taken from any corpus): enough variety for realistic postings.
inline const QStringList kCities = {QStringLiteral("대전"), QStringLiteral("부산"), QStringLiteral("대구"),
                                    QStringLiteral("인천"), QStringLiteral("광주"), QStringLiteral("서울"),
                                    QStringLiteral("제주"), QStringLiteral("울산"), QStringLiteral("세종"),
                                    QStringLiteral("수원"), QStringLiteral("청주"), QStringLiteral("전주")};
inline const QStringList kRegionCodes = {QStringLiteral("KR-30"), QStringLiteral("KR-26"), QStringLiteral("KR-27"),
                                         QStringLiteral("KR-28"), QStringLiteral("KR-29"), QStringLiteral("KR-11"),
                                         QStringLiteral("KR-49"), QStringLiteral("KR-31"), QStringLiteral("KR-50"),
                                         QStringLiteral("KR-41"), QStringLiteral("KR-43"), QStringLiteral("KR-45")};
inline const QStringList kCountries = {
    QStringLiteral("카자흐스탄"), QStringLiteral("우즈베키스탄"), QStringLiteral("몽골"), QStringLiteral("러시아"),
    QStringLiteral("베트남"),     QStringLiteral("미국"),         QStringLiteral("중국"), QStringLiteral("일본"),
    QStringLiteral("태국"),       QStringLiteral("키르기스스탄")};
inline const QStringList kCountryEn = {
    QStringLiteral("Kazakhstan"), QStringLiteral("Uzbekistan"), QStringLiteral("Mongolia"), QStringLiteral("Russia"),
    QStringLiteral("Vietnam"),    QStringLiteral("the US"),     QStringLiteral("China"),    QStringLiteral("Japan"),
    QStringLiteral("Thailand"),   QStringLiteral("Kyrgyzstan")};
inline const QStringList kMarketCodes = {
    QStringLiteral("KZ"), QStringLiteral("UZ"), QStringLiteral("MN"), QStringLiteral("RU"), QStringLiteral("VN"),
    QStringLiteral("US"), QStringLiteral("CN"), QStringLiteral("JP"), QStringLiteral("TH"), QStringLiteral("KG")};
inline const QStringList kSpecialties = {
    QStringLiteral("건강검진"), QStringLiteral("정형외과"), QStringLiteral("비뇨의학과"),
    QStringLiteral("암 치료"),  QStringLiteral("성형외과"), QStringLiteral("피부과"),
    QStringLiteral("한방"),     QStringLiteral("심장내과"), QStringLiteral("척추")};
inline const QStringList kSpecialtySlugs = {
    QStringLiteral("health-screening"), QStringLiteral("orthopedics"),     QStringLiteral("urology"),
    QStringLiteral("oncology"),         QStringLiteral("plastic-surgery"), QStringLiteral("dermatology"),
    QStringLiteral("korean-medicine"),  QStringLiteral("cardiology"),      QStringLiteral("spine")};
inline const QStringList kEvents = {QStringLiteral("업무협약을 맺었다"), QStringLiteral("홍보설명회를 열었다"),
                                    QStringLiteral("팸투어를 진행했다"), QStringLiteral("현지 의료상담을 했다"),
                                    QStringLiteral("유치 실적을 발표했다")};
inline const QStringList kEventSlugs = {QStringLiteral("mou"), QStringLiteral("briefing"), QStringLiteral("fam-tour"),
                                        QStringLiteral("consultation"), QStringLiteral("statistics")};
inline const QStringList kFillers = {
    QStringLiteral("관계자는 협력을 넓혀 나가겠다고 말했다."),
    QStringLiteral("이번 행사에는 지역 병원과 유치업체 관계자들이 참석했다."),
    QStringLiteral("시는 하반기에 현지 에이전시를 초청할 계획이다."),
    QStringLiteral("외국인 환자 유치 실적은 해마다 늘고 있다."),
    QStringLiteral("보건복지부 지원 사업의 하나로 마련됐다."),
    QStringLiteral("통역과 숙박을 묶은 상품도 함께 소개됐다."),
    QStringLiteral("참가 병원들은 진료비 견적과 치료 일정을 안내했다."),
};

/// Fills an empty cache with `articles` articles (deterministic); prints progress to stderr.
bool build(Medtour::Database &db, int articles);
/// Indexes for search what a cache lists as waiting (a cache from before schema 14 has all of it),
/// as the reader's start and medtour-cli's search do, so that nothing is measured half indexed.
bool catchUp(Medtour::Database &db);
} // namespace BenchCache
