<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Medtour::ArticleListModel</name>
    <message numerus="yes">
        <source>Reported by %n outlet(s)</source>
        <translation>
            <numerusform>Reported by %n outlet</numerusform>
            <numerusform>Reported by %n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportRunner</name>
    <message numerus="yes">
        <source>%n article(s); the report is attached.</source>
        <translation>
            <numerusform>%n article; the report is attached.</numerusform>
            <numerusform>%n articles; the report is attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::ReportProfileModel</name>
    <message numerus="yes">
        <source>%n article(s) sent or written</source>
        <translation>
            <numerusform>%n article sent or written</numerusform>
            <numerusform>%n articles sent or written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::SourceListModel</name>
    <message numerus="yes">
        <source>OK, %n new</source>
        <translation>
            <numerusform>OK, %n new</numerusform>
            <numerusform>OK, %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::AddFeedDialog</name>
    <message numerus="yes">
        <source>This is a feed with %n item(s).</source>
        <translation>
            <numerusform>This is a feed with %n item.</numerusform>
            <numerusform>This is a feed with %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This page announces %n feed(s). Choose one:</source>
        <translation>
            <numerusform>This page announces %n feed. Choose it:</numerusform>
            <numerusform>This page announces %n feeds. Choose one:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This page announces no feed, but it lists %n article(s). You can follow its article links instead: each sync reads the list and fetches the new articles.</source>
        <translation>
            <numerusform>This page announces no feed, but it lists %n article. You can follow its article links instead: each sync reads the list and fetches the new articles.</numerusform>
            <numerusform>This page announces no feed, but it lists %n articles. You can follow its article links instead: each sync reads the list and fetches the new articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ArticleDetailView</name>
    <message numerus="yes">
        <source>Also reported by %n other outlet(s)</source>
        <translation>
            <numerusform>Also reported by %n other outlet</numerusform>
            <numerusform>Also reported by %n other outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ExportController</name>
    <message numerus="yes">
        <source>Laying out %n article(s)…</source>
        <translation>
            <numerusform>Laying out %n article…</numerusform>
            <numerusform>Laying out %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2 pages).</source>
        <translation>
            <numerusform>Exported %n article to %1 (%2 pages).</numerusform>
            <numerusform>Exported %n articles to %1 (%2 pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n article(s)…</source>
        <translation>
            <numerusform>Writing %n article…</numerusform>
            <numerusform>Writing %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1.</source>
        <translation>
            <numerusform>Exported %n article to %1.</numerusform>
            <numerusform>Exported %n articles to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Selected articles (%n)</source>
        <translation>
            <numerusform>&amp;Selected articles (%n)</numerusform>
            <numerusform>&amp;Selected articles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All articles under the current filter (%n)</source>
        <translation>
            <numerusform>&amp;All articles under the current filter (%n)</numerusform>
            <numerusform>&amp;All articles under the current filter (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::FilterPanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::GoogleNewsDialog</name>
    <message numerus="yes">
        <source>The first %n item(s) this search returns:</source>
        <translation>
            <numerusform>The one item this search returns:</numerusform>
            <numerusform>The first %n items this search returns:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n sample article(s).</source>
        <translation>
            <numerusform>Loaded %n sample article.</numerusform>
            <numerusform>Loaded %n sample articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample article(s) so you can look around offline.</source>
        <translation>
            <numerusform>Loaded %n sample article so you can look around offline.</numerusform>
            <numerusform>Loaded %n sample articles so you can look around offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stor(y/ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n recommended source(s); syncing them now.</source>
        <translation>
            <numerusform>Added %n recommended source; syncing it now.</numerusform>
            <numerusform>Added %n recommended sources; syncing them now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::NewArticleNotifier</name>
    <message numerus="yes">
        <source>%n new relevant article(s)</source>
        <translation>
            <numerusform>%n new relevant article</numerusform>
            <numerusform>%n new relevant articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReportsDialog</name>
    <message numerus="yes">
        <source>“%1”: %n article(s) written to %2.</source>
        <translation>
            <numerusform>“%1”: %n article written to %2.</numerusform>
            <numerusform>“%1”: %n articles written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n article(s) sent to %2.</source>
        <translation>
            <numerusform>“%1”: %n article sent to %2.</numerusform>
            <numerusform>“%1”: %n articles sent to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReportsPresenter</name>
    <message numerus="yes">
        <source>Report “%1” is done: %n article(s).</source>
        <translation>
            <numerusform>Report “%1” is done: %n article.</numerusform>
            <numerusform>Report “%1” is done: %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SourcesDialog</name>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n source.</numerusform>
            <numerusform>%n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed on the last sync (the status tooltip has the details).</source>
        <translation>
            <numerusform>%n failed on the last sync (the status tooltip has the details).</numerusform>
            <numerusform>%n failed on the last sync (the status tooltip has the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never synced yet.</source>
        <translation>
            <numerusform>%n never synced yet.</numerusform>
            <numerusform>%n never synced yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred article(s) of this source will stay, under “Starred from removed sources”.</source>
        <translation>
            <numerusform>%n starred article of this source will stay, under “Starred from removed sources”.</numerusform>
            <numerusform>%n starred articles of this source will stay, under “Starred from removed sources”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1”; its %n starred article(s) were kept.</source>
        <translation>
            <numerusform>Removed “%1”; its %n starred article was kept.</numerusform>
            <numerusform>Removed “%1”; its %n starred articles were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new source(s).</source>
        <translation>
            <numerusform>Imported %n new source.</numerusform>
            <numerusform>Imported %n new sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n was already there.</numerusform>
            <numerusform>%n were already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outline(s) could not be read.</source>
        <translation>
            <numerusform>%n outline could not be read.</numerusform>
            <numerusform>%n outlines could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>Exported %n source to %1.</numerusform>
            <numerusform>Exported %n sources to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from the team&apos;s sources; %n starred article(s) were kept.</source>
        <translation>
            <numerusform>Removed “%1” from the team&apos;s sources; %n starred article was kept.</numerusform>
            <numerusform>Removed “%1” from the team&apos;s sources; %n starred articles were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new source(s) into the team&apos;s sources.</source>
        <translation>
            <numerusform>Imported %n new source into the team&apos;s sources.</numerusform>
            <numerusform>Imported %n new sources into the team&apos;s sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SyncPresenter</name>
    <message numerus="yes">
        <source>Syncing %n source(s)…</source>
        <translation>
            <numerusform>Syncing %n source…</numerusform>
            <numerusform>Syncing %n sources…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <translation>
            <numerusform>%1: %n new article</numerusform>
            <numerusform>%1: %n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped. %n new article(s) so far.</source>
        <translation>
            <numerusform>Sync stopped. %n new article so far.</numerusform>
            <numerusform>Sync stopped. %n new articles so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s).</source>
        <translation>
            <numerusform>Sync done: %n new article.</numerusform>
            <numerusform>Sync done: %n new articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s). %1 source(s) failed; %2: %3</source>
        <translation>
            <numerusform>Sync done: %n new article. %1 source(s) failed; %2: %3</numerusform>
            <numerusform>Sync done: %n new articles. %1 source(s) failed; %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>%n source failed</numerusform>
            <numerusform>%n sources failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the copies of each story in %n article(s).</source>
        <translation>
            <numerusform>Found the copies of each story in %n article.</numerusform>
            <numerusform>Found the copies of each story in %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); indexing them for search and finding copies…</source>
        <translation>
            <numerusform>%n new article; indexing it for search and finding copies…</numerusform>
            <numerusform>%n new articles; indexing them for search and finding copies…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n article(s) for search.</source>
        <translation>
            <numerusform>Indexed %n article for search.</numerusform>
            <numerusform>Indexed %n articles for search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TeamPresenter</name>
    <message numerus="yes">
        <source>Team: %n new or changed article(s).</source>
        <translation>
            <numerusform>Team: %n new or changed article.</numerusform>
            <numerusform>Team: %n new or changed articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joining the team… %n article(s) so far (the last %1 days first)</source>
        <translation>
            <numerusform>Joining the team… %n article so far (the last %1 days first)</numerusform>
            <numerusform>Joining the team… %n articles so far (the last %1 days first)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TrendView</name>
    <message numerus="yes">
        <source>%1, week of %2: %n article(s)</source>
        <translation>
            <numerusform>%1, week of %2: %n article</numerusform>
            <numerusform>%1, week of %2: %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>The article cache was damaged, so a new one was built.

%n article(s) could be read back from the damaged file, and your stars, notes and read marks were restored from it and from their backup. Articles that could not be read come back with the next sync.

The damaged file was kept as:
%1</source>
        <translation>
            <numerusform>The article cache was damaged, so a new one was built.

%n article could be read back from the damaged file, and your stars, notes and read marks were restored from it and from their backup. Articles that could not be read come back with the next sync.

The damaged file was kept as:
%1</numerusform>
            <numerusform>The article cache was damaged, so a new one was built.

%n articles could be read back from the damaged file, and your stars, notes and read marks were restored from it and from their backup. Articles that could not be read come back with the next sync.

The damaged file was kept as:
%1</numerusform>
        </translation>
    </message>
</context>
</TS>
