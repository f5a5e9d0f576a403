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
    <message numerus="yes">
        <source>Reported by %n outlet(s)</source>
        <translation>
            <numerusform>%n개 매체 보도</numerusform>
        </translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>시장</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>사본</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>관련도</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::BrowsingModel</name>
    <message>
        <source>The articles could not be read: %1</source>
        <translation>기사를 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Medtour::Export</name>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>markets</source>
        <translation>시장</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>specialties</source>
        <translation>진료 분야</translation>
    </message>
    <message>
        <source>hospitals</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>events</source>
        <translation>행사 유형</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 이전</translation>
    </message>
    <message>
        <source>relevance at least %1</source>
        <translation>관련도 %1 이상</translation>
    </message>
    <message>
        <source>unread only</source>
        <translation>읽지 않은 기사만</translation>
    </message>
    <message>
        <source>starred only</source>
        <translation>별표 기사만</translation>
    </message>
    <message>
        <source>Medical tourism news clipping</source>
        <translation>의료관광 뉴스 클리핑</translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportPages</name>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>작성 시각</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Articles by market</source>
        <translation>시장별 기사</translation>
    </message>
    <message>
        <source>Articles by outlet</source>
        <translation>매체별 기사</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>기자</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>(date from fetch time)</source>
        <translation>(수집 시각 기준 날짜)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Also reported by</source>
        <translation>함께 보도한 매체</translation>
    </message>
    <message>
        <source>Lead only; the full text is at the original.</source>
        <translation>리드만 실었습니다. 전문은 원문에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Source: %1 — copyright belongs to the outlet.</source>
        <translation>출처: %1 — 저작권은 해당 매체에 있습니다.</translation>
    </message>
    <message>
        <source>Articles per market per week</source>
        <translation>시장별 주간 기사 수</translation>
    </message>
    <message>
        <source>Top outlets</source>
        <translation>주요 매체</translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportRenderer</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportRunner</name>
    <message numerus="yes">
        <source>%n article(s); the report is attached.</source>
        <translation>
            <numerusform>기사 %n건, 보고서를 첨부합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportTable</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>기자</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>관련도</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>동일 보도 수</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>Medtour::Facets</name>
    <message>
        <source>Markets</source>
        <translation>시장</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>진료 분야</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>행사 유형</translation>
    </message>
</context>
<context>
    <name>Medtour::FeedPipeline</name>
    <message>
        <source>Disk full: this feed was not stored completely; free some space and sync again (%1)</source>
        <translation>디스크가 가득 차서 이 피드를 모두 저장하지 못했습니다. 공간을 확보한 뒤 다시 동기화하세요 (%1)</translation>
    </message>
</context>
<context>
    <name>Medtour::ReplicaRepository</name>
    <message>
        <source>Kept from before joining</source>
        <translation>팀 참여 전부터 있던 기사</translation>
    </message>
</context>
<context>
    <name>Medtour::ReportProfileModel</name>
    <message>
        <source>Weekdays at %1</source>
        <translation>평일 %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>매주 %1 %2</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>매일 %1</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (꺼짐)</translation>
    </message>
    <message>
        <source>Files only</source>
        <translation>파일만</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) sent or written</source>
        <translation>
            <numerusform>기사 %n건 전송 또는 저장</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>새 기사 없음</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>마지막 실행</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>Medtour::SourceListModel</name>
    <message>
        <source>Never synced</source>
        <translation>동기화한 적 없음</translation>
    </message>
    <message numerus="yes">
        <source>OK, %n new</source>
        <translation>
            <numerusform>정상, 새 기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>피드</translation>
    </message>
    <message>
        <source>Google News</source>
        <translation>Google 뉴스</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 상태 %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>마지막 시도: %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>마지막 성공</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>다음 동기화</translation>
    </message>
</context>
<context>
    <name>Medtour::SourceRepository</name>
    <message>
        <source>Starred from removed sources</source>
        <translation>삭제된 소스의 별표 기사</translation>
    </message>
