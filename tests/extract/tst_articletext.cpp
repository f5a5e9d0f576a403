// SPDX-License-Identifier: GPL-3.0-or-later
// The line-level rules: bylines, datelines, e-mails, 입력/승인 lines, captions, boilerplate and duplicates.
#include "extract/articletext.h"
#include "extract/bylineparser.h"

#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_ArticleText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leading_data();
    void leading();
    void trailing_data();
    void trailing();
    void line_data();
    void line();
    void dateLine_data();
    void dateLine();
    void boilerplate_data();
    void boilerplate();
    void dateOnly_data();
    void dateOnly();
    void dateMeta_data();
    void dateMeta();
    void cleanRemovesRepeatedBodyAndMovesCaptions();
    void cleanTakesBylinesFromHeaderLines();
    void cleanKeepsRepeatsWithinOneSection();
    void cleanReadsBylineAndDateSharingALine_data();
    void cleanReadsBylineAndDateSharingALine();
    void creditClosesACaption();
};

void tst_ArticleText::leading_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QString>("rest");
    QTest::newRow("newsis") << u"[대전=뉴시스] 홍길동 기자 = 대전시가 협약을 맺었다."_s << QStringList{u"홍길동"_s}
                            << u"대전"_s << QStringList() << u"대전시가 협약을 맺었다."_s;
    QTest::newRow("yonhap") << u"(부산=연합뉴스) 이재림 기자 = 부산시는 밝혔다."_s << QStringList{u"이재림"_s}
                            << u"부산"_s << QStringList() << u"부산시는 밝혔다."_s;
    QTest::newRow("hankyung with e-mail") << u"대전=백창현 기자 chbaik@hankyung.com"_s << QStringList{u"백창현"_s}
                                          << u"대전"_s << QStringList{u"chbaik@hankyung.com"_s} << QString();
    QTest::newRow("truncated e-mail") << u"청주=엄재천 기자 jc0027@"_s << QStringList{u"엄재천"_s} << u"청주"_s
                                      << QStringList() << QString();
    QTest::newRow("dateline only") << u"[서울=뉴시스] 정부가 발표했다."_s << QStringList() << u"서울"_s << QStringList()
                                   << u"정부가 발표했다."_s;
    QTest::newRow("outlet and reporter in brackets")
        << u"[ 시티저널 허송빈 기자 ] 세종시가 나섰다."_s << QStringList{u"허송빈"_s} << QString() << QStringList()
        << u"세종시가 나섰다."_s;
    QTest::newRow("two reporters") << u"[대전=뉴시스] 홍길동·김철수 기자 = 본문"_s
                                   << QStringList{u"홍길동"_s, u"김철수"_s} << u"대전"_s << QStringList() << u"본문"_s;
    QTest::newRow("outlet tag") << u"[쿠키 건강] 병원이 손잡았다."_s << QStringList() << QString() << QStringList()
                                << u"병원이 손잡았다."_s;
    QTest::newRow("sentence is not a byline") << u"홍길동 기자는 이렇게 말했다."_s << QStringList() << QString()
                                              << QStringList() << u"홍길동 기자는 이렇게 말했다."_s;
}

void tst_ArticleText::leading()
{
    QFETCH(QString, paragraph);
    QFETCH(QStringList, authors);
    QFETCH(QString, dateline);
    QFETCH(QStringList, emails);
    QFETCH(QString, rest);
    const BylineParser::Byline b = BylineParser::leading(paragraph);
    QCOMPARE(b.authors, authors);
    QCOMPARE(b.dateline, dateline);
    QCOMPARE(b.emails, emails);
    QCOMPARE(b.rest, rest);
}

void tst_ArticleText::trailing_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QString>("rest");
    QTest::newRow("reporter after sentence")
        << u"라고 말했다. 홍길동 기자 hong@example.com"_s << QStringList{u"홍길동"_s}
        << QStringList{u"hong@example.com"_s} << u"라고 말했다."_s;
    QTest::newRow("e-mail and 끝") << u"계획이다. csm@yna.co.kr (끝)"_s << QStringList()
                                   << QStringList{u"csm@yna.co.kr"_s} << u"계획이다."_s;
    QTest::newRow("끝 alone at the end") << u"계획이다.(끝)"_s << QStringList() << QStringList() << u"계획이다."_s;
    QTest::newRow("mid-sentence name stays") << u"홍길동 기자가 쓴 기사를 인용했다"_s << QStringList() << QStringList()
                                             << u"홍길동 기자가 쓴 기사를 인용했다"_s;
}

