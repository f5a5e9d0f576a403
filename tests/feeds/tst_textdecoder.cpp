// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using Medtour::DecodedText;
using Medtour::EncodingSource;
using Medtour::TextDecoder;

Q_DECLARE_METATYPE(EncodingSource)
Q_DECLARE_METATYPE(TextDecoder::Kind)

namespace {

// "한국 의료관광 외국인 환자 유치" in EUC-KR and UTF-8, "년" (the feedparser character), and UHC-only syllables.
const QByteArray kKoreanEucKr("\xC7\xD1\xB1\xB9\x20\xC0\xC7\xB7\xE1\xB0\xFC\xB1\xA4\x20\xBF\xDC\xB1\xB9\xC0\xCE\x20"
                              "\xC8\xAF\xC0\xDA\x20\xC0\xAF\xC4\xA1");
const QString kKorean = QStringLiteral(u"한국 의료관광 외국인 환자 유치");
const QByteArray kKoreanUtf8 = kKorean.toUtf8();
const QByteArray kNyeonEucKr("\xB3\xE2");
const QByteArray kUhcEucKr("\x8C\x63\xB9\xE6\xB0\xA2\xC7\xCF\x20\xC1\x64"); // 똠방각하 햏

QByteArray xmlDeclaration(const char *encoding)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"") + encoding + "\"?>\n";
}

QByteArray rss(const QByteArray &title)
{
    return "<rss><channel><title>" + title + "</title></channel></rss>";
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
    }
    return out;
}

QString corpusPath(const QString &relative)
{
    return QDir(QStringLiteral(MEDTOUR_SHARED_DIR)).filePath(QStringLiteral("corpora/") + relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// WHATWG decodes GBK labels with the gb18030 decoder, so for "which decoder was used" the two names are one.
bool sameDecoder(const QByteArray &a, const QByteArray &b)
{
    const auto family = [](const QByteArray &n) {
        return n == "GBK" ? QByteArray("gb18030") : n;
    };
    return !a.isEmpty() && family(a) == family(b);
}

#define SKIP_WITHOUT_CORPUS(relative)                                                                                  \
    if (!QFileInfo::exists(corpusPath(QStringLiteral(relative))))                                                      \
        QSKIP(qPrintable(QStringLiteral("shared corpus missing: ") + corpusPath(QStringLiteral(relative)) +            \
                         QStringLiteral(" (set MEDTOUR_SHARED_DIR; CI must provide it)")));

// ---- feedparser tests/encoding classification ------------------------------------------------------------------

enum class FeedCheck
{
    Encoding,
    TextContains,
    HadErrors,
    Clean,
    NoCrash,
    NotApplicable
};

const char *const kRfc3023 = "feedparser applies RFC 3023 (text/* without charset means us-ascii and the XML "
                             "declaration is ignored); RFC 7303 obsoleted that and browsers use the BOM, the "
                             "declaration or UTF-8, which is what we do";

// Rows we do not score, with the reason. Every row of tests/encoding must be scored or listed here.
const QHash<QString, const char *> &notApplicable()
{
    static const QHash<QString, const char *> table{
        {QStringLiteral("http_text_atom_xml_default.xml"), kRfc3023},
        {QStringLiteral("http_text_atom_xml_encoding.xml"), kRfc3023},
        {QStringLiteral("http_text_rss_xml_default.xml"), kRfc3023},
        {QStringLiteral("http_text_rss_xml_encoding.xml"), kRfc3023},
        {QStringLiteral("http_text_xml_default.xml"), kRfc3023},
        {QStringLiteral("http_text_xml_bogus_charset.xml"), kRfc3023},
        {QStringLiteral("http_text_xml_bogus_param.xml"), kRfc3023},
        {QStringLiteral("http_text_xml_qs.xml"), kRfc3023},
        {QStringLiteral("http_text_xml_epe_default.xml"), kRfc3023},
        {QStringLiteral("http_text_xml_epe_encoding.xml"), kRfc3023},
        {QStringLiteral("bozo_http_i18n.xml"), kRfc3023},
        {QStringLiteral("bozo_http_text_plain.xml"),
         "expects only bozo because text/plain is not an XML media type; a parser concern, not a decoder one"},
        {QStringLiteral("bozo_bogus_encoding.xml"),
         "expects only bozo (unknown label in the XML declaration); no encoding or text value to compare"},
        {QStringLiteral("bozo_double-encoded-html.xml"),
         "checks ord() of an entity-decoded description; the bytes are ASCII, entities are the XML parser's job"},
        {QStringLiteral("double-encoded-html.xml"),
         "checks ord() of an entity-decoded description; the bytes are ASCII, entities are the XML parser's job"},
        {QStringLiteral("demoronize-1.xml"),
         "feedparser rewrites C1 controls to windows-1252 punctuation after decoding; a decoder keeps U+0092"},
        {QStringLiteral("demoronize-2.xml"),
         "feedparser rewrites C1 controls to windows-1252 punctuation after decoding; a decoder keeps U+0092"},
        {QStringLiteral("demoronize-3.xml"), "checks escaped markup in the description; the bytes are ASCII"},
        {QStringLiteral("bozo_linenoise.xml"),
         "expects feedparser's sanitised summary after its own fallback; '\\u0160' for byte 0xA9 is not any single "
         "decoding of these bytes (we fall back to windows-1252 and report source Detected)"},
    };
    return table;
}

// Rows without an "encoding ==" expectation that still say something a decoder must satisfy.
const QHash<QString, QString> &textChecks()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("euc-kr.xml"), QStringLiteral(u"년")},
        {QStringLiteral("euc-kr-item.xml"), QStringLiteral(u"년")},
        {QStringLiteral("euc-kr-attribute.xml"), QStringLiteral(u"alt=\"년\" />")}, // inside escaped markup
        {QStringLiteral("http_text_xml_charset_2.xml"), QStringLiteral(u"This is a £“test.”")},
        {QStringLiteral("http_text_xml_charset_overrides_encoding_2.xml"), QStringLiteral(u"This is a £“test.”")},
        {QStringLiteral("http_i18n.xml"), QStringLiteral(u"Iñtërnâtiônàlizætiøn")},
    };
    return table;
}

