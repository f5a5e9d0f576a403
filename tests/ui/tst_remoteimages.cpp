// SPDX-License-Identifier: GPL-3.0-or-later
// The detail view's remote images: none without the user's consent; with it, exactly the
// article's <img> images, fetched through the sync module's client and shown when they arrive.
#include "articledetailview.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QTextDocument>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

class tst_RemoteImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notWithoutConsent();
    void shownWithConsent();
    void badAndHugeImagesStayOut();

private:
    Ui::ArticleDetailView::Content article(const QString &body, bool remoteImages) const;
    QByteArray png(int width, int height) const;
    TestHttpServer m_server;
};

void tst_RemoteImages::initTestCase()
{
    // The images come from 127.0.0.1; no proxy may stand between (the loader uses the system's).
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        qunsetenv(name);
    m_server.route("/img/photo.png", HttpResponse{200, {{"Content-Type", "image/png"}}, png(40, 30)});
    m_server.route("/img/wide.png", HttpResponse{200, {{"Content-Type", "image/png"}}, png(3000, 20)});
    m_server.route("/img/not-an-image.png", HttpResponse{200, {{"Content-Type", "image/png"}}, "<html>no</html>"});
    QByteArray huge(6 * 1024 * 1024, 'x'); // past RemoteImageLoader::kMaxImageBytes
    m_server.route("/img/huge.png", HttpResponse{200, {{"Content-Type", "image/png"}}, huge});
    m_server.route("/style.css", HttpResponse{200, {{"Content-Type", "text/css"}}, "p{}"});
}

QByteArray tst_RemoteImages::png(int width, int height) const
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Ui::ArticleDetailView::Content tst_RemoteImages::article(const QString &body, bool remoteImages) const
{
    Ui::ArticleDetailView::Content content;
    content.article.summary.id = 1;
    content.article.summary.title = u"사진 기사"_s;
    content.article.summary.link = m_server.url(u"/article.html"_s);
    content.article.bodyHtml = body;
    content.remoteImages = remoteImages;
    return content;
}

void tst_RemoteImages::notWithoutConsent()
{
    Ui::ArticleDetailView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString img = m_server.url(u"/img/photo.png"_s).toString();
    view.showArticle(article(u"<p>글</p><img src=\"%1\">"_s.arg(img), false));
    QTest::qWait(300);
    QCOMPARE(m_server.hits("/img/photo.png"), 0);
    QVERIFY(m_server.requests().isEmpty());
}

void tst_RemoteImages::shownWithConsent()
{
    Ui::ArticleDetailView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QUrl photo = m_server.url(u"/img/photo.png"_s);
    const QUrl wide = m_server.url(u"/img/wide.png"_s);
    const QString body = u"<link rel=stylesheet href=\"%1\"><p style=\"background:url(%1)\">글</p>"
                         "<img src=\"%2\"><img src=\"%2\"><img src=\"%3\">"_s.arg(
                             m_server.url(u"/style.css"_s).toString(), photo.toString(), wide.toString());
    view.showArticle(article(body, true));
    QTRY_VERIFY_WITH_TIMEOUT(view.document()->resource(QTextDocument::ImageResource, photo).isValid(), 5000);
    const QImage shown = view.document()->resource(QTextDocument::ImageResource, photo).value<QImage>();
    QCOMPARE(shown.size(), QSize(40, 30));
    // A very wide image is scaled to fit a reading width.
    QTRY_VERIFY_WITH_TIMEOUT(view.document()->resource(QTextDocument::ImageResource, wide).isValid(), 5000);
    QVERIFY(view.document()->resource(QTextDocument::ImageResource, wide).value<QImage>().width() <= 1200);
    QCOMPARE(m_server.hits("/img/photo.png"), 1); // named twice, fetched once
    QCOMPARE(m_server.hits("/style.css"), 0);     // images only
}

void tst_RemoteImages::badAndHugeImagesStayOut()
{
    Ui::ArticleDetailView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QUrl bad = m_server.url(u"/img/not-an-image.png"_s);
    const QUrl huge = m_server.url(u"/img/huge.png"_s);
    view.showArticle(
        article(u"<p>글</p><img src=\"%1\"><img src=\"%2\">"_s.arg(bad.toString(), huge.toString()), true));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.hits("/img/not-an-image.png") == 1 && m_server.hits("/img/huge.png") == 1, 5000);
    QTest::qWait(500);
    QVERIFY(!view.document()->resource(QTextDocument::ImageResource, bad).value<QImage>().width());
    QVERIFY(!view.document()->resource(QTextDocument::ImageResource, huge).value<QImage>().width());
    QVERIFY(view.document()->toPlainText().contains(u"글"_s));
}

QTEST_MAIN(tst_RemoteImages)
#include "tst_remoteimages.moc"