void tst_ArticleText::trailing()
{
    QFETCH(QString, paragraph);
    QFETCH(QStringList, authors);
    QFETCH(QStringList, emails);
    QFETCH(QString, rest);
    const BylineParser::Byline b = BylineParser::trailing(paragraph);
    QCOMPARE(b.authors, authors);
    QCOMPARE(b.emails, emails);
    QCOMPARE(b.rest, rest);
}

void tst_ArticleText::line_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QStringList>("emails");
    QTest::newRow("name and title") << u"홍길동 기자"_s << true << QStringList{u"홍길동"_s} << QStringList();
    QTest::newRow("slash byline") << u"/김철수 기자"_s << true << QStringList{u"김철수"_s} << QStringList();
    QTest::newRow("outlets before reporter") << u"국민일보 쿠키뉴스 송병기 기자 songbk@kukimedia.co.kr"_s << true
                                             << QStringList{u"송병기"_s} << QStringList{u"songbk@kukimedia.co.kr"_s};
    QTest::newRow("senior reporter") << u"박진환 선임기자 pow17@cctoday.co.kr"_s << true << QStringList{u"박진환"_s}
                                     << QStringList{u"pow17@cctoday.co.kr"_s};
    QTest::newRow("photo and text") << u"글·사진 이민아 기자"_s << true << QStringList{u"이민아"_s} << QStringList();
    QTest::newRow("newsis footer") << u"◎공감언론 뉴시스 kyh@newsis.com"_s << true << QStringList()
                                   << QStringList{u"kyh@newsis.com"_s};
    QTest::newRow("english byline") << u"By Jane Doe and John Roe"_s << true
                                    << QStringList{u"Jane Doe"_s, u"John Roe"_s} << QStringList();
    // The forms of issue 20: a 기자 suffix after an e-mail, 특파원 and 선임기자, English "By" lines with a title.
    QTest::newRow("e-mail in parentheses before 기자")
        << u"홍길동(hong@daejonilbo.com) 기자"_s << true << QStringList{u"홍길동"_s}
        << QStringList{u"hong@daejonilbo.com"_s};
    QTest::newRow("e-mail between name and 기자") << u"홍길동 hong@daejonilbo.com 기자"_s << true
                                                  << QStringList{u"홍길동"_s} << QStringList{u"hong@daejonilbo.com"_s};
    QTest::newRow("e-mail first") << u"hong@daejonilbo.com 홍길동 기자"_s << true << QStringList{u"홍길동"_s}
                                  << QStringList{u"hong@daejonilbo.com"_s};
    QTest::newRow("e-mail in parentheses after 기자")
        << u"홍길동 기자(hong@daejonilbo.com)"_s << true << QStringList{u"홍길동"_s}
        << QStringList{u"hong@daejonilbo.com"_s};
    QTest::newRow("correspondent with dateline")
        << u"워싱턴=김민수 특파원"_s << true << QStringList{u"김민수"_s} << QStringList();
    QTest::newRow("senior reporter alone") << u"이민아 선임기자"_s << true << QStringList{u"이민아"_s} << QStringList();
    QTest::newRow("english byline with staff title")
        << u"By Kim Min-su, Staff Reporter"_s << true << QStringList{u"Kim Min-su"_s} << QStringList();
    QTest::newRow("english byline with outlet")
        << u"By Park Ga-young | The Korea Herald"_s << true << QStringList{u"Park Ga-young"_s} << QStringList();
    QTest::newRow("english byline with e-mail")
        << u"By Park Ga-young (gypark@heraldcorp.com)"_s << true << QStringList{u"Park Ga-young"_s}
        << QStringList{u"gypark@heraldcorp.com"_s};
    QTest::newRow("english byline upper case")
        << u"BY JANE DOE"_s << true << QStringList{u"JANE DOE"_s} << QStringList();
    QTest::newRow("sentence") << u"대전시가 밝혔다."_s << false << QStringList() << QStringList();
    QTest::newRow("english sentence") << u"By the end of the year, prices rose."_s << false << QStringList()
                                      << QStringList();
}

