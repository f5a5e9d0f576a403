// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"

#include "export/reportfonts.h"
#include "export/reportpages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

// The resolution QTextDocument sizes images by (QtGui, exported; qfont_p.h).
Q_GUI_EXPORT int qt_defaultDpiX();

namespace Medtour::Export {

struct ReportRenderer::Piece
{
    QTextDocument doc;
    std::vector<qreal> cuts; ///< where the piece may be cut, ascending; the last is its height
};

namespace {

constexpr qreal kEpsilon = 0.5;

qreal mm(const QPaintDevice *device, qreal millimetres)
{
    return millimetres * device->logicalDpiY() / 25.4;
}

/// Places between lines where a piece may be cut; tables (metadata, index cells) stay whole.
std::vector<qreal> cutsOf(QTextDocument &doc, qreal notBefore)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    std::vector<qreal> cuts;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        if (QTextTable *table = QTextCursor(block).currentTable()) {
            cuts.push_back(layout->frameBoundingRect(table).bottom());
            continue;
        }
        const QTextLayout *lines = block.layout();
        for (int i = 0; lines && i < lines->lineCount(); ++i)
            cuts.push_back(rect.top() + lines->lineAt(i).rect().bottom());
    }
    cuts.push_back(doc.size().height());
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.erase(std::remove_if(cuts.begin(), cuts.end() - 1, [notBefore](qreal c) { return c <= notBefore; }),
               cuts.end() - 1);
    return cuts;
}

/// The bottom of the first table in `doc` (the article's metadata block), or 0.
qreal firstTableBottom(QTextDocument &doc)
{
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            return doc.documentLayout()->frameBoundingRect(table).bottom();
    }
    return 0;
}

} // namespace

ReportRenderer::ReportRenderer(const ReportModel &model, QPagedPaintDevice *device)
    : m_model(model)
    , m_device(device)
{
    m_pageWidth = device->width();
    m_pageHeight = device->height();
    m_margins = QMarginsF(mm(device, 18), mm(device, 20), mm(device, 18), mm(device, 18));
    m_contentWidth = m_pageWidth - m_margins.left() - m_margins.right();
    m_contentHeight = m_pageHeight - m_margins.top() - m_margins.bottom();
    m_gap = mm(device, 7);
    for (const ReportGroup &group : model.groups) {
        for (qsizetype i = 0; i < group.articles.size(); ++i)
            m_entries.push_back({&group.articles[i], &group, i == 0});
    }
}

ReportRenderer::~ReportRenderer() = default;

int ReportRenderer::addPiece(const QString &html, qreal cutAfter, const QList<std::pair<QUrl, QImage>> &images)
{
    auto piece = std::make_unique<Piece>();
    QTextDocument &doc = piece->doc;
    for (const auto &[url, image] : images)
        doc.addResource(QTextDocument::ImageResource, url, image);
    doc.documentLayout()->setPaintDevice(m_device);
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(ReportFonts::font(10));
    doc.setDefaultStyleSheet(ReportPages::styleSheet());
    doc.setHtml(html);
    doc.setTextWidth(m_contentWidth);
    if (cutAfter < 0)
        cutAfter = firstTableBottom(doc);
    piece->cuts = cutsOf(doc, cutAfter);
    m_pieces.push_back(std::move(piece));
    return int(m_pieces.size()) - 1;
}

qreal ReportRenderer::height(int piece) const
{
    return m_pieces[size_t(piece)]->cuts.back();
}

qreal ReportRenderer::firstCut(int piece) const
{
    return m_pieces[size_t(piece)]->cuts.front();
}

void ReportRenderer::newPage()
{
    m_pages.emplace_back();
    m_cursor = 0;
}

void ReportRenderer::place(int piece, bool ruleAbove)
{
    const std::vector<qreal> &cuts = m_pieces[size_t(piece)]->cuts;
    qreal top = 0;
    bool first = true;
    while (top < cuts.back() - kEpsilon) {
        const qreal available = m_contentHeight - m_cursor;
        qreal cut = -1;
        for (const qreal c : cuts) {
            if (c <= top + kEpsilon)
                continue;
            if (c - top > available)
                break;
            cut = c;
        }
        if (cut < 0) {
            if (m_cursor > 0) {
                newPage();
                continue;
            }
            cut = top + available; // a single line taller than a page: cut it anyway
        }
        m_pages.back().push_back({piece, m_cursor, top, cut, first && ruleAbove && m_cursor > 0, false});
        m_cursor += cut - top;
        top = cut;
        first = false;
        if (top < cuts.back() - kEpsilon)
            newPage();
    }
}