struct FeedRow
{
    QString file; // relative to tests/encoding
    QByteArray contentType;
    QByteArray expectedEncoding;
    QString expect; // the raw Python expression
};

QList<FeedRow> feedparserEncodingRows()
{
    QList<FeedRow> rows;
    const QList<QByteArray> lines = readAll(corpusPath(QStringLiteral("feedparser/expectations.jsonl"))).split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString file = o.value(QLatin1String("file")).toString();
        if (!file.startsWith(QLatin1String("tests/encoding/")))
            continue;
        FeedRow row{file.mid(15), {}, {}, o.value(QLatin1String("expect")).toString()};
        const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0)
                row.contentType = it.value().toString().toUtf8();
        }
        const QJsonArray checks = o.value(QLatin1String("checks")).toArray();
        for (const QJsonValue &check : checks) {
            if (check[QLatin1String("path")].toString() == QLatin1String("encoding"))
                row.expectedEncoding = check[QLatin1String("value")].toString().toUtf8();
        }
        rows.append(row);
    }
    return rows;
}

DecodedText decodeFeedparserFile(const FeedRow &row)
{
    const QByteArray bytes = readAll(corpusPath(QStringLiteral("feedparser/tests/encoding/") + row.file));
    return TextDecoder::decode(bytes, row.contentType, TextDecoder::Kind::Xml);
}

} // namespace

class tst_TextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalName_data();
    void canonicalName();
    void charsetFromContentType_data();
    void charsetFromContentType();
    void decode_data();
    void decode();
    void legacyDetectionBias_data();
    void legacyDetectionBias();
    void uhcSyllables();
    void eucKrTable();
    void golangDetection_data();
    void golangDetection();
    void feedparserEncoding_data();
    void feedparserEncoding();
    void feedparserSummary();
    void randomBytesDoNotCrash();
};

void tst_TextDecoder::canonicalName_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("expected");
    const char *const korean[] = {"euc-kr",         "EUC-KR",       " ks_c_5601-1987 ", "cseuckr", "korean",
                                  "windows-949",    "cp949",        "iso-ir-149",       "ksc5601", "ksc_5601",
                                  "ks_c_5601-1989", "csksc56011987"};
    for (const char *label : korean)
        QTest::newRow(qPrintable(QStringLiteral("korean label ") + QLatin1String(label)))
            << QByteArray(label) << QByteArray("windows-949");
    QTest::newRow("utf8 alias") << QByteArray("utf8") << QByteArray("UTF-8");
    QTest::newRow("latin1 is windows-1252") << QByteArray("ISO-8859-1") << QByteArray("windows-1252");
    QTest::newRow("us-ascii is windows-1252") << QByteArray("us-ascii") << QByteArray("windows-1252");
    QTest::newRow("gb2312 is GBK") << QByteArray("gb2312") << QByteArray("GBK");
    QTest::newRow("gb18030 kept") << QByteArray("GB18030") << QByteArray("gb18030");
    QTest::newRow("sjis") << QByteArray("x-sjis") << QByteArray("Shift_JIS");
    QTest::newRow("big5") << QByteArray("big5") << QByteArray("Big5");
    QTest::newRow("euc-jp") << QByteArray("euc-jp") << QByteArray("EUC-JP");
    QTest::newRow("utf-16 is little endian") << QByteArray("utf-16") << QByteArray("UTF-16LE");
    QTest::newRow("iso-8859-9 is windows-1254") << QByteArray("iso-8859-9") << QByteArray("windows-1254");
    QTest::newRow("unknown") << QByteArray("bogus") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("ISO-8859-16 missing in ICU 72") << QByteArray("iso-8859-16") << QByteArray();
}