void tst_ArticleText::line()
{
    QFETCH(QString, text);
    QFETCH(bool, matched);
    QFETCH(QStringList, authors);
    QFETCH(QStringList, emails);
    const BylineParser::Byline b = BylineParser::line(text);
    QCOMPARE(b.matched, matched);
    QCOMPARE(b.authors, authors);
    QCOMPARE(b.emails, emails);
}

void tst_ArticleText::dateLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("updated");
    QTest::newRow("입력") << u"입력 2019.05.23 09:18"_s << true << u"2019.05.23 09:18"_s << QString();
    QTest::newRow("기사입력 with colon") << u"기사입력: 2006-12-26 12:01:20"_s << true << u"2006-12-26 12:01:20"_s
                                         << QString();
    QTest::newRow("입력 and 수정") << u"입력 2016.02.28 13:44 | 수정 2016.02.28 14:10"_s << true
                                   << u"2016.02.28 13:44"_s << u"2016.02.28 14:10"_s;
    QTest::newRow("승인 with chrome") << u"• 승인 2019.10.02 19:00 • 댓글 0"_s << true << u"2019.10.02 19:00"_s
                                      << QString();
    QTest::newRow("송고시간 without space")
        << u"송고시간2024-03-05 14:20"_s << true << u"2024-03-05 14:20"_s << QString();
    QTest::newRow("korean units") << u"입력 2007년 8월 7일 03시 00분"_s << true << u"2007년 8월 7일 03시 00분"_s
                                  << QString();
    QTest::newRow("입력 preferred over 승인")
        << u"승인 2019.10.02 19:00 입력 2019.10.01 10:00"_s << true << u"2019.10.01 10:00"_s << QString();
    QTest::newRow("reporter and date on one line")
        << u"홍길동 기자 기사입력 2019/05/23 [09:18]"_s << true << u"2019/05/23 [09:18]"_s << QString();
    QTest::newRow("입력 | 수정 with 오전/오후") << u"입력 2019.05.23. 오후 3:05 | 수정 2019.05.24. 오전 9:10"_s << true
                                                << u"2019.05.23. 오후 3:05"_s << u"2019.05.24. 오전 9:10"_s;
    QTest::newRow("time in parentheses") << u"등록 2019-05-23 (09:18)"_s << true << u"2019-05-23 (09:18)"_s
                                         << QString();
    QTest::newRow("등록일시") << u"등록일시 2019-05-23 09:18"_s << true << u"2019-05-23 09:18"_s << QString();
    QTest::newRow("bracketed pair") << u"기사입력 2019.05.23 [09:18] | 최종수정 2019.05.23 [10:20]"_s << true
                                    << u"2019.05.23 [09:18]"_s << u"2019.05.23 [10:20]"_s;
    QTest::newRow("송고 with weekday") << u"송고 2019.05.23(목) 09:18"_s << true << u"2019.05.23(목) 09:18"_s
                                       << QString();
    QTest::newRow("sentence with a date") << u"시는 입력 2019.05.23 자료를 근거로 올해 예산을 크게 늘리겠다고 밝혔다."_s
                                          << false << u"2019.05.23"_s << QString();
}

void tst_ArticleText::dateLine()
{
    QFETCH(QString, line);
    QFETCH(bool, matched);
    QFETCH(QString, published);
    QFETCH(QString, updated);
    const ArticleText::DateLine d = ArticleText::dateLine(line);
    QCOMPARE(d.matched, matched);
    QCOMPARE(d.published, published);
    QCOMPARE(d.updated, updated);
}

