// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Medtour {

/**
 * Lines a publisher addresses to the reader rather than telling the story, in the languages of our sources and of
 * the evaluation pages (English, German, French, Spanish, Portuguese, Italian, Polish, Russian): subscription and
 * newsletter prompts, "follow us", app downloads, donation appeals, cookie notices; and photo credits. Pages put
 * them inside the article's container, so the DOM cannot tell them apart; their words can. Korean equivalents
 * (구독신청, 제보, 무단전재…) are ArticleText's.
 */
namespace ReaderAppeals {

/// "Subscribe now to our eNATION edition", "Jetzt Newsletter abonnieren", "Síguenos en Telegram", "Jede kleine
/// Spende hilft", "Wir verwenden Cookies": a short line that is a call to action. A sentence that only mentions
/// subscribers or cookies is not one.
bool isAppeal(const QString &line);

/// "Foto: Sascha Klahn", "Credit:", "Augusta National/Getty Images", "iStock.com", "AFP / MARCO BERTORELLO": a
/// credit line of a photo.
bool isPhotoCredit(const QString &line);

/// "- Anzeige -", "Advertisement:", "*Werbung. Dieser Beitrag enthält Werbung für …", "Anzeige, enthält Affiliate
/// Links": a line that labels what follows as advertising. "Werbung nervt." is a sentence about it, not a label.
bool isAdvertisingLabel(const QString &line);

/// "Weltspitze der Junioren angekommen. (Foto: Privat)": a caption, recognised by the credit that closes it.
bool endsWithPhotoCredit(const QString &line);

} // namespace ReaderAppeals

} // namespace Medtour