void tst_TextDecoder::canonicalName()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, expected);
    const QByteArray name = TextDecoder::canonicalName(label);
    QCOMPARE(name, expected);
    if (!name.isEmpty()) { // every canonical name maps to itself and has a working decoder
        QCOMPARE(TextDecoder::canonicalName(name), name);
        bool ok = false;
        const QString abc = TextDecoder::decodeAs("abc", name, &ok);
        if (name != "UTF-16LE" && name != "UTF-16BE") {
            QVERIFY(ok);
            QCOMPARE(abc, QStringLiteral("abc"));
        }
    }
}

void tst_TextDecoder::charsetFromContentType_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("plain") << QByteArray("text/xml; charset=euc-kr") << QByteArray("euc-kr");
    QTest::newRow("double quoted") << QByteArray("application/xml;charset= \"us-ascii\"") << QByteArray("us-ascii");
    QTest::newRow("single quoted") << QByteArray("application/atom+xml;charset='gb2312'") << QByteArray("gb2312");
    QTest::newRow("spaces around equals") << QByteArray("text/xml;charset = us-ascii") << QByteArray("us-ascii");
    QTest::newRow("upper case name") << QByteArray("text/html; CHARSET=UTF-8") << QByteArray("UTF-8");
    QTest::newRow("other parameters first") << QByteArray("text/xml; q=1; charset=utf-8") << QByteArray("utf-8");
    QTest::newRow("no charset") << QByteArray("text/xml") << QByteArray();
    QTest::newRow("colon is not a parameter") << QByteArray("text/xml; charset:iso-8859-1") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_TextDecoder::charsetFromContentType()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, charset);
    QCOMPARE(TextDecoder::charsetFromContentType(header), charset);
}