void ReportRenderer::placeWhole(int piece)
{
    if (m_cursor > 0 && m_cursor + height(piece) > m_contentHeight)
        newPage();
    if (height(piece) > m_contentHeight) {
        place(piece, false);
        return;
    }
    m_pages.back().push_back({piece, m_cursor, 0, height(piece), false, true});
    m_cursor += height(piece);
}

void ReportRenderer::layoutCover()
{
    newPage();
    // Charts are drawn at three pixels per point; an <img> is sized in the device-independent
    // pixels QTextDocument scales by the device's resolution.
    const qreal chartPoints = m_contentWidth * 72.0 / m_device->logicalDpiX();
    const ReportCharts charts = ReportCharts::render(m_model, chartPoints, 3);
    const qreal chartWidth = m_contentWidth * qt_defaultDpiX() / m_device->logicalDpiX();
    QList<std::pair<QUrl, QImage>> images;
    if (!charts.markets.isNull())
        images.append({QUrl(QLatin1StringView(ReportPages::kMarketsChartUrl)), charts.markets});
    if (!charts.outlets.isNull())
        images.append({QUrl(QLatin1StringView(ReportPages::kOutletsChartUrl)), charts.outlets});
    const int cover = addPiece(ReportPages::cover(m_model, charts, chartWidth), 0, images);
    // A cover, not a first page: the title sits a fifth of the way down when there is room.
    if (height(cover) < m_contentHeight * 0.75)
        m_cursor = m_contentHeight * 0.2;
    place(cover, false);
    // The index starts on a page of its own, under its column heads.
    newPage();
    m_indexHeader = addPiece(ReportPages::indexHeader());
}

void ReportRenderer::layoutIndexRow(const Entry &entry)
{
    // Page numbers are empty for now: the rows are laid out again once the articles have pages,
    // and keep their height because the page column has a fixed width.
    const int row = addPiece(ReportPages::indexRow(*entry.article, m_model.options.timeZone, 0, QString()));
    m_indexRows.push_back(row);
    int heading = -1;
    if (entry.first && !entry.group->label.isEmpty())
        heading = addPiece(ReportPages::groupHeading(entry.group->label, int(entry.group->articles.size()), true));
    const qreal needed = (heading >= 0 ? height(heading) : 0) + height(row);
    if (m_cursor > 0 && m_cursor + needed > m_contentHeight)
        newPage();
    if (m_cursor == 0)
        placeWhole(m_indexHeader);
    if (heading >= 0)
        placeWhole(heading);
    placeWhole(row);
}

void ReportRenderer::layoutArticle(const Entry &entry, bool firstArticle)
{
    const int piece = addPiece(ReportPages::article(*entry.article, m_model.options), -1);
    int heading = -1;
    if (entry.first && !entry.group->label.isEmpty())
        heading = addPiece(ReportPages::groupHeading(entry.group->label, int(entry.group->articles.size()), false));
    if (firstArticle || m_model.options.pagePerArticle) {
        if (m_cursor > 0)
            newPage();
    } else if (m_cursor > 0) {
        // Start on a new page rather than leave the title and metadata alone at the bottom.
        const qreal needed = m_gap + (heading >= 0 ? height(heading) : 0) + firstCut(piece);
        if (m_cursor + needed > m_contentHeight)
            newPage();
        else
            m_cursor += m_gap;
    }
    if (heading >= 0)
        placeWhole(heading);
    const int page = int(m_pages.size()) - 1;
    const bool fitsHere = m_cursor + firstCut(piece) <= m_contentHeight;
    m_articlePages << (fitsHere || m_cursor == 0 ? page : page + 1);
    place(piece, heading < 0);
}

void ReportRenderer::finishIndexRow(size_t i)
{
    const int page = m_articlePages.value(qsizetype(i));
    const QString href = m_pageHref ? m_pageHref(page) : QString();
    QTextDocument &doc = m_pieces[size_t(m_indexRows[i])]->doc;
    doc.setHtml(ReportPages::indexRow(*m_entries[i].article, m_model.options.timeZone, page + 1, href));
    doc.setTextWidth(m_contentWidth);
}