</context>
<context>
    <name>Medtour::SyncProblemModel</name>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>What happened, and what to try</source>
        <translation>발생한 문제와 해결 방법</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>기술 정보</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::AddFeedDialog</name>
    <message>
        <source>&amp;Find feeds</source>
        <translation>피드 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <source>Address of a feed or of a news site</source>
        <translation>피드 또는 뉴스 사이트 주소</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>피드에 적힌 제목</translation>
    </message>
    <message>
        <source>Optional, e.g. News/Korea</source>
        <translation>선택 사항, 예: 뉴스/한국</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Type the address of a feed, or of a site&apos;s page: the feeds it announces are listed to choose from.</source>
        <translation>피드 주소나 사이트 페이지 주소를 입력하세요. 그 페이지가 알리는 피드가 목록으로 나와 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>This is not a web address.</source>
        <translation>웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>This page announces no feed. Try the site&apos;s RSS link or its home page.</source>
        <translation>이 페이지는 피드를 알리지 않습니다. 사이트의 RSS 링크나 홈페이지를 입력해 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>This is a feed with %n item(s).</source>
        <translation>
            <numerusform>항목이 %n개 있는 피드입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This page announces %n feed(s). Choose one:</source>
        <translation>
            <numerusform>이 페이지가 알리는 피드는 %n개입니다. 하나를 고르세요:</numerusform>
        </translation>
    </message>
    <message>
        <source>This feed is already a source: %1.</source>
        <translation>이 피드는 이미 소스로 등록되어 있습니다: %1.</translation>
    </message>
    <message>
        <source>The source could not be added: %1</source>
        <translation>소스를 추가하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>This page announces no feed, but it lists %n article(s). You can follow its article links instead: each sync reads the list and fetches the new articles.</source>
        <translation>
            <numerusform>이 페이지는 피드를 알리지 않지만 기사 %n건을 나열합니다. 대신 기사 링크를 따라갈 수 있습니다. 동기화할 때마다 목록을 읽고 새 기사를 가져옵니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow this page&apos;s article links instead</source>
        <translation>대신 이 페이지의 기사 링크 따라가기</translation>
    </message>
    <message>
        <source>The page&apos;s own title</source>
        <translation>페이지에 적힌 제목</translation>
    </message>
    <message>
        <source>This page is already a source: %1.</source>
        <translation>이 페이지는 이미 소스로 등록되어 있습니다: %1.</translation>
    </message>
    <message>
        <source>Adding it to the team&apos;s sources on the team server…</source>
        <translation>팀 서버의 팀 소스에 추가하는 중…</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ArticleDetailPane</name>
    <message>
        <source>Your note on this article (saved as you type)</source>
        <translation>이 기사에 대한 메모 (입력하는 대로 저장됩니다)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>편집 중…</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>메모를 저장했습니다</translation>
    </message>
    <message>
        <source>The note could not be saved; it stays here until you try again.</source>
        <translation>메모를 저장하지 못했습니다. 다시 시도할 때까지 여기에 남아 있습니다.</translation>
    </message>
    <message>
        <source>This article is no longer in the cache.</source>
        <translation>이 기사는 더 이상 캐시에 없습니다.</translation>
    </message>
    <message>
        <source>Notes from the team:</source>
        <translation>팀원 메모:</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>기사를 읽지 못했습니다: %1</translation>
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
        <source>Relevance %1</source>
        <translation>관련도 %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>발신지: %1</translation>
    </message>
    <message numerus="yes">
        <source>Also reported by %n other outlet(s)</source>
        <translation>
            <numerusform>다른 %n개 매체도 보도</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ChipBar</name>
    <message>
        <source>Remove this filter</source>
        <translation>이 필터 제거</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::EmptyState</name>
    <message>
        <source>No articles yet</source>
        <translation>아직 기사가 없습니다</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>이 필터에 맞는 기사가 없습니다</translation>
    </message>
    <message>
        <source>Try fewer words, remove a filter with its ✕, or look at all articles again.</source>
        <translation>검색어를 줄이거나, ✕로 필터를 제거하거나, 전체 기사를 다시 보세요.</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 지우기</translation>
    </message>
    <message>
        <source>Articles arrive when your sources are synchronised. To look around first, load the built-in sample: 34 short Korean and English medical-tourism stories that you can filter, star and delete like any other. Or start with the recommended sources: Google News searches and medical-tourism outlets, synchronised now.</source>
        <translation>소스를 동기화하면 기사가 들어옵니다. 먼저 둘러보려면 내장 샘플을 불러오세요. 다른 기사처럼 필터링하고 별표를 달고 삭제할 수 있는 짧은 한국어·영어 의료관광 기사 34건입니다. 또는 추천 소스로 시작하세요. Google 뉴스 검색과 의료관광 매체를 추가하고 바로 동기화합니다.</translation>
    </message>
    <message>
        <source>Open the sample articles</source>
        <translation>샘플 기사 열기</translation>
    </message>
    <message>
        <source>Add recommended sources</source>
        <translation>추천 소스 추가</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ExportController</name>
    <message>
        <source>Large Report</source>
        <translation>큰 보고서</translation>
    </message>
    <message>
        <source>The filter matches %1 articles; the report will hold the newest %2.</source>
        <translation>필터에 맞는 기사가 %1건입니다. 보고서에는 최신 %2건이 담깁니다.</translation>
    </message>
    <message>
        <source>clipping-%1.pdf</source>
        <translation>클리핑-%1.pdf</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF 보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <source>Collecting articles…</source>
        <translation>기사를 모으는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>The articles could not be read: %1</source>
        <translation>기사를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>내보낼 기사가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n article(s)…</source>
        <translation>
            <numerusform>기사 %n건을 배치하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF를 쓰지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2 pages).</source>
        <translation>
            <numerusform>기사 %n건을 %1(으)로 내보냈습니다 (%2쪽).</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>프린터를 시작하지 못했습니다.</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>%2쪽 중 %1쪽 인쇄 중…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n쪽을 프린터로 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 문서 (*.odt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n article(s)…</source>
        <translation>
            <numerusform>기사 %n건 쓰는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>보고서를 쓰지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1.</source>
        <translation>
            <numerusform>기사 %n건을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Selected articles (%n)</source>
        <translation>
            <numerusform>선택한 기사(&amp;S) (%n건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All articles under the current filter (%n)</source>
        <translation>
            <numerusform>현재 필터의 모든 기사(&amp;A) (%n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lead only (not the full text)</source>
        <translation>리드만(&amp;L) (전문 제외)</translation>
    </message>
    <message>
        <source>One article per &amp;page</source>
        <translation>한 쪽에 기사 하나(&amp;P)</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF 보고서 내보내기</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>묶지 않음</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>날짜별</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>시장별</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>매체별</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>기관(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>묶기(&amp;G):</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>용지 크기(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF clipping report</source>
        <translation>PDF 스크랩 보고서</translation>
    </message>
    <message>
        <source>Editable document (ODT: Hancom Office, Word, LibreOffice)</source>
        <translation>편집 가능한 문서 (ODT: 한컴오피스, Word, LibreOffice)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX) with counts and charts</source>
        <translation>스프레드시트 (XLSX, 집계와 차트 포함)</translation>
    </message>
    <message>
        <source>Table (CSV, UTF-8)</source>
        <translation>표 (CSV, UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::FilterPanel</name>
    <message>
        <source>Search: words, &quot;phrases&quot;, -exclude, OR</source>
        <translation>검색: 단어, &quot;구절&quot;, -제외, OR</translation>
    </message>
    <message>
        <source>All words must match. &quot;Quoted words&quot; match as a phrase, -word excludes, and OR joins alternatives: 카자흐스탄 OR 우즈벡 설명회</source>
        <translation>모든 단어가 들어 있어야 합니다. &quot;따옴표&quot;는 구절로 찾고, -단어는 제외하며, OR는 둘 중 하나를 찾습니다: 카자흐스탄 OR 우즈벡 설명회</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>별표</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Each story once</source>
        <translation>같은 기사는 한 번만</translation>
    </message>
    <message>
        <source>Show one copy of a story that several outlets reported; the others are listed under &quot;Also reported by&quot;.</source>
        <translation>여러 매체가 보도한 기사는 하나만 보여 줍니다. 나머지는 &quot;함께 보도한 매체&quot;에 나옵니다.</translation>
    </message>
    <message>
        <source>Relevance: any</source>
        <translation>관련도: 전체</translation>
    </message>
    <message>
        <source>Relevance ≥ %1</source>
        <translation>관련도 ≥ %1</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>The last day included</source>
        <translation>마지막 날 포함</translation>
    </message>
    <message>
        <source>and</source>
        <translation>~</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::GoogleNewsDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Add a Google News search</source>
        <translation>Google 뉴스 검색 추가</translation>
    </message>
    <message>
        <source>e.g. 의료관광 or &quot;medical tourism&quot; Korea</source>
        <translation>예: 의료관광 또는 &quot;medical tourism&quot; Korea</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>검색어:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>피드 주소:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Google News: %1</source>
        <translation>Google 뉴스: %1</translation>
    </message>
    <message>
        <source>Fetching a preview…</source>
        <translation>미리 보기를 가져오는 중…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>미리 보기를 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The answer was not a feed.</source>
        <translation>응답이 피드가 아닙니다.</translation>
    </message>
    <message>
        <source>Nothing found for this search right now.</source>
        <translation>지금은 이 검색어로 찾은 기사가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n item(s) this search returns:</source>
        <translation>
            <numerusform>이 검색의 처음 %n개 항목:</numerusform>
        </translation>
    </message>
    <message>
        <source>This search is already a source: %1.</source>
        <translation>이 검색은 이미 소스로 등록되어 있습니다: %1.</translation>
    </message>
    <message>
        <source>The source could not be added: %1</source>
        <translation>소스를 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Adding it to the team&apos;s sources on the team server…</source>
        <translation>팀 서버의 팀 소스에 추가하는 중…</translation>
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
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>추이</translation>
    </message>
    <message>
        <source>The sample could not be loaded.

%1</source>
        <translation>샘플을 불러오지 못했습니다.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample article(s).</source>
        <translation>
            <numerusform>샘플 기사 %n건을 불러왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Not available in this build yet</source>
        <translation>이 빌드에서는 아직 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>다음 기사(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>이전 기사(&amp;P)</translation>
    </message>
    <message>
        <source>Page down, then next article</source>
        <translation>한 화면 아래로, 끝이면 다음 기사</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>별표 달기/떼기(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;read / unread</source>
        <translation>읽음/안 읽음 표시(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open the original</source>
        <translation>원문 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>추이(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Clear all filters</source>
        <translation>모든 필터 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Fetch new articles from every source (F5)</source>
        <translation>모든 소스에서 새 기사 가져오기 (F5)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n stor(y/ies)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Sou&amp;rces…</source>
        <translation>소스(&amp;R)…</translation>
    </message>
    <message>
        <source>The recommended sources could not be added.

%1</source>
        <translation>추천 소스를 추가하지 못했습니다.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n recommended source(s); syncing them now.</source>
        <translation>
            <numerusform>추천 소스 %n개를 추가했습니다. 지금 동기화합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recommended sources are already in your list.</source>
        <translation>추천 소스가 이미 목록에 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>보고서(&amp;P)…</translation>
    </message>
    <message>
        <source>Stop s&amp;ync</source>
        <translation>동기화 중지(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::NewArticleNotifier</name>
    <message numerus="yes">
        <source>%n new relevant article(s)</source>
        <translation>
            <numerusform>관련도 높은 새 기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReadOnlyNotice</name>
    <message>
        <source>Articles can be read, searched and exported, but stars, notes, read marks and new articles cannot be saved until the cache can be written again.</source>
        <translation>기사를 읽고 검색하고 내보낼 수는 있지만, 캐시에 다시 쓸 수 있게 될 때까지 별표, 메모, 읽음 표시와 새 기사는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Read-only: the cache file cannot be written</source>
        <translation>읽기 전용: 캐시 파일에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Read-only: the cache&apos;s folder cannot be written</source>
        <translation>읽기 전용: 캐시 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Read-only: the cache&apos;s disk is mounted read-only</source>
        <translation>읽기 전용: 캐시가 있는 디스크가 읽기 전용으로 마운트되어 있습니다</translation>
    </message>
    <message>
        <source>Read-only: the cache&apos;s disk is full</source>
        <translation>읽기 전용: 캐시가 있는 디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>Read-only: the cache cannot be written</source>
        <translation>읽기 전용: 캐시에 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReportProfileDialog</name>
    <message>
        <source>&amp;Run on schedule</source>
        <translation>일정대로 실행(&amp;R)</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>새 보고서</translation>
    </message>
    <message>
        <source>Edit Report</source>
        <translation>보고서 편집</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>Weekdays (Monday to Friday)</source>
        <translation>평일 (월~금)</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>at</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ODT (editable)</source>
        <translation>ODT (편집 가능)</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>묶지 않음</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>날짜별</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>시장별</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>매체별</translation>
    </message>
    <message>
        <source>reports/ beside the cache</source>
        <translation>캐시 옆 reports/ 폴더</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder for the Reports</source>
        <translation>보고서 폴더</translation>
    </message>
    <message>
        <source>director@example.org, team@example.org</source>
        <translation>director@example.org, team@example.org</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>검색 “%1”</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>기사:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>실행 시각:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>묶기(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>기관(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;E-mail to:</source>
        <translation>받는 메일(&amp;E):</translation>
    </message>
    <message>
        <source>Each run reports the articles that arrived since the previous run. E-mail needs the mail server: medtour-cli mail setup.</source>
        <translation>실행할 때마다 이전 실행 이후 들어온 기사를 보고합니다. 메일을 보내려면 메일 서버 설정이 필요합니다: medtour-cli mail setup.</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>보고서 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>형식을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1”은(는) 메일 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>&amp;New from Current Filter…</source>
        <translation>현재 필터로 새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>지금 실행(&amp;N)</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>“%1” 작성 중…</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>보고서를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation>보고서 삭제</translation>
    </message>
    <message>
        <source>Remove the report “%1”? Files it wrote stay where they are.</source>
        <translation>보고서 “%1”을(를) 삭제할까요? 이미 만든 파일은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” 실패: %2</translation>
    </message>
    <message>
        <source>“%1”: nothing new since the last run; nothing was written or sent.</source>
        <translation>“%1”: 지난 실행 이후 새 기사가 없어 아무것도 만들거나 보내지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n article(s) written to %2.</source>
        <translation>
            <numerusform>“%1”: 기사 %n건을 %2에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n article(s) sent to %2.</source>
        <translation>
            <numerusform>“%1”: 기사 %n건을 %2에게 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>보고서 목록을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReportsPresenter</name>
    <message>
        <source>Report “%1” failed: %2</source>
        <translation>보고서 “%1” 실패: %2</translation>
    </message>
    <message numerus="yes">
        <source>Report “%1” is done: %n article(s).</source>
        <translation>
            <numerusform>보고서 “%1” 완료: 기사 %n건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SettingsDialog</name>
    <message>
        <source>Load remote images in articles</source>
        <translation>기사의 외부 이미지 불러오기</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템 설정대로</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Remote images tell the publisher that you read the article. Off by default.</source>
        <translation>외부 이미지를 불러오면 발행처가 기사를 읽었다는 사실을 알게 됩니다. 기본값은 꺼짐입니다.</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>모두 보관</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>A new language, and a return to the system theme, apply when the reader starts again.</source>
        <translation>바뀐 언어와 시스템 테마로의 복귀는 리더를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Check new sources every:</source>
        <translation>새 기사 확인 간격:</translation>
    </message>
    <message>
        <source>Remove unstarred articles after:</source>
        <translation>별표 없는 기사 삭제 시점:</translation>
    </message>
    <message>
        <source>Notify about new articles with relevance from:</source>
        <translation>알림을 보낼 새 기사의 최소 관련도:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>캐시:</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>아직 쓸 수 없음</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SourceEditDialog</name>
    <message>
        <source>Fetch the full page of items that carry only a summary</source>
        <translation>요약만 있는 항목은 전체 페이지 가져오기</translation>
    </message>
    <message>
        <source>Sync this source</source>
        <translation>이 소스 동기화</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>소스 편집</translation>
    </message>
    <message>
        <source>Optional, e.g. News/Korea</source>
        <translation>선택 사항, 예: 뉴스/한국</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>As the feed says (Seoul for Korean, else UTC)</source>
        <translation>피드에 따름 (한국어는 서울, 그 외는 UTC)</translation>
    </message>
    <message>
        <source>As the feed says</source>
        <translation>피드에 따름</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>확인 간격:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>A page source always reads its articles&apos; pages.</source>
        <translation>웹 페이지 소스는 항상 기사 페이지를 읽어 옵니다.</translation>
    </message>
    <message>
        <source>Saving the change on the team server…</source>
        <translation>팀 서버에 변경 내용을 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Add &amp;feed…</source>
        <translation>피드 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Google News search…</source>
        <translation>Google 뉴스 검색 추가(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>사용 안 함(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>제거(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>OPML 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>사용(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation>
            <numerusform>소스 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed on the last sync (the status tooltip has the details).</source>
        <translation>
            <numerusform>%n개는 마지막 동기화에 실패했습니다 (자세한 내용은 상태의 도구 설명에 있습니다).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never synced yet.</source>
        <translation>
            <numerusform>%n개는 아직 동기화한 적이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source could not be changed:
%1</source>
        <translation>소스를 변경하지 못했습니다:
%1</translation>
    </message>
    <message>
        <source>Remove the source “%1”?</source>
        <translation>“%1” 소스를 제거할까요?</translation>
    </message>
    <message>
        <source>These are the starred articles of sources removed earlier: they are deleted from the cache, stars and notes included.</source>
        <translation>앞서 제거한 소스의 별표 기사입니다. 별표와 메모를 포함해 캐시에서 삭제됩니다.</translation>
    </message>
    <message>
        <source>Its articles are removed from the cache. Starred articles are kept.</source>
        <translation>이 소스의 기사는 캐시에서 삭제됩니다. 별표 기사는 남겨 둡니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n starred article(s) of this source will stay, under “Starred from removed sources”.</source>
        <translation>
            <numerusform>이 소스의 별표 기사 %n건은 “삭제된 소스의 별표 기사” 아래에 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>소스 제거</translation>
    </message>
    <message>
        <source>The source could not be removed:
%1</source>
        <translation>소스를 제거하지 못했습니다:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1”; its %n starred article(s) were kept.</source>
        <translation>
            <numerusform>“%1”을(를) 제거했습니다. 별표 기사 %n건은 남겨 두었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1”을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 파일 (*.opml *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export sources</source>
        <translation>소스 내보내기</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>소스 가져오기</translation>
    </message>
    <message>
        <source>The file could not be imported:
%1</source>
        <translation>파일을 가져오지 못했습니다:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new source(s).</source>
        <translation>
            <numerusform>새 소스 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n개는 이미 있었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outline(s) could not be read.</source>
        <translation>
            <numerusform>OPML 항목 %n개를 읽지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>파일을 쓰지 못했습니다:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>소스 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources could not be read: %1</source>
        <translation>소스 목록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>편집자</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>독자</translation>
    </message>
    <message>
        <source>no longer a member</source>
        <translation>더 이상 팀원이 아님</translation>
    </message>
    <message>
        <source>Another change is still waiting for the team server&apos;s answer; try again in a moment.</source>
        <translation>다른 변경이 아직 팀 서버의 응답을 기다리고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Saving the change on the team server…</source>
        <translation>팀 서버에 변경 내용을 저장하는 중…</translation>
    </message>
    <message>
        <source>The team server could not be reached, so nothing was changed. Try again when it is back: the status bar says when the reader is connected again.</source>
        <translation>팀 서버에 연결할 수 없어 아무것도 바뀌지 않았습니다. 서버가 돌아오면 다시 시도하세요. 다시 연결되면 상태 표시줄에 표시됩니다.</translation>
    </message>
    <message>
        <source>The team server refused the change: your part on the team (%1) does not allow changing its sources. Nothing was changed; an admin can make you an editor.</source>
        <translation>팀 서버가 변경을 거부했습니다. 팀에서의 역할(%1)로는 팀의 소스를 바꿀 수 없습니다. 아무것도 바뀌지 않았습니다. 관리자가 편집자로 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>This source is no longer on the team server: another editor may have removed it.</source>
        <translation>이 소스는 더 이상 팀 서버에 없습니다. 다른 편집자가 삭제했을 수 있습니다.</translation>
    </message>
    <message>
        <source>The team server did not take the change: %1</source>
        <translation>팀 서버가 변경을 받아들이지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The cache is read-only, so the change was not sent to the team server.</source>
        <translation>캐시가 읽기 전용이어서 변경을 팀 서버로 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The change could not be made on the team server: %1</source>
        <translation>팀 서버에서 변경하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Added “%1” to the team&apos;s sources; the team&apos;s service fetches it.</source>
        <translation>“%1”을(를) 팀의 소스에 추가했습니다. 팀의 동기화 서비스가 가져옵니다.</translation>
    </message>
    <message>
        <source>Saved “%1” on the team server.</source>
        <translation>“%1”을(를) 팀 서버에 저장했습니다.</translation>
    </message>
    <message>
        <source>“%1” is synced for the team again.</source>
        <translation>“%1”을(를) 팀을 위해 다시 동기화합니다.</translation>
    </message>
    <message>
        <source>“%1” is no longer synced for the team.</source>
        <translation>“%1”은(는) 더 이상 팀을 위해 동기화하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from the team&apos;s sources; %n starred article(s) were kept.</source>
        <translation>
            <numerusform>“%1”을(를) 팀의 소스에서 삭제했습니다. 별표한 기사 %n개는 유지했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “%1” from the team&apos;s sources.</source>
        <translation>“%1”을(를) 팀의 소스에서 삭제했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new source(s) into the team&apos;s sources.</source>
        <translation>
            <numerusform>팀의 소스로 새 소스 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>It shows here after the next exchange with the team server.</source>
        <translation>다음에 팀 서버와 주고받을 때 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Remove the source “%1” for the whole team?</source>
        <translation>팀 전체에서 소스 “%1”을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Its articles are removed from the team server and from every member&apos;s cache. Articles that any member starred are kept, under “Starred from removed sources”.</source>
        <translation>이 소스의 기사는 팀 서버와 모든 팀원의 캐시에서 삭제됩니다. 팀원 누군가가 별표한 기사는 “삭제된 소스의 별표 기사” 아래에 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SourcesPresenter</name>
    <message>
        <source>The team&apos;s sources: an editor changes them on the team server.</source>
        <translation>팀의 소스입니다. 편집자가 팀 서버에서 바꿉니다.</translation>
    </message>
    <message>
        <source>The team&apos;s sources: what you change here is changed on the team server, for every member.</source>
        <translation>팀의 소스입니다. 여기서 바꾼 내용은 팀 서버에서 모든 팀원에게 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SyncPresenter</name>
    <message numerus="yes">
        <source>Syncing %n source(s)…</source>
        <translation>
            <numerusform>소스 %n개 동기화 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <translation>
            <numerusform>%1: 새 기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync could not start: %1</source>
        <translation>동기화를 시작하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped. %n new article(s) so far.</source>
        <translation>
            <numerusform>동기화를 멈췄습니다. 지금까지 새 기사 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sources to sync yet. Add feeds with medtour-cli sources add URL, or the suggested list with medtour-cli sources add-defaults.</source>
        <translation>아직 동기화할 소스가 없습니다. medtour-cli sources add URL로 피드를 추가하거나, medtour-cli sources add-defaults로 추천 목록을 추가하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s).</source>
        <translation>
            <numerusform>동기화 완료: 새 기사 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show which sources failed, why, and what to try</source>
        <translation>실패한 소스와 원인, 해결 방법 보기</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s). %1 source(s) failed; %2: %3</source>
        <translation>
            <numerusform>동기화 완료: 새 기사 %n건. 소스 %1개 실패. %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>소스 %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the copies of each story: %1 of %2 articles…</source>
        <translation>같은 기사의 중복 보도를 찾는 중: 기사 %2건 중 %1건…</translation>
    </message>
    <message numerus="yes">
        <source>Found the copies of each story in %n article(s).</source>
        <translation>
            <numerusform>기사 %n건의 중복 보도를 모두 찾았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); indexing them for search and finding copies…</source>
        <translation>
            <numerusform>새 기사 %n건: 검색 색인과 중복 보도 찾기를 진행 중입니다…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n article(s) for search.</source>
        <translation>
            <numerusform>기사 %n건을 검색 색인에 넣었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>동기화 문제</translation>
    </message>
    <message>
        <source>These sources could not be synced. Their articles from earlier syncs are kept.</source>
        <translation>이 소스들을 동기화하지 못했습니다. 이전 동기화에서 받은 기사는 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Sync these &amp;again</source>
        <translation>다시 동기화(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TeamPresenter</name>
    <message>
        <source>Joining the team…</source>
        <translation>팀에 참여하는 중…</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>팀: 연결하는 중…</translation>
    </message>
    <message>
        <source>This cache is no longer joined to a team.</source>
        <translation>이 캐시는 이제 팀에 참여하고 있지 않습니다.</translation>
    </message>
    <message>
        <source>Could not join the team: %1</source>
        <translation>팀에 참여하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Team: %n new or changed article(s).</source>
        <translation>
            <numerusform>팀: 새 기사 또는 바뀐 기사 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: connected</source>
        <translation>팀: 연결됨</translation>
    </message>
    <message>
        <source>Team: offline since %1</source>
        <translation>팀: %1부터 오프라인</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>변경 %n건 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Joining the team… %n article(s) so far (the last %1 days first)</source>
        <translation>
            <numerusform>팀에 참여하는 중… 지금까지 기사 %n건 (최근 %1일 먼저)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TeamSettings</name>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>참여(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Leave the team…</source>
        <translation>팀 나가기(&amp;L)…</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server and database. Use sslmode=verify-full for a server on another machine.</source>
        <translation>팀의 PostgreSQL 서버와 데이터베이스입니다. 다른 컴퓨터의 서버라면 sslmode=verify-full을 쓰세요.</translation>
    </message>
    <message>
        <source>Kept in your password file (readable by you alone), never in the settings.</source>
        <translation>설정이 아니라 본인만 읽을 수 있는 비밀번호 파일에 보관합니다.</translation>
    </message>
    <message>
        <source>This cache is joined to %1 as %2 (%3). The team&apos;s sync service fetches the sources; new articles arrive here within moments, and your stars, read marks and notes go to the server, also after working offline.</source>
        <translation>이 캐시는 %1에 %2(%3)(으)로 참여하고 있습니다. 팀의 동기화 서비스가 소스를 가져오고 새 기사는 곧바로 여기에 도착합니다. 별표, 읽음 표시, 메모는 오프라인으로 작업한 뒤에도 서버로 보내집니다.</translation>
    </message>
    <message>
        <source>Join your office&apos;s team server to read what its sync service fetched, share notes, and keep working offline. The articles now in this cache are replaced by the team&apos;s; your stars, notes and read marks are kept.</source>
        <translation>사무실의 팀 서버에 참여하면 동기화 서비스가 가져온 기사를 읽고 메모를 공유하며 오프라인으로도 계속 작업할 수 있습니다. 지금 캐시의 기사는 팀의 기사로 바뀌지만 별표, 메모, 읽음 표시는 유지됩니다.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>팀원:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Joining… the articles of the last 90 days come first, the rest after.</source>
        <translation>참여하는 중… 최근 90일 기사를 먼저 받고 나머지는 그다음에 받습니다.</translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>팀 나가기</translation>
    </message>
    <message>
        <source>This cache stops receiving the team&apos;s articles and keeps those it has as your own. Changes not yet sent to the server stay here. Leave the team?</source>
        <translation>이 캐시는 더 이상 팀의 기사를 받지 않고, 지금 있는 기사는 본인의 기사로 남습니다. 아직 서버로 보내지 않은 변경은 여기에 남습니다. 팀을 나갈까요?</translation>
    </message>
    <message>
        <source>The server is written as host/database, for example server.example.org/medtour.</source>
        <translation>서버는 호스트/데이터베이스 형식으로 적습니다. 예: server.example.org/medtour</translation>
    </message>
    <message>
        <source>Enter your member name.</source>
        <translation>팀원 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TrayNotifier</name>
    <message>
        <source>Medtour Reader</source>
        <translation>메드투어 리더</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TrendView</name>
    <message>
        <source>No market is mentioned in the articles of these weeks under the current filters.</source>
        <translation>현재 필터에서 이 기간 기사에 언급된 시장이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1, week of %2: %n article(s)</source>
        <translation>
            <numerusform>%1, %2 주: 기사 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server asked us to wait until %1.</source>
        <translation>서버가 %1까지 기다려 달라고 요청했습니다.</translation>
    </message>
    <message>
        <source>The source is synced again after that time; nothing else to do.</source>
        <translation>그 시각이 지나면 다시 동기화하므로 따로 하실 일은 없습니다.</translation>
    </message>
    <message>
        <source>The server received too many requests from us.</source>
        <translation>서버가 이 리더에서 너무 많은 요청을 받았습니다.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server is overloaded or down for maintenance.</source>
        <translation>서버가 과부하 상태이거나 점검 중입니다.</translation>
    </message>
    <message>
        <source>The feed address no longer exists.</source>
        <translation>피드 주소가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Check the address or look for the feed on the site.</source>
        <translation>주소를 확인하거나 사이트에서 피드를 찾아보세요.</translation>
    </message>
    <message>
        <source>The server refused access to the feed.</source>
        <translation>서버가 피드 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>The feed may need a login or may block readers; look for a public feed on the site.</source>
        <translation>로그인이 필요하거나 리더의 접근을 막는 피드일 수 있습니다. 사이트에서 공개 피드를 찾아보세요.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>서버에 내부 문제가 발생했습니다 (HTTP %1).</translation>
    </message>
    <message>
        <source>This is usually temporary; try again later.</source>
        <translation>대개 일시적인 문제입니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>서버가 요청을 거부했습니다 (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the address of the source.</source>
        <translation>소스 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>서버가 예상하지 못한 응답을 보냈습니다 (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later; if it persists, check the address.</source>
        <translation>나중에 다시 시도하고, 문제가 계속되면 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check your internet connection and the address, then sync again.</source>
        <translation>인터넷 연결과 주소를 확인한 뒤 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: its certificate is not valid or not trusted.</source>
        <translation>서버와 보안 연결을 맺지 못했습니다. 서버 인증서가 유효하지 않거나 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the address; if the site opens in a browser, try again later.</source>
        <translation>주소를 확인하세요. 브라우저에서 사이트가 열린다면 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The feed is larger than the size limit.</source>
        <translation>피드가 크기 제한을 넘습니다.</translation>
    </message>
    <message>
        <source>Look for a smaller feed on the site, such as one for a single section.</source>
        <translation>사이트에서 한 섹션만 담은 피드처럼 더 작은 피드를 찾아보세요.</translation>
    </message>
    <message>
        <source>This address is a web page, not a feed.</source>
        <translation>이 주소는 피드가 아니라 웹 페이지입니다.</translation>
    </message>
    <message>
        <source>Use Add feed → Find feeds in File → Sources to find the site&apos;s feed, and add that instead.</source>
        <translation>피드 추가 → 피드 찾기로 사이트의 피드를 찾아 그 피드를 대신 추가하세요.</translation>
    </message>
    <message>
        <source>The address did not return a feed that can be read.</source>
        <translation>이 주소에서 읽을 수 있는 피드를 받지 못했습니다.</translation>
    </message>
    <message>
        <source>Check that it points to an RSS, Atom or JSON feed.</source>
        <translation>RSS, Atom 또는 JSON 피드를 가리키는 주소인지 확인하세요.</translation>
    </message>
    <message>
        <source>The address redirects in a way that is not followed (a loop, too many steps, or to an insecure address).</source>
        <translation>이 주소는 따라갈 수 없는 방식으로 리디렉션됩니다 (순환, 너무 많은 단계, 또는 안전하지 않은 주소로 이동).</translation>
    </message>
    <message>
        <source>Open it in a browser and use the address it ends at.</source>
        <translation>브라우저에서 열어 마지막에 도착한 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>Free some space and sync again.</source>
        <translation>공간을 확보한 뒤 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>The new articles could not be saved in the cache.</source>
        <translation>새 기사를 캐시에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Sync again; if it keeps failing, restart the reader.</source>
        <translation>다시 동기화하고, 계속 실패하면 리더를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The address of the source is not a web address (http or https).</source>
        <translation>소스 주소가 웹 주소(http 또는 https)가 아닙니다.</translation>
    </message>
    <message>
        <source>Edit the source and correct its address.</source>
        <translation>소스를 편집해 주소를 고치세요.</translation>
    </message>
    <message>
        <source>The source was removed while it was being synced.</source>
        <translation>동기화하는 동안 소스가 제거되었습니다.</translation>
    </message>
    <message>
        <source>The sync was stopped before this source finished.</source>
        <translation>이 소스를 마치기 전에 동기화가 중지되었습니다.</translation>
    </message>
    <message>
        <source>Sync again to fetch it.</source>
        <translation>다시 동기화하면 가져옵니다.</translation>
    </message>
    <message>
        <source>The source could not be synced.</source>
        <translation>소스를 동기화하지 못했습니다.</translation>
    </message>
    <message>
        <source>No links to articles were found on this page.</source>
        <translation>이 페이지에서 기사 링크를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Use the address of the site&apos;s news list (a section or a press-release board), not its home page or a single article.</source>
        <translation>홈페이지나 기사 한 건이 아니라 사이트의 뉴스 목록(섹션 또는 보도자료 게시판) 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>The cache is read-only, so nothing can be saved in it.</source>
        <translation>캐시가 읽기 전용이어서 아무것도 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Make the cache file and its folder writable (or free some space), then sync again.</source>
        <translation>캐시 파일과 폴더를 쓰기 가능하게 하거나 디스크 공간을 확보한 뒤 다시 동기화하세요.</translation>
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
        <source>Open the window, check that it lists articles, and quit.</source>
        <translation>창을 열어 기사 목록이 나오는지 확인하고 종료합니다.</translation>
    </message>
    <message>
        <source>The article cache could not be opened.

%1

Check that the folder exists and is writable, or start with --db and another file.</source>
        <translation>기사 캐시를 열 수 없습니다.

%1

폴더가 있고 쓸 수 있는지 확인하거나, --db로 다른 파일을 지정해 시작하세요.</translation>
    </message>
    <message numerus="yes">
        <source>The article cache was damaged, so a new one was built.

%n article(s) could be read back from the damaged file, and your stars, notes and read marks were restored from it and from their backup. Articles that could not be read come back with the next sync.

The damaged file was kept as:
%1</source>
        <translation>
            <numerusform>기사 캐시가 손상되어 새로 만들었습니다.

손상된 파일에서 기사 %n건을 되살렸고, 별표·메모·읽음 표시는 그 파일과 백업에서 복원했습니다. 읽지 못한 기사는 다음 동기화 때 다시 들어옵니다.

손상된 파일은 다음 이름으로 보관했습니다:
%1</numerusform>
        </translation>
    </message>
</context>
</TS>
