// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfonts.h"

#include "export/exportlogging.h"

#include <QFontDatabase>

namespace Medtour::Export::ReportFonts {

QStringList koreanCandidates()
{
    return {
        QStringLiteral("Noto Sans CJK KR"),  QStringLiteral("Noto Sans KR"), QStringLiteral("Source Han Sans KR"),
        QStringLiteral("Source Han Sans K"), QStringLiteral("NanumGothic"),  QStringLiteral("Nanum Gothic"),
        QStringLiteral("Malgun Gothic"),     QStringLiteral("맑은 고딕"),    QStringLiteral("Apple SD Gothic Neo"),
        QStringLiteral("AppleGothic"),       QStringLiteral("UnDotum"),      QStringLiteral("Baekmuk Gulim"),
    };
}

QStringList latinCandidates()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"),
            QStringLiteral("Arial"),     QStringLiteral("Helvetica"),   QStringLiteral("Liberation Sans")};
}

namespace {

QStringList installed(const QStringList &candidates, int max)
{
    const QStringList available = QFontDatabase::families();
    QStringList out;
    for (const QString &candidate : candidates) {
        for (const QString &family : available) {
            // Families can carry a foundry suffix ("Noto Sans [GOOG]"); compare on the name.
            if (family.compare(candidate, Qt::CaseInsensitive) == 0 ||
                family.startsWith(candidate + QStringLiteral(" ["), Qt::CaseInsensitive)) {
                out << family;
                break;
            }
        }
        if (out.size() >= max)
            break;
    }
    return out;
}

} // namespace

QStringList families()
{
    QStringList out = installed(koreanCandidates(), 1);
    if (out.isEmpty())
        qCWarning(lcExport) << "no Korean font found; install fonts-noto-cjk (tried" << koreanCandidates() << ")";
    out += installed(latinCandidates(), 2);
    return out;
}

bool hasKoreanFont()
{
    return !installed(koreanCandidates(), 1).isEmpty();
}

QFont font(qreal pointSize, bool bold)
{
    static const QStringList chosen = families();
    QFont f;
    if (!chosen.isEmpty())
        f.setFamilies(chosen);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No OpenType shaping for scripts that do not need it (Latin, Cyrillic, Hangul syllables). Qt 6.4's
    // PDF engine writes the text map from the font's cmap only, so any substituted glyph loses its text:
    // with shaping, "fi" became U+FB01 and digits after Latin words in Noto Sans CJK vanished from
    // pdftotext and copy/paste. The cost is kerning, which body text at 10 pt does not miss.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

} // namespace Medtour::Export::ReportFonts