void tst_TextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<TextDecoder::Kind>("kind");
    QTest::addColumn<QString>("contains"); // empty: not checked
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<EncodingSource>("source");
    QTest::addColumn<bool>("hadErrors");

    using K = TextDecoder::Kind;
    using S = EncodingSource;
    const QByteArray html = "<!DOCTYPE html><html><head>";
    const QString feedText = QStringLiteral("<rss><channel><title>") + kKorean;

    QTest::newRow("utf-8 bom stripped") << QByteArray("\xEF\xBB\xBF") + rss(kKoreanUtf8) << QByteArray() << K::Xml
                                        << QStringLiteral("<rss>") << QByteArray("UTF-8") << S::Bom << false;
    QTest::newRow("bom beats header and declaration")
        << QByteArray("\xEF\xBB\xBF") + xmlDeclaration("euc-kr") + rss(kKoreanUtf8)
        << QByteArray("text/xml; charset=iso-8859-1") << K::Xml << kKorean << QByteArray("UTF-8") << S::Bom << false;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + utf16(feedText, true) << QByteArray() << K::Xml
                                  << feedText << QByteArray("UTF-16LE") << S::Bom << false;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + utf16(feedText, false) << QByteArray() << K::Xml
                                  << feedText << QByteArray("UTF-16BE") << S::Bom << false;
    QTest::newRow("utf-32le bom") << QByteArray("\xFF\xFE\0\0<\0\0\0a\0\0\0", 12) << QByteArray() << K::Xml
                                  << QStringLiteral("<a") << QByteArray("UTF-32LE") << S::Bom << false;
    QTest::newRow("utf-16le without bom by xml signature")
        << utf16(QStringLiteral("<?xml version=\"1.0\"?>") + feedText, true) << QByteArray() << K::Xml << feedText
        << QByteArray("UTF-16LE") << S::Detected << false;
    QTest::newRow("utf-8 bom with invalid bytes")
        << QByteArray("\xEF\xBB\xBF<a>\xFF\xFE\xC0</a>") << QByteArray() << K::Xml << QStringLiteral("<a>")
        << QByteArray("UTF-8") << S::Bom << true;
    QTest::newRow("http header beats declaration")
        << xmlDeclaration("iso-8859-1") + rss(kKoreanEucKr) << QByteArray("text/xml; charset=euc-kr") << K::Xml
        << kKorean << QByteArray("windows-949") << S::HttpHeader << false;
    QTest::newRow("http utf-8 beats euc-kr declaration")
        << xmlDeclaration("euc-kr") + rss(kKoreanUtf8) << QByteArray("application/rss+xml; charset=UTF-8") << K::Xml
        << kKorean << QByteArray("UTF-8") << S::HttpHeader << false;
    QTest::newRow("declaration used") << xmlDeclaration("euc-kr") + rss(kKoreanEucKr) << QByteArray() << K::Xml
                                      << kKorean << QByteArray("windows-949") << S::Declaration << false;
    QTest::newRow("single quoted declaration")
        << QByteArray("<?xml version='1.0' encoding='EUC-KR' ?><a>") + kNyeonEucKr << QByteArray() << K::Xml
        << QStringLiteral(u"<a>년") << QByteArray("windows-949") << S::Declaration << false;
    QTest::newRow("iso-8859-1 declaration uses windows-1252 table")
        << xmlDeclaration("iso-8859-1") + rss("\x93quoted\x94 \xE9t\xE9") << QByteArray() << K::Xml
        << QStringLiteral(u"“quoted” été") << QByteArray("windows-1252") << S::Declaration << false;
    QTest::newRow("utf-8 declaration on euc-kr bytes")
        << xmlDeclaration("utf-8") + rss(kKoreanEucKr) << QByteArray() << K::Xml << kKorean << QByteArray("windows-949")
        << S::Detected << false;
    QTest::newRow("utf-8 header on euc-kr bytes")
        << rss(kKoreanEucKr) << QByteArray("text/xml; charset=utf-8") << K::Xml << kKorean << QByteArray("windows-949")
        << S::Detected << false;
    QTest::newRow("euc-kr declaration on utf-8 bytes")
        << xmlDeclaration("euc-kr") + rss(kKoreanUtf8) << QByteArray() << K::Xml << kKorean << QByteArray("UTF-8")
        << S::Detected << false;
    QTest::newRow("wrong utf-8 header falls back to euc-kr declaration")
        << xmlDeclaration("euc-kr") + rss(kKoreanEucKr) << QByteArray("text/xml; charset=utf-8") << K::Xml << kKorean
        << QByteArray("windows-949") << S::Declaration << false;
    QTest::newRow("latin-1 server default loses to utf-8 declaration")
        << xmlDeclaration("utf-8") + rss(kKoreanUtf8) << QByteArray("text/xml; charset=ISO-8859-1") << K::Xml << kKorean
        << QByteArray("UTF-8") << S::Declaration << false;
    QTest::newRow("latin-1 server default loses to euc-kr declaration")
        << xmlDeclaration("euc-kr") + rss(kKoreanEucKr) << QByteArray("text/xml; charset=ISO-8859-1") << K::Xml
        << kKorean << QByteArray("windows-949") << S::Declaration << false;
    QTest::newRow("latin-1 declaration alone is trusted on utf-8 bytes")
        << xmlDeclaration("iso-8859-1") + rss("caf\xC3\xA9") << QByteArray() << K::Xml << QStringLiteral(u"cafÃ©")
        << QByteArray("windows-1252") << S::Declaration << false;
    QTest::newRow("mostly valid utf-8 keeps its label")
        << xmlDeclaration("utf-8") + rss(kKoreanUtf8.repeated(20) + "\xFF") << QByteArray() << K::Xml << kKorean
        << QByteArray("UTF-8") << S::Declaration << true;
    QTest::newRow("unlabelled euc-kr") << rss(kKoreanEucKr) << QByteArray() << K::Xml << kKorean
                                       << QByteArray("windows-949") << S::Detected << false;
    QTest::newRow("unlabelled single hangul syllable")
        << rss(kNyeonEucKr) << QByteArray() << K::Xml << QStringLiteral(u"년") << QByteArray("windows-949")
        << S::Detected << false;
    QTest::newRow("unlabelled uhc syllables")
        << rss(kUhcEucKr + " " + kKoreanEucKr) << QByteArray() << K::Xml << QStringLiteral(u"똠방각하 햏 ") + kKorean
        << QByteArray("windows-949") << S::Detected << false;
    QTest::newRow("unlabelled utf-8") << rss(kKoreanUtf8) << QByteArray() << K::Xml << kKorean << QByteArray("UTF-8")
                                      << S::Detected << false;
    QTest::newRow("unlabelled ascii") << rss("plain") << QByteArray() << K::Xml << QStringLiteral("plain")
                                      << QByteArray("UTF-8") << S::Default << false;
    QTest::newRow("unlabelled windows-1252 with smart quotes")
        << rss("It\x92s the patient\x92s choice, \x93quoted\x94 caf\xE9") << QByteArray() << K::Xml
        << QStringLiteral(u"It’s the patient’s choice, “quoted” café") << QByteArray("windows-1252") << S::Detected
        << false;
    QTest::newRow("ks_c_5601-1987 label") << rss(kKoreanEucKr) << QByteArray("text/html; charset=ks_c_5601-1987")
                                          << K::Html << kKorean << QByteArray("windows-949") << S::HttpHeader << false;
    QTest::newRow("html meta charset") << html + "<meta charset=\"euc-kr\"><title>" + kKoreanEucKr << QByteArray()
                                       << K::Html << kKorean << QByteArray("windows-949") << S::Declaration << false;
    QTest::newRow("html meta http-equiv")
        << html + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ks_c_5601-1987\">" + kKoreanEucKr
        << QByteArray() << K::Html << kKorean << QByteArray("windows-949") << S::Declaration << false;
    QTest::newRow("html meta content without http-equiv ignored")
        << html + "<meta name=\"x\" content=\"charset=euc-kr\">" + kKoreanUtf8 << QByteArray() << K::Html << kKorean
        << QByteArray("UTF-8") << S::Detected << false;
    QTest::newRow("html meta inside comment ignored")
        << html + "<!-- <meta charset=\"euc-kr\"> -->" + kKoreanUtf8 << QByteArray() << K::Html << kKorean
        << QByteArray("UTF-8") << S::Detected << false;
    QTest::newRow("html meta in attribute value ignored")
        << html + "<div title='<meta charset=euc-kr>'>" + kKoreanUtf8 << QByteArray() << K::Html << kKorean
        << QByteArray("UTF-8") << S::Detected << false;
    QTest::newRow("html meta utf-16 means utf-8")
        << html + "<meta charset=utf-16>" + kKoreanUtf8 << QByteArray() << K::Html << kKorean << QByteArray("UTF-8")
        << S::Declaration << false;
    QTest::newRow("html meta not read for xml") << html + "<meta charset=\"euc-kr\">" + kKoreanUtf8 << QByteArray()
                                                << K::Xml << kKorean << QByteArray("UTF-8") << S::Detected << false;
    QTest::newRow("html falls back to xml declaration")
        << xmlDeclaration("euc-kr") + "<html>" + kKoreanEucKr << QByteArray() << K::Html << kKorean
        << QByteArray("windows-949") << S::Declaration << false;
    QTest::newRow("unknown label ignored")
        << xmlDeclaration("bogus") + rss("x") << QByteArray("text/xml; charset=nope") << K::Xml << QStringLiteral("x")
        << QByteArray("UTF-8") << S::Default << false;
    QTest::newRow("utf-16 header on ascii bytes ignored")
        << rss("x") << QByteArray("text/xml; charset=utf-16") << K::Xml << QStringLiteral("<rss>")
        << QByteArray("UTF-8") << S::Default << false;
    QTest::newRow("euc-kr invalid bytes keep label")
        << xmlDeclaration("euc-kr") + rss(kKoreanEucKr.repeated(5) + "\xFF") << QByteArray() << K::Xml << kKorean
        << QByteArray("windows-949") << S::Declaration << true;
    QTest::newRow("garbage after utf-16 bom") << QByteArray("\xFF\xFE\x00\xDC\x41", 5) << QByteArray() << K::Xml
                                              << QString() << QByteArray("UTF-16LE") << S::Bom << true;
    QTest::newRow("empty input") << QByteArray() << QByteArray() << K::Xml << QString() << QByteArray("UTF-8")
                                 << S::Default << false;
    QTest::newRow("empty input with header") << QByteArray() << QByteArray("text/xml; charset=euc-kr") << K::Xml
                                             << QString() << QByteArray("windows-949") << S::HttpHeader << false;
}