void tst_ArticleText::boilerplate_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("boilerplate");
    QTest::newRow("copyright") << u"저작권자 © 충청투데이 무단전재 및 재배포 금지"_s << true;
    QTest::newRow("yonhap copyright") << u"<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"_s << true;
    QTest::newRow("share chrome") << u"기사 스크랩 - 공유 - 댓글 - 클린뷰 - 프린트"_s << true;
    QTest::newRow("newsis share") << u"이메일 보내기 • 프린터 • PDF"_s << true;
    QTest::newRow("comment form") << u"댓글삭제 삭제한 댓글은 다시 복구할 수 없습니다. 그래도 삭제하시겠습니까?"_s
                                  << true;
    QTest::newRow("most read") << u"많이 본 기사"_s << true;
    QTest::newRow("hot news line") << u"한국경제TV 핫뉴스ㆍ기사 하나ㆍ기사 둘ㆍ기사 셋"_s << true;
    QTest::newRow("weather widget") << u"구름많음속초1.2℃ 흐림-3.5℃ 기상청 제공"_s << true;
    QTest::newRow("끝") << u"(끝)"_s << true;
    QTest::newRow("english share row") << u"Share Tweet Email Print"_s << true;
    // Reader appeals and photo credits (ReaderAppeals), and sentences that only mention their words.
    QTest::newRow("subscribe prompt") << u"Subscribe now to our digital edition for the full story."_s << true;
    QTest::newRow("app download") << u"For breaking news download the Herald apps for iOS and Android."_s << true;
    QTest::newRow("follow us") << u"Follow us on Twitter and Instagram @herald"_s << true;
    QTest::newRow("german newsletter") << u"Jetzt zum kostenlosen Newsletter anmelden"_s << true;
    QTest::newRow("german donation") << u"Jede kleine Spende hilft uns weiter."_s << true;
    QTest::newRow("spanish follow") << u"Síguenos en Telegram, Instagram, Facebook y Twitter"_s << true;
    QTest::newRow("cookie notice") << u"Wir verwenden Cookies, um unsere Website zu verbessern."_s << true;
    QTest::newRow("photo credit") << u"Foto: Sascha Klahn"_s << true;
    QTest::newRow("agency credit") << u"Augusta National/Getty Images"_s << true;
    QTest::newRow("source credit") << u"Quelle: Deutscher Jagdverband (DJV)"_s << true;
    QTest::newRow("advertising label") << u"- Anzeige -"_s << true;
    QTest::newRow("advertising disclosure") << u"*Werbung. Dieser Beitrag enthält Werbung für eine Marke."_s << true;
    QTest::newRow("affiliate disclosure") << u"Anzeige, enthält Affiliate Links"_s << true;
    QTest::newRow("advertising as a subject") << u"Werbung nervt. Tracking nervt."_s << false;
    QTest::newRow("scraper notice in look-alike letters")
        << u"Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу tо thоuѕаndѕ оf uѕеrѕ іn Belize and abroad. Contact us today to "
           "learn how we can help you reach more readers with every story we publish on our website."_s
        << true;
    QTest::newRow("russian sentence") << u"Клиника в Москве приняла 300 пациентов из Казахстана."_s << false;
    QTest::newRow("paragraph opening with an appeal")
        << u"Gefällt dir unser Klettermagazin? Dann unterstütze uns mit einem Abo, damit wir auch weiterhin über "
           "die Szene, die Athletinnen und Athleten und die besten Gebiete berichten können."_s
        << true;
    QTest::newRow("appeal later in a long paragraph")
        << u"Die Klinik behandelte im vergangenen Jahr 300 Patientinnen und Patienten aus Kasachstan und der Mongolei. "
           "Wer mehr erfahren will, kann den Newsletter der Klinik abonnieren."_s
        << false;
    QTest::newRow("sign-up prompt") << u"Do you want to be informed of our actions? Sign up here"_s << true;
    QTest::newRow("subscribers in a sentence") << u"Netflix lost 200,000 subscribers in the first quarter."_s << false;
    QTest::newRow("cookies in a recipe") << u"Die Cookies 12 Minuten backen und auskühlen lassen."_s << false;
    QTest::newRow("agency in a sentence")
        << u"Reuters reported that the clinic in Daejeon had treated 300 patients from Kazakhstan."_s << false;
    QTest::newRow("article sentence") << u"대전시가 우즈베키스탄 타슈켄트와 의료관광 업무협약을 맺었다."_s << false;
    QTest::newRow("long sentence mentioning copyright")
        << u"시는 저작권자의 동의를 받아 홍보 영상을 제작했으며, 이 영상을 카자흐스탄과 우즈베키스탄 현지 방송에서 "
           "한 달 동안 내보낼 계획이라고 밝혔다. 영상에는 지역 병원 다섯 곳의 국제진료센터가 소개된다."_s
        << false;
}

