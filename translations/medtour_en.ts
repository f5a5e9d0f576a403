<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Medtour::ArticleListModel</name>
    <message numerus="yes">
        <source>Reported by %n outlet(s)</source>
        <translation>
            <numerusform>Reported by %n outlet</numerusform><numerusform>Reported by %n outlets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ArticleDetailView</name>
    <message numerus="yes">
        <source>Also reported by %n other outlet(s)</source>
        <translation>
            <numerusform>Also reported by %n other outlet</numerusform><numerusform>Also reported by %n other outlets</numerusform></translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ExportController</name>
    <message numerus="yes">
        <source>Laying out %n article(s)…</source>
        <translation>
            <numerusform>Laying out %n article…</numerusform><numerusform>Laying out %n articles…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2 pages).</source>
        <translation>
            <numerusform>Exported %n article to %1 (%2 pages).</numerusform><numerusform>Exported %n articles to %1 (%2 pages).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Selected articles (%n)</source>
        <translation>
            <numerusform>&amp;Selected articles (%n)</numerusform><numerusform>&amp;Selected articles (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All articles under the current filter (%n)</source>
        <translation>
            <numerusform>&amp;All articles under the current filter (%n)</numerusform><numerusform>&amp;All articles under the current filter (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::FilterPanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n sample article(s).</source>
        <translation>
            <numerusform>Loaded %n sample article.</numerusform><numerusform>Loaded %n sample articles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample article(s) so you can look around offline.</source>
        <translation>
            <numerusform>Loaded %n sample article so you can look around offline.</numerusform><numerusform>Loaded %n sample articles so you can look around offline.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stor(y/ies)</source>
        <translation>
            <numerusform>%n story</numerusform><numerusform>%n stories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SyncPresenter</name>
    <message numerus="yes">
        <source>Syncing %n source(s)…</source>
        <translation>
            <numerusform>Syncing %n source…</numerusform><numerusform>Syncing %n sources…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <translation>
            <numerusform>%1: %n new article</numerusform><numerusform>%1: %n new articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped. %n new article(s) so far.</source>
        <translation>
            <numerusform>Sync stopped. %n new article so far.</numerusform><numerusform>Sync stopped. %n new articles so far.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s). %1 source(s) failed; %2 says: %3</source>
        <translation>
            <numerusform>Sync done: %n new article. %1 source(s) failed; %2 says: %3</numerusform><numerusform>Sync done: %n new articles. %1 source(s) failed; %2 says: %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s).</source>
        <translation>
            <numerusform>Sync done: %n new article.</numerusform><numerusform>Sync done: %n new articles.</numerusform></translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TrendView</name>
    <message numerus="yes">
        <source>%1, week of %2: %n article(s)</source>
        <translation>
            <numerusform>%1, week of %2: %n article</numerusform><numerusform>%1, week of %2: %n articles</numerusform></translation>
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
%1</numerusform><numerusform>The article cache was damaged, so a new one was built.

%n articles could be read back from the damaged file, and your stars, notes and read marks were restored from it and from their backup. Articles that could not be read come back with the next sync.

The damaged file was kept as:
%1</numerusform></translation>
    </message>
</context>
</TS>