void tst_TextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(TextDecoder::Kind, kind);
    QFETCH(QString, contains);
    QFETCH(QByteArray, encoding);
    QFETCH(EncodingSource, source);
    QFETCH(bool, hadErrors);

    const DecodedText result = TextDecoder::decode(bytes, contentType, kind);
    if (!contains.isEmpty())
        QVERIFY2(result.text.contains(contains), qPrintable(result.text));
    QVERIFY(!result.text.startsWith(QChar(0xFEFF)));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.source, source);
    QCOMPARE(result.hadErrors, hadErrors);
    if (bytes.isEmpty())
        QVERIFY(result.text.isEmpty());
}

// The Hangul bias must not swallow other double-byte texts, and non-Latin single-byte scripts must beat the fallback.
void tst_TextDecoder::legacyDetectionBias_data()
{
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QByteArray>("expected"); // prefixed with '!' means "anything but"
    QTest::newRow("short gbk is not korean")
        << QByteArray("\xBA\xAB\xB9\xFA\xD2\xBD\xC1\xC6\xC2\xC3\xD3\xCE\xB3\xD6\xD0\xF8\xD4\xF6\xB3\xA4")
        << QByteArray("!windows-949");
    QTest::newRow("short big5 is not korean")
        << QByteArray("\xC1\xFA\xB0\xEA\xC2\xE5\xC0\xF8\xAE\xC8\xB9\x43\xAB\xF9\xC4\xF2\xBC\x57\xAA\xF8")
        << QByteArray("!windows-949");
    QTest::newRow("short shift_jis is not korean")
        << QByteArray("\x88\xE3\x97\xC3\x8A\xCF\x8C\xF5\x82\xAA\x91\x9D\x89\xC1") << QByteArray("!windows-949");
    QTest::newRow("euc-jp sentence with kana is not korean")
        << QByteArray(
               "\xB0\xE5\xCE\xC5\xB4\xD1\xB8\xF7\xA4\xAC\xC1\xFD\xB2\xC3\xA4\xB7\xA4\xC6\xA4\xA4\xA4\xDE\xA4\xB9")
        << QByteArray("!windows-949");
    // ICU's statistics need a sentence; a three-word Cyrillic title still falls back to windows-1252.
    QTest::newRow("russian windows-1251 sentence")
        << QByteArray("\xCC\xE5\xE4\xE8\xF6\xE8\xED\xF1\xEA\xE8\xE9 \xF2\xF3\xF0\xE8\xE7\xEC \xE2 \xCA\xEE\xF0\xE5"
                      "\xE5 \xF0\xE0\xF1\xF2\xB8\xF2: \xEA\xEB\xE8\xED\xE8\xEA\xE8 \xD1\xE5\xF3\xEB\xE0 \xEF\xF0\xE8"
                      "\xED\xE8\xEC\xE0\xFE\xF2 \xEF\xE0\xF6\xE8\xE5\xED\xF2\xEE\xE2 \xE8\xE7 \xCA\xE0\xE7\xE0\xF5"
                      "\xF1\xF2\xE0\xED\xE0")
        << QByteArray("windows-1251");
    QTest::newRow("korean with one hanja") << QByteArray("\xDA\xB8 ") + kKoreanEucKr << QByteArray("windows-949");
}

