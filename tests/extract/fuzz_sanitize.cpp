// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for HtmlSanitizer (built by tests/fuzz with clang -fsanitize=fuzzer,address,undefined).
// Checks the output contract, not only "never crash": no forbidden element or attribute, no script URL, and
// nesting within the limit.
#include "html/htmlsanitizer.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *why, const QString &out)
{
    std::fprintf(stderr, "%s in: %s\n", why, out.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Medtour::HtmlSanitizer::Options options;
    options.allowRemoteImages = size > 0 && (data[0] & 1);
    options.baseUrl = QUrl(QStringLiteral("https://fuzz.example/a/"));
    const QString out = Medtour::HtmlSanitizer::sanitize(html, options);

    // Scan the output's tags: every '<' starts one of ours, and only allow-listed names and attributes occur.
    static const char *const allowed[] = {
        "p",          "div",   "br",  "hr",  "h1",   "h2",      "h3",   "h4",    "h5",     "h6",
        "blockquote", "pre",   "ul",  "ol",  "li",   "dl",      "dt",   "dd",    "table",  "thead",
        "tbody",      "tfoot", "tr",  "td",  "th",   "caption", "a",    "b",     "strong", "i",
        "em",         "u",     "s",   "del", "ins",  "sub",     "sup",  "small", "big",    "code",
        "kbd",        "samp",  "var", "tt",  "cite", "q",       "abbr", "span",  "img"};
    static const char *const attributes[] = {"href",    "rel",   "src", "alt",  "width", "height", "colspan",
                                             "rowspan", "start", "dir", "lang", "title", "class"};
    int depth = 0;
    for (qsizetype i = out.indexOf(u'<'); i >= 0; i = out.indexOf(u'<', i + 1)) {
        const qsizetype close = out.indexOf(u'>', i);
        if (close < 0)
            fail("unterminated tag", out);
        const QString tag = out.mid(i + 1, close - i - 1);
        const bool end = tag.startsWith(u'/');
        const QString name = tag.mid(end ? 1 : 0).section(u' ', 0, 0);
        bool known = false;
        for (const char *a : allowed)
            known = known || name == QLatin1String(a);
        if (!known)
            fail("tag outside the allow-list", out);
        // Attributes: name="value" pairs; values are escaped, so '"' only delimits.
        const QString rest = tag.mid(end ? 1 : 0).section(u' ', 1);
        for (qsizetype k = 0; k < rest.size();) {
            const qsizetype eq = rest.indexOf(u'=', k);
            if (eq < 0)
                break;
            const QString attribute = rest.mid(k, eq - k).trimmed();
            bool ok = false;
            for (const char *a : attributes)
                ok = ok || attribute == QLatin1String(a);
            if (!ok)
                fail("attribute outside the allow-list", out);
            const qsizetype valueEnd = rest.indexOf(u'"', eq + 2);
            const QString value = rest.mid(eq + 2, valueEnd - eq - 2);
            if ((attribute == u"href" || attribute == u"src") &&
                !(value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("http://")) ||
                  value.startsWith(QLatin1String("mailto:"))))
                fail("unsafe URL", out);
            k = valueEnd + 1;
        }
        if (name != u"br" && name != u"hr" && name != u"img")
            depth += end ? -1 : 1;
        if (depth > options.maxDepth || depth < 0)
            fail("nesting", out);
        i = close;
    }
    if (depth != 0)
        fail("unbalanced", out);
    return 0;
}
