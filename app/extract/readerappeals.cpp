// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerappeals.h"

#include <QRegularExpression>

#include <algorithm>

namespace Medtour::ReaderAppeals {

namespace {

QRegularExpression pattern(const char *text)
{
    return QRegularExpression(QString::fromUtf8(text), QRegularExpression::CaseInsensitiveOption |
                                                           QRegularExpression::UseUnicodePropertiesOption);
}

// Calls to action, each phrased to the reader: the imperative or the publisher's "our", never the bare topic word.
const char *const kAppeals[] = {
    // Subscriptions and memberships.
    "\\bsubscribe\\b",
    "\\balready an? (?:subscriber|member)\\b",
    "\\bfirst-time subscribers\\b",
    "\\bbecome an? (?:member|subscriber|supporter|patron)\\b",
    "\\bunlimited (?:digital )?access\\b",
    "\\babonnier(?:en|e|t)\\b",
    "\\babonnez-vous\\b",
    "\\bjetzt (?:abonnieren|testen|lesen)\\b",
    "\\bsuscr[ií]b(?:e|ete|ite|ase|irse|ite a)\\b",
    "\\bsolo para suscriptores\\b",
    "\\bhazte (?:miembro|socio)\\b",
    "\\bassine (?:já|agora|o)\\b",
    "\\biscriviti\\b",
    "\\babbonati\\b",
    "\\bsubskrypcj",
    "\\bподпишитесь\\b",
    "\\bvorteile sichern\\b",
    // Newsletters: a short line naming one is a sign-up box.
    "\\bnewsletters?\\b",
    "\\binscrivez-vous\\b",
    "\\bstraight to your inbox\\b",
    "\\brassegna via e-?mail\\b",
    // Following on social networks and messengers.
    "\\bfollow (?:us|@\\w+|the \\w+ on)\\b",
    "\\bfolgen sie uns\\b",
    "\\bfolge uns\\b",
    "\\bsuivez-nous\\b",
    "\\bs[ií]g(?:ue|a)nos\\b",
    "\\bnos siga\\b",
    "\\bsiga-nos\\b",
    "\\bseguici\\b",
    "\\bcanal de (?:telegram|youtube|whatsapp)\\b",
    "\\bwhatsapp-kanal\\b",
    // Apps, sharing and the reader's opinion.
    "\\bdownload (?:the|our) [\\w ]{0,40}apps?\\b",
    "\\bwe want to hear what you think\\b",
    "\\bif you (?:enjoyed|liked) (?:reading )?this\\b",
    "\\bnever miss (?:the latest|a story|an? )",
    "\\bnichts mehr (?:verpassen|versäumen)\\b",
    "\\bgefällt (?:dir|ihnen) unser\\b",
    // Sign-ups and "read on" buttons.
    "\\bsign up (?:here|now|today|to|for)\\b",
    "\\b(?:jetzt|kostenlos|hier) (?:\\w+ )?(?:anmelden|registrieren)\\b",
    "^(?:jetzt |hier )?weiterlesen\\b",
    "^read more\\b",
    // Donations.
    "\\bjede (?:kleine )?spende\\b",
    "\\bunterstütze?n? (?:sie )?(?:uns|unsere arbeit|unseren journalismus)\\b",
    "\\bunterstütze \\p{Lu}",
    "\\bsupport (?:us|our (?:work|journalism)|independent journalism)\\b",
    "\\bdonate (?:now|today|to us)\\b",
    // Cookie notices.
    "\\bcookies?\\b.{0,80}\\b(?:website|webseite|site|seite|utilise|use|uses|nutzt|verwenden|verwendet|"
    "akzeptieren|accept|einstellungen|settings|consent|zustimm)",
    "\\b(?:we|wir|nous|this site|diese (?:web)?seite) (?:use|uses|verwenden|nutzt|utilisons|utilise) cookies\\b",
    "\\bkorzystamy z (?:plików )?cookies\\b",
    "\\bwir respektieren (?:deine|ihre) privatsphäre\\b",
};

const char *const kCreditPrefix =
    "^[(\\[]?\\s*(?:quelle|quellen|source|fuente|źródło|foto|fotos|photo|photos|bild|bilder|titelbild|beitragsbild|"
    "headerbild|aufmacherbild|credit|"
    "credits|photo credits?|image|images|crédits? photos?|crédit|fotografía|foto di|zdjęcie|фото|quelle: foto)"
    "\\s*(?:[:：©]|$)";
const char *const kCreditAgencies =
    "(?:getty ?images|shutterstock(?:\\.com)?|istock(?:photo)?(?:\\.com)?|adobe ?stock|fotolia(?:\\.com)?|"
    "unsplash|pixabay|imago(?: images)?|picture alliance|dpa|afp|reuters|ap photo|epa|keystone|ansa)";

} // namespace

bool isAppeal(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 250)
        return false;
    // Most lines name none of the stems: they are answered without running the expression.
    static const char *const stems[] = {
        "subscri",      "abonn",       "suscr",    "newsletter", "follow",     "folg",      "suiv",      "sígu",
        "sigu",         "sigan",       "siga",     "segui",      "download",   "hear what", "enjoyed",   "liked",
        "never miss",   "nichts mehr", "gefällt",  "spende",     "unterstütz", "support",   "donate",    "cookie",
        "privatsphäre", "iscriviti",   "abbonati", "subskryp",   "подпиш",     "vorteile",  "inscrivez", "inbox",
        "canal de",     "whatsapp",    "hazte",    "assine",     "member",     "supporter", "patron",    "unlimited",
        "rassegna",     "jetzt ",      "sign up",  "anmelden",   "registrier", "weiterles", "read more"};
    static const QStringList stemList = [] {
        QStringList out;
        for (const char *stem : stems)
            out.append(QString::fromUtf8(stem));
        return out;
    }();
    const QString folded = t.toCaseFolded();
    if (std::none_of(stemList.cbegin(), stemList.cend(),
                     [&folded](const QString &stem) { return folded.contains(stem); }))
        return false;
    // One alternation: a single pass of the matcher over the line, not one per phrase.
    static const QRegularExpression appeals = [] {
        QByteArray alternation;
        for (const char *a : kAppeals)
            alternation += (alternation.isEmpty() ? "(?:" : "|(?:") + QByteArray(a) + ')';
        return pattern(alternation.constData());
    }();
    return t.contains(appeals);
}