void tst_TextDecoder::legacyDetectionBias()
{
    QFETCH(QByteArray, title);
    QFETCH(QByteArray, expected);
    const DecodedText result = TextDecoder::decode(rss(title));
    if (expected.startsWith('!'))
        QVERIFY2(result.encoding != expected.mid(1), result.encoding.constData());
    else
        QCOMPARE(result.encoding, expected);
}

// All 11,172 modern Hangul syllables: 2,350 from KS X 1001 plus the 8,822 that only UHC (CP949) has.
void tst_TextDecoder::uhcSyllables()
{
    bool ok = false;
    QCOMPARE(TextDecoder::decodeAs("\x81\x41", "windows-949", &ok), QString(QChar(0xAC02)));
    QVERIFY(ok);
    QSet<char16_t> ksx, uhc;
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
        for (int trail = 0x41; trail <= 0xFE; ++trail) {
            const QByteArray pair = QByteArray(1, char(lead)) + char(trail);
            const QString s = TextDecoder::decodeAs(pair, "windows-949", &ok);
            if (!ok || s.size() != 1 || s[0].unicode() < 0xAC00 || s[0].unicode() > 0xD7A3)
                continue;
            (lead >= 0xB0 && lead <= 0xC8 && trail >= 0xA1 ? ksx : uhc).insert(s[0].unicode());
        }
    }
    QCOMPARE(ksx.size(), 2350);
    QCOMPARE(uhc.size(), 8822);
    QCOMPARE(ksx.unite(uhc).size(), 11172);
}

void tst_TextDecoder::eucKrTable()
{
    SKIP_WITHOUT_CORPUS("encoding_rs-euc-kr/test_data/euc_kr_in.txt");
    const QList<QByteArray> in =
        readAll(corpusPath(QStringLiteral("encoding_rs-euc-kr/test_data/euc_kr_in.txt"))).split('\n');
    const QList<QByteArray> ref =
        readAll(corpusPath(QStringLiteral("encoding_rs-euc-kr/test_data/euc_kr_in_ref.txt"))).split('\n');
    QCOMPARE(in.size(), ref.size());
    int valid = 0, validMismatches = 0, errorLines = 0, errorExact = 0, errorsNotFlagged = 0, validFlagged = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        bool ok = false;
        const QString got = TextDecoder::decodeAs(in[i], "windows-949", &ok);
        const QString expected = QString::fromUtf8(ref[i]);
        if (expected.contains(QChar::ReplacementCharacter)) {
            ++errorLines;
            errorExact += got == expected;
            errorsNotFlagged += ok;
            continue;
        }
        ++valid;
        validFlagged += !ok;
        if (got != expected && ++validMismatches <= 5)
            qWarning("line %lld: got %s want %s", qlonglong(i + 1), qPrintable(got), qPrintable(expected));
    }
    qInfo("encoding_rs EUC-KR table: %d valid lines (%d mismatches), %d error lines (%d identical to WHATWG, "
          "%d not flagged)",
          valid, validMismatches, errorLines, errorExact, errorsNotFlagged);
    QVERIFY(valid > 17000);
    QCOMPARE(validMismatches, 0);
    QCOMPARE(validFlagged, 0);
    QCOMPARE(errorsNotFlagged, 0);
}