bool ReportRenderer::layoutSome(int articles)
{
    // Index rows are small: a call does several of them per article it would lay out.
    articles = std::max(1, articles);
    const int rows = articles * 8;
    const size_t total = m_entries.size();
    switch (m_phase) {
    case Phase::Cover:
        layoutCover();
        m_phase = Phase::Index;
        break;
    case Phase::Index:
        for (int n = 0; n < rows && m_indexRows.size() < total; ++n)
            layoutIndexRow(m_entries[m_indexRows.size()]);
        if (m_indexRows.size() >= total)
            m_phase = Phase::Articles;
        break;
    case Phase::Articles:
        for (int n = 0; n < articles && size_t(m_nextArticle) < total; ++n, ++m_nextArticle)
            layoutArticle(m_entries[size_t(m_nextArticle)], m_nextArticle == 0);
        if (size_t(m_nextArticle) >= total)
            m_phase = Phase::PageNumbers;
        break;
    case Phase::PageNumbers:
        for (int n = 0; n < rows && m_finishedRows < total; ++n)
            finishIndexRow(m_finishedRows++);
        if (m_finishedRows >= total) {
            m_phase = Phase::Done;
            m_laidOut = true;
        }
        break;
    case Phase::Done:
        break;
    }
    return m_laidOut;
}

void ReportRenderer::paintHeaderFooter(QPainter &painter, int page)
{
    const qreal left = m_margins.left();
    const qreal right = m_pageWidth - m_margins.right();
    const QFont font = ReportFonts::font(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QFontMetricsF metrics(font, m_device);
    const qreal headerBase = m_margins.top() - mm(m_device, 6);
    const QString organisation = m_model.options.organisation.trimmed().left(100);
    const qreal orgWidth = organisation.isEmpty() ? 0 : metrics.horizontalAdvance(organisation);
    const QString title = metrics.elidedText(m_model.title, Qt::ElideRight, right - left - orgWidth - mm(m_device, 8));
    painter.drawText(QPointF(left, headerBase), title);
    if (!organisation.isEmpty())
        painter.drawText(QPointF(right - orgWidth, headerBase), organisation);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(m_device, 0.2)));
    painter.drawLine(QPointF(left, headerBase + mm(m_device, 1.5)), QPointF(right, headerBase + mm(m_device, 1.5)));

    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QString number =
        QCoreApplication::translate("Medtour::Export::ReportRenderer", "%1 / %2").arg(page + 1).arg(pageCount());
    const qreal footerBase = m_pageHeight - m_margins.bottom() + mm(m_device, 9);
    painter.drawText(QPointF((m_pageWidth - metrics.horizontalAdvance(number)) / 2, footerBase), number);
}

bool ReportRenderer::paintNext(QPainter &painter)
{
    if (!m_laidOut || m_painted >= pageCount())
        return true;
    const int page = m_painted;
    if (page > 0)
        m_device->newPage();
    if (page > 0)
        paintHeaderFooter(painter, page);
    for (const Slice &slice : m_pages[size_t(page)]) {
        Piece &piece = *m_pieces[size_t(slice.piece)];
        painter.save();
        painter.translate(m_margins.left(), m_margins.top() + slice.y - slice.top);
        if (slice.ruleAbove) {
            painter.setPen(QPen(QColor(0x9a, 0xa8, 0xbb), mm(m_device, 0.3)));
            const qreal y = slice.top - m_gap / 2;
            painter.drawLine(QPointF(0, y), QPointF(m_contentWidth, y));
        }
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        if (slice.whole) {
            context.clip = QRectF(0, 0, m_contentWidth, piece.doc.size().height());
        } else {
            // Lines outside the slice are skipped, not just clipped, so their text is not in the PDF twice.
            context.clip = QRectF(0, slice.top + kEpsilon, m_contentWidth, slice.bottom - slice.top - 2 * kEpsilon);
            painter.setClipRect(
                QRectF(-mm(m_device, 2), slice.top, m_contentWidth + mm(m_device, 4), slice.bottom - slice.top));
        }
        piece.doc.documentLayout()->draw(&painter, context);
        painter.restore();
        if (m_indexHeader >= 0 && slice.whole && slice.piece != m_indexHeader &&
            std::find(m_indexRows.begin(), m_indexRows.end(), slice.piece) != m_indexRows.end()) {
            painter.setPen(QPen(QColor(0xd5, 0xd9, 0xe0), mm(m_device, 0.15)));
            const qreal y = m_margins.top() + slice.y + height(slice.piece);
            painter.drawLine(QPointF(m_margins.left(), y), QPointF(m_margins.left() + m_contentWidth, y));
        }
    }
    ++m_painted;
    return m_painted >= pageCount();
}

} // namespace Medtour::Export
