<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Medtour::ArticleListModel</name>
    <message>
        <source>The feed gave no usable date; this is when the article was fetched.</source>
        <translation>피드에 쓸 수 있는 날짜가 없어 기사를 가져온 시각을 표시합니다.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ArticleDetailView</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>기사를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>fetch time; the feed gave no date</source>
        <translation>가져온 시각, 피드에 날짜 없음</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>원문 열기</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::FilterPanel</name>
    <message>
        <source>Filter articles (e.g. 대전 몽골, Kazakhstan)</source>
        <translation>기사 필터 (예: 대전 몽골, Kazakhstan)</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::MainWindow</name>
    <message>
        <source>Medtour Reader</source>
        <translation>메드투어 리더</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample article(s) so you can look around offline.</source>
        <translation>
            <numerusform>오프라인에서 둘러볼 수 있도록 샘플 기사 %n건을 불러왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>별표 설정/해제(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>읽음/안 읽음 표시(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Medtour Reader</source>
        <translation>메드투어 리더</translation>
    </message>
    <message>
        <source>A news reader for medical tourism.</source>
        <translation>의료관광 뉴스 리더입니다.</translation>
    </message>
    <message>
        <source>Open the cache at &lt;path&gt;.</source>
        <translation>&lt;path&gt;에 있는 캐시를 엽니다.</translation>
    </message>
    <message>
        <source>The article cache could not be opened.

%1</source>
        <translation>기사 캐시를 열 수 없습니다.

%1</translation>
    </message>
</context>
</TS>