void tst_TextDecoder::golangDetection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("utf8Twin");
    QTest::addColumn<QByteArray>("expected"); // empty: not claimed, only reported
    const auto row = [](const char *name, const char *file, const char *twin, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(twin) << QByteArray(expected);
    };
    row("korean euc-kr", "unsu-joh-eun-nal-euc-kr.txt", "unsu-joh-eun-nal-utf-8.txt", "windows-949");
    row("korean utf-8", "unsu-joh-eun-nal-utf-8.txt", "unsu-joh-eun-nal-utf-8.txt", "UTF-8");
    row("japanese euc-jp", "rashomon-euc-jp.txt", "rashomon-utf-8.txt", "EUC-JP");
    row("japanese shift_jis", "rashomon-shift-jis.txt", "rashomon-utf-8.txt", "Shift_JIS");
    row("japanese iso-2022-jp", "rashomon-iso-2022-jp.txt", "rashomon-utf-8.txt", "ISO-2022-JP");
    row("simplified chinese gbk", "sunzi-bingfa-simplified-gbk.txt", "sunzi-bingfa-simplified-utf-8.txt", "gb18030");
    row("traditional chinese big5", "sunzi-bingfa-traditional-big5.txt", "sunzi-bingfa-traditional-utf-8.txt", "Big5");
    row("latin gb18030", "candide-gb18030.txt", "candide-utf-8.txt", "gb18030");
    row("latin windows-1252", "candide-windows-1252.txt", "candide-utf-8.txt", "windows-1252");
    row("latin utf-16le without bom", "candide-utf-16le.txt", "candide-utf-8.txt", "UTF-16LE");
    row("latin utf-32be without bom", "candide-utf-32be.txt", "candide-utf-8.txt", "UTF-32BE");
    // Not claimed: HZ is 7-bit ASCII, ICU has no HZ detector and WHATWG maps the label to "replacement".
    row("chinese hz-gb-2312", "sunzi-bingfa-gb-levels-1-and-2-hz-gb2312.txt",
        "sunzi-bingfa-gb-levels-1-and-2-utf-8.txt", "");
}

void tst_TextDecoder::golangDetection()
{
    SKIP_WITHOUT_CORPUS("golang-text-encoding/testdata");
    QFETCH(QString, file);
    QFETCH(QString, utf8Twin);
    QFETCH(QByteArray, expected);
    const QString dir = QStringLiteral("golang-text-encoding/testdata/");
    const DecodedText result = TextDecoder::decode(readAll(corpusPath(dir + file)));
    const QString twin = QString::fromUtf8(readAll(corpusPath(dir + utf8Twin)));
    const bool exact = result.text == twin;
    qInfo("%s: detected %s (source %d), text %s", qPrintable(file), result.encoding.constData(), int(result.source),
          exact ? "identical to the UTF-8 twin" : "differs");
    if (expected.isEmpty())
        QSKIP("not claimed: ICU cannot detect this family (result reported above)");
    QCOMPARE(result.encoding, expected);
    QVERIFY(result.source == EncodingSource::Detected || expected == "UTF-8");
    QVERIFY(!result.hadErrors);
    QVERIFY(exact);
}

void tst_TextDecoder::feedparserEncoding_data()
{
    QTest::addColumn<int>("check");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("detail"); // substring for TextContains, reason for NotApplicable
    if (!QFileInfo::exists(corpusPath(QStringLiteral("feedparser/expectations.jsonl"))))
        return; // feedparserEncoding() skips with a message
    for (const FeedRow &r : feedparserEncodingRows()) {
        FeedCheck check = FeedCheck::NotApplicable;
        QString detail;
        if (notApplicable().contains(r.file)) {
            detail = QString::fromUtf8(notApplicable().value(r.file));
        } else if (!r.expectedEncoding.isEmpty()) {
            check = FeedCheck::Encoding;
        } else if (textChecks().contains(r.file)) {
            check = FeedCheck::TextContains;
            detail = textChecks().value(r.file);
        } else if (r.expect == QLatin1String("bozo")) {
            check = FeedCheck::HadErrors; // only bozo_invalid-bytes-with-bom reaches this: invalid UTF-8 after BOM
        } else if (r.expect == QLatin1String("not bozo")) {
            check = FeedCheck::Clean;
        } else if (r.expect == QLatin1String("1")) {
            check = FeedCheck::NoCrash;
        } else {
            QFAIL(
                qPrintable(QStringLiteral("unclassified feedparser row ") + r.file + QStringLiteral(": ") + r.expect));
        }
        QTest::newRow(qPrintable(r.file)) << int(check) << r.file << r.contentType << r.expectedEncoding << detail;
    }
}