void tst_ArticleText::boilerplate()
{
    QFETCH(QString, line);
    QFETCH(bool, boilerplate);
    QCOMPARE(ArticleText::isBoilerplate(line), boilerplate);
}

void tst_ArticleText::dateOnly_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("dateOnly");
    QTest::newRow("german with Uhr") << u"12.12.2022, 08:30 Uhr"_s << true;
    QTest::newRow("english") << u"Published on January 13, 2020"_s << true;
    QTest::newRow("french") << u"Publié le 3 mars 2021"_s << true;
    QTest::newRow("korean") << u"2019년 5월 23일"_s << true;
    QTest::newRow("swiss published") << u"Publiziert: 03.04.2020, 12:35"_s << true;
    QTest::newRow("year in a sentence") << u"Im Jahr 2019 stieg die Zahl."_s << false;
    QTest::newRow("bare number") << u"42"_s << false;
}

void tst_ArticleText::dateOnly()
{
    QFETCH(QString, line);
    QFETCH(bool, dateOnly);
    QCOMPARE(ArticleText::isDateOnly(line), dateOnly);
}

void tst_ArticleText::dateMeta_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("meta");
    QTest::newRow("date and category") << u"24. März 2004, 19:49 | Genesis"_s << true;
    QTest::newRow("blog post footer")
        << u"January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments"_s << true;
    QTest::newRow("kicker and time") << u"Energie 12.12.2022, 08:30 Uhr"_s << true;
    QTest::newRow("labelled date") << u"Veröffentlichung: 2. Februar 2022"_s << true;
    QTest::newRow("byline is left to the byline scan") << u"홍길동 기자 | 2019.05.23 09:18"_s << false;
    QTest::newRow("sentence with a time")
        << u"Ein Neulenker ist in der Nacht auf Samstag um 23:50 verunglückt."_s << false;
    QTest::newRow("labels without a date") << u"Rentenpolitik | Blog | Mailaktion"_s << false;
}

void tst_ArticleText::dateMeta()
{
    QFETCH(QString, line);
    QFETCH(bool, meta);
    QCOMPARE(ArticleText::isDateMeta(line) || ArticleText::isDateOnly(line), meta);
}

void tst_ArticleText::cleanRemovesRepeatedBodyAndMovesCaptions()
{
    ArticleText::Input input;
    input.paragraphs = {u"[대전=뉴시스] 홍길동 기자 = 첫 문단입니다."_s,
                        u"▲ 협약식 모습. ⓒ대전시 제공"_s,
                        u"둘째 문단은 조금 더 깁니다."_s,
                        u"저작권자 © 뉴시스 무단전재 및 재배포 금지"_s,
                        u"첫 문단입니다."_s,
                        u"둘째 문단은 조금 더 깁니다."_s,
                        u"▲ 협약식 모습. ⓒ대전시 제공"_s,
                        u"hong@newsis.com"_s};
    const ArticleText::Output out = ArticleText::clean(input);
    QCOMPARE(out.paragraphs, (QStringList{u"첫 문단입니다."_s, u"둘째 문단은 조금 더 깁니다."_s}));
    QCOMPARE(out.captions, QStringList{u"▲ 협약식 모습. ⓒ대전시 제공"_s});
    QCOMPARE(out.byline.authors, QStringList{u"홍길동"_s});
    QCOMPARE(out.byline.emails, QStringList{u"hong@newsis.com"_s});
    QCOMPARE(out.byline.dateline, u"대전"_s);
}

