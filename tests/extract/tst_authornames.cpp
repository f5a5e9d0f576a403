// SPDX-License-Identifier: GPL-3.0-or-later
// Authors are people (issue 20): reporters' names without their titles; outlets, portals and desks are not authors.
#include "text/authornames.h"

#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_AuthorNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void person_data();
    void person();
    void outlet_data();
    void outlet();
    void sortKeepsPeopleAndTheFirstOutlet();
};

void tst_AuthorNames::person_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("person");
    QTest::newRow("reporter") << u"홍길동 기자"_s << u"홍길동"_s;
    QTest::newRow("correspondent") << u"김민수 특파원"_s << u"김민수"_s;
    QTest::newRow("senior reporter") << u"이민아 선임기자"_s << u"이민아"_s;
    QTest::newRow("senior reporter spaced") << u"이민아 선임 기자"_s << u"이민아"_s;
    QTest::newRow("bare korean name") << u"박광주"_s << u"박광주"_s;
    QTest::newRow("with e-mail") << u"홍길동 기자 hong@example.com"_s << u"홍길동"_s;
    QTest::newRow("e-mail in parentheses") << u"홍길동(hong@example.com) 기자"_s << u"홍길동"_s;
    QTest::newRow("outlet before reporter") << u"연합뉴스 홍길동 기자"_s << u"홍길동"_s;
    QTest::newRow("english") << u"Dan Goodin"_s << u"Dan Goodin"_s;
    QTest::newRow("english initials") << u"Nelson D. Schwartz"_s << u"Nelson D. Schwartz"_s;
    QTest::newRow("english upper case") << u"NATALIYA VASILYEVA"_s << u"NATALIYA VASILYEVA"_s;
    QTest::newRow("by line") << u"By Lucy Akins"_s << u"Lucy Akins"_s;
    QTest::newRow("french by line") << u"Par Sébastien Farcis"_s << u"Sébastien Farcis"_s;
    QTest::newRow("chinese name") << u"肖春芳"_s << u"肖春芳"_s;
    QTest::newRow("note after the name") << u"Bradley M. Kuhn (http://ebb.org/bkuhn/)"_s << u"Bradley M. Kuhn"_s;
    QTest::newRow("korean outlet") << u"광주일보"_s << QString();
    QTest::newRow("korean wire") << u"연합뉴스"_s << QString();
    QTest::newRow("portal label") << u"대전일보 | 네이버"_s << QString();
    QTest::newRow("desk") << u"온라인뉴스팀"_s << QString();
    QTest::newRow("admin") << u"관리자"_s << QString();
    QTest::newRow("english outlet") << u"The Korea Herald"_s << QString();
    QTest::newRow("english wire") << u"Yonhap"_s << QString();
    QTest::newRow("role") << u"Staff Reporter"_s << QString();
    QTest::newRow("url") << u"https://example.com/people/hong"_s << QString();
    QTest::newRow("sentence") << u"대전시가 협약을 맺었다."_s << QString();
    QTest::newRow("name ending like an outlet word") << u"김경제"_s << u"김경제"_s;
}

void tst_AuthorNames::person()
{
    QFETCH(QString, label);
    QFETCH(QString, person);
    QCOMPARE(AuthorNames::person(label), person);
}

void tst_AuthorNames::outlet_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("outlet");
    QTest::newRow("portal label") << u"대전일보 | 네이버"_s << u"대전일보"_s;
    QTest::newRow("portal label, daum") << u"중도일보 - 다음"_s << u"중도일보"_s;
    QTest::newRow("outlet") << u"광주일보"_s << u"광주일보"_s;
    QTest::newRow("english outlet") << u"The Korea Herald"_s << u"The Korea Herald"_s;
    QTest::newRow("domain") << u"mk.co.kr"_s << u"mk.co.kr"_s;
    QTest::newRow("person") << u"홍길동 기자"_s << QString();
    QTest::newRow("desk") << u"온라인뉴스팀"_s << QString();
}

void tst_AuthorNames::outlet()
{
    QFETCH(QString, label);
    QFETCH(QString, outlet);
    QCOMPARE(AuthorNames::outlet(label), outlet);
}

void tst_AuthorNames::sortKeepsPeopleAndTheFirstOutlet()
{
    const AuthorNames::Sorted sorted = AuthorNames::sort(
        {u"대전일보 | 네이버"_s, u"홍길동 기자"_s, u"관리자"_s, u"김민수 특파원"_s, u"홍길동"_s, u"연합뉴스"_s});
    QCOMPARE(sorted.people, (QStringList{u"홍길동"_s, u"김민수"_s}));
    QCOMPARE(sorted.outlet, u"대전일보"_s);
}

QTEST_GUILESS_MAIN(tst_AuthorNames)
#include "tst_authornames.moc"