void tst_TextDecoder::feedparserEncoding()
{
    SKIP_WITHOUT_CORPUS("feedparser/expectations.jsonl");
    QFETCH(int, check);
    QFETCH(QString, file);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, expected);
    QFETCH(QString, detail);
    const DecodedText result = decodeFeedparserFile({file, contentType, expected, {}}); // every row must not crash
    switch (FeedCheck(check)) {
    case FeedCheck::NotApplicable:
        QSKIP(qPrintable(QStringLiteral("not applicable: ") + detail));
    case FeedCheck::Encoding:
        QVERIFY2(sameDecoder(TextDecoder::canonicalName(result.encoding), TextDecoder::canonicalName(expected)),
                 qPrintable(QStringLiteral("got %1, feedparser expects %2")
                                .arg(QLatin1String(result.encoding), QLatin1String(expected))));
        break;
    case FeedCheck::TextContains:
        QVERIFY2(result.text.contains(detail), qPrintable(result.text));
        QVERIFY(!result.hadErrors);
        break;
    case FeedCheck::HadErrors:
        QVERIFY(result.hadErrors);
        break;
    case FeedCheck::Clean:
        QVERIFY(!result.hadErrors);
        break;
    case FeedCheck::NoCrash:
        break;
    }
}

// Raw agreement on every row that names an encoding, not-applicable rows included, for the report.
void tst_TextDecoder::feedparserSummary()
{
    SKIP_WITHOUT_CORPUS("feedparser/expectations.jsonl");
    int rows = 0, withEncoding = 0, agree = 0, applicable = 0, applicableAgree = 0;
    QStringList disagreements;
    for (const FeedRow &r : feedparserEncodingRows()) {
        ++rows;
        if (r.expectedEncoding.isEmpty())
            continue;
        ++withEncoding;
        const DecodedText result = decodeFeedparserFile(r);
        const bool same =
            sameDecoder(TextDecoder::canonicalName(result.encoding), TextDecoder::canonicalName(r.expectedEncoding));
        agree += same;
        if (!notApplicable().contains(r.file)) {
            ++applicable;
            applicableAgree += same;
        }
        if (!same)
            disagreements << r.file + QStringLiteral(" (ours ") + QLatin1String(result.encoding) +
                                 QStringLiteral(", expected ") + QLatin1String(r.expectedEncoding) + QLatin1Char(')');
    }
    qInfo("feedparser tests/encoding: %d rows, %d with an encoding expectation; %d/%d applicable rows agree; raw "
          "agreement including not-applicable rows %d/%d; %lld rows not applicable",
          rows, withEncoding, applicableAgree, applicable, agree, withEncoding, qlonglong(notApplicable().size()));
    for (const QString &d : std::as_const(disagreements))
        qInfo("  disagreement: %s", qPrintable(d));
    QCOMPARE(rows, 82);
    QCOMPARE(applicableAgree, applicable);
}

// Deterministic junk, including truncated lead bytes and BOM/declaration prefixes, through every path.
void tst_TextDecoder::randomBytesDoNotCrash()
{
    QRandomGenerator random(20240601);
    const QByteArray prefixes[] = {{},
                                   "\xEF\xBB\xBF",
                                   "\xFF\xFE",
                                   "\xFE\xFF",
                                   xmlDeclaration("euc-kr"),
                                   xmlDeclaration("utf-8"),
                                   "<meta charset=shift_jis>"};
    const QByteArray headers[] = {{}, "text/xml; charset=euc-kr", "text/html; charset=utf-8", "text/xml; charset=big5"};
    for (int i = 0; i < 400; ++i) {
        QByteArray bytes = prefixes[i % std::size(prefixes)];
        const int length = int(random.bounded(1, 600));
        for (int j = 0; j < length; ++j)
            bytes.append(char(random.bounded(256)));
        const auto kind = i % 2 ? TextDecoder::Kind::Html : TextDecoder::Kind::Xml;
        const DecodedText result = TextDecoder::decode(bytes, headers[i % std::size(headers)], kind);
        QVERIFY(!result.encoding.isEmpty());
        QVERIFY(!result.text.isEmpty() || bytes.size() <= 3);
        QVERIFY(!result.text.startsWith(QChar(0xFEFF)));
    }
}

QTEST_GUILESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"