bool isPhotoCredit(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 80)
        return false;
    static const QRegularExpression prefix = pattern(kCreditPrefix);
    // "Augusta National/Getty Images", "AFP / MARCO BERTORELLO", "iStock.com", "© dpa".
    static const QRegularExpression agency =
        pattern(QByteArray(QByteArrayLiteral("(?:^|[/|©]\\s*)") + kCreditAgencies + "\\s*(?:$|/)").constData());
    return t.contains(prefix) || (t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 6 && t.contains(agency));
}

bool isAdvertisingLabel(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 100)
        return false;
    // The label word alone, or followed by punctuation: never by a word that makes it a sentence's subject.
    static const QRegularExpression label =
        pattern("^[-–—*\\[(\\s]*(?:anzeige|werbung|advertisement|advertorial|sponsored|gesponsert|publicidad|"
                "publicité|pubblicità|reklama)\\s*(?:$|[-–—:.,|)\\]*])");
    return t.contains(label);
}

bool endsWithPhotoCredit(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() > 300)
        return false;
    static const QRegularExpression credit =
        pattern("[(\\[]\\s*(?:foto|fotos|photo|bild|quelle|credit|image)\\s*:[^()\\[\\]]{1,60}[)\\]]$");
    return t.contains(credit);
}

} // namespace Medtour::ReaderAppeals
