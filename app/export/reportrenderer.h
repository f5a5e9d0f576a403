// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportmodel.h"

#include <QImage>
#include <QList>
#include <QMarginsF>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QTextDocument;

namespace Medtour::Export {

/**
 * Lays a ReportModel out on pages and paints them, a piece at a time so a GUI can interleave it with
 * events (layoutSome, then paintNext per page) and a CLI can just loop.
 *
 * Every piece (cover, index row, article) is its own QTextDocument laid out at the device's
 * resolution; the renderer flows them onto pages itself and cuts a piece only between lines (never
 * inside a table or the article's metadata block), so it knows each article's page before painting:
 * the index shows page numbers and links to them, and every page says "page x / y".
 * Works with any QPagedPaintDevice (QPdfWriter, QPrinter) whose page it fills edge to edge.
 */
class ReportRenderer final
{
public:
    /// `device` is only measured here; paintNext paints on it. It must outlive the renderer.
    ReportRenderer(const ReportModel &model, QPagedPaintDevice *device);
    ~ReportRenderer();
    Q_DISABLE_COPY_MOVE(ReportRenderer)

    /// Lays out a little more: the cover, then index rows, then up to `articles` articles, then the
    /// index's page numbers; each call does one bounded step. Returns true when all is laid out.
    bool layoutSome(int articles);
    bool isLaidOut() const { return m_laidOut; }
    int articlesLaidOut() const { return m_nextArticle; }

    /// Valid once laid out.
    int pageCount() const { return int(m_pages.size()); }
    /// 0-based page of each article, in report order.
    const QList<int> &articlePages() const { return m_articlePages; }

    /// Paints the next page (starting a new device page after the first). True when all are painted.
    bool paintNext(QPainter &painter);
    int pagesPainted() const { return m_painted; }

    /// Link targets: the href an index entry uses for a page; by default none (plain text).
    void setPageHref(QString (*pageHref)(int pageIndex)) { m_pageHref = pageHref; }

private:
    struct Piece;
    struct Entry
    {
        const ReportArticle *article = nullptr;
        const ReportGroup *group = nullptr;
        bool first = false; ///< the first article of its group
    };
    struct Slice
    {
        int piece = 0;
        qreal y = 0;   ///< top on the page, in content coordinates
        qreal top = 0; ///< the part of the piece shown: [top, bottom) in its own coordinates
        qreal bottom = 0;
        bool ruleAbove = false;
        bool whole = false; ///< paint the whole piece (index rows, re-laid out with page numbers)
    };

    /// `images` are the document's image resources, added before the layout sizes them.
    int addPiece(const QString &html, qreal cutAfter = 0, const QList<std::pair<QUrl, QImage>> &images = {});
    void newPage();
    /// Places a piece at the cursor, cutting between lines across pages.
    void place(int piece, bool ruleAbove);
    /// Places a piece that must not be cut, on a new page when it does not fit.
    void placeWhole(int piece);
    qreal height(int piece) const;
    qreal firstCut(int piece) const;
    void layoutCover();
    void layoutIndexRow(const Entry &entry);
    void layoutArticle(const Entry &entry, bool firstArticle);
    void finishIndexRow(size_t i);
    void paintHeaderFooter(QPainter &painter, int page);

    const ReportModel &m_model;
    QPagedPaintDevice *m_device;
    std::vector<Entry> m_entries;
    std::vector<std::unique_ptr<Piece>> m_pieces;
    std::vector<std::vector<Slice>> m_pages;
    std::vector<int> m_indexRows; ///< piece of each article's index row
    QList<int> m_articlePages;
    qreal m_cursor = 0; ///< y on the current page
    qreal m_pageWidth = 0;
    qreal m_pageHeight = 0;
    QMarginsF m_margins;
    qreal m_contentWidth = 0;
    qreal m_contentHeight = 0;
    qreal m_gap = 0;
    int m_indexHeader = -1;
    int m_nextArticle = 0;
    int m_painted = 0;
    enum class Phase
    {
        Cover,
        Index,
        Articles,
        PageNumbers,
        Done
    };
    Phase m_phase = Phase::Cover;
    size_t m_finishedRows = 0;
    bool m_laidOut = false;
    QString (*m_pageHref)(int) = nullptr;
};

} // namespace Medtour::Export