void tst_ArticleText::cleanTakesBylinesFromHeaderLines()
{
    ArticleText::Input input;
    input.headerLines = {u"홍길동 기자"_s, u"입력 2019.05.23 09:18"_s, u"수정 2019.05.24 10:00"_s};
    input.paragraphs = {u"본문 첫 문단입니다."_s};
    const ArticleText::Output out = ArticleText::clean(input);
    QCOMPARE(out.byline.authors, QStringList{u"홍길동"_s});
    QCOMPARE(out.publishedText, u"2019.05.23 09:18"_s);
    QCOMPARE(out.updatedText, u"2019.05.24 10:00"_s);
    QCOMPARE(out.paragraphs, QStringList{u"본문 첫 문단입니다."_s});
}

void tst_ArticleText::cleanKeepsRepeatsWithinOneSection()
{
    // A refrain repeated in one container is the author's; the same lines in another container are a copy of the
    // article (a print or clean-view version) and go, even when that copy joins them into one block.
    const QString refrain = u"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."_s;
    const QString other = u"Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi."_s;
    ArticleText::Input input;
    input.paragraphs = {refrain, other, refrain, refrain + u' ' + other};
    input.sections = {1, 1, 1, 2};
    QCOMPARE(ArticleText::clean(input).paragraphs, (QStringList{refrain, other, refrain}));
    // A section that repeats one paragraph beside new ones is not a copy: the repeat stays.
    const QString fresh = u"Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore."_s;
    input.paragraphs = {refrain, other, refrain, fresh};
    input.sections = {1, 1, 2, 2};
    QCOMPARE(ArticleText::clean(input).paragraphs, (QStringList{refrain, other, refrain, fresh}));
    input.paragraphs = {refrain, other, refrain, refrain + u' ' + other};
    // Without sections (feed content) every repeat goes, as before.
    input.sections.clear();
    QCOMPARE(ArticleText::clean(input).paragraphs, (QStringList{refrain, other}));
}

void tst_ArticleText::cleanReadsBylineAndDateSharingALine_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QStringList>("authors");
    QTest::newRow("reporter then labelled date")
        << u"홍길동 기자 기사입력 2019/05/23 [09:18]"_s << u"2019/05/23 [09:18]"_s << QStringList{u"홍길동"_s};
    QTest::newRow("unlabelled date then reporter")
        << u"2019.05.23 09:18:33 | 홍길동 기자"_s << u"2019.05.23 09:18:33"_s << QStringList{u"홍길동"_s};
    QTest::newRow("correspondent then korean date") << u"홍길동 특파원 | 2019년 05월 23일 (목) 09:18"_s
                                                    << u"2019년 05월 23일 (목) 09:18"_s << QStringList{u"홍길동"_s};
    QTest::newRow("reporter with e-mail then date") << u"홍길동 기자 hong@daejonilbo.com 승인 2019.05.23 09:18"_s
                                                    << u"2019.05.23 09:18"_s << QStringList{u"홍길동"_s};
}

void tst_ArticleText::cleanReadsBylineAndDateSharingALine()
{
    QFETCH(QString, header);
    QFETCH(QString, published);
    QFETCH(QStringList, authors);
    ArticleText::Input input;
    input.headerLines = {header};
    input.paragraphs = {u"대전시가 카자흐스탄 의료관광객 유치에 나섰다."_s};
    const ArticleText::Output out = ArticleText::clean(input);
    QCOMPARE(out.publishedText, published);
    QCOMPARE(out.byline.authors, authors);
    QCOMPARE(out.paragraphs, input.paragraphs);
}

void tst_ArticleText::creditClosesACaption()
{
    QVERIFY(ArticleText::isCaption(u"Die Junioren beim Training in Halle. (Foto: Privat)"_s));
    QVERIFY(ArticleText::isCaption(u"▲ 협약식 모습. ⓒ대전시 제공"_s));
    QVERIFY(!ArticleText::isCaption(u"Die Junioren trainieren in Halle (seit 2019)."_s));
    QVERIFY(ArticleText::isCaption(u"Abbildung 4: klassische Schwachschicht."_s));
    QVERIFY(ArticleText::isCaption(u"Figure 2. Patients treated per year"_s));
    QVERIFY(!ArticleText::isCaption(u"Abbildungen der Klinik zeigen den neuen Operationssaal."_s));
}

QTEST_GUILESS_MAIN(tst_ArticleText)
#include "tst_articletext.moc"
