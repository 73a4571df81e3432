<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>atlas::AttributeEditor</name>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>속성 추가</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>속성 삭제</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Attribute %1 has no name.</source>
        <translation>%1번째 속성에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The attribute &apos;%1&apos; is given twice.</source>
        <translation>속성 &apos;%1&apos;이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is not a number (write 1234.5).</source>
        <translation>%2의 &apos;%1&apos;은(는) 숫자가 아닙니다(1234.5처럼 쓰십시오).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is not a date (write YYYY-MM-DD).</source>
        <translation>%2의 &apos;%1&apos;은(는) 날짜가 아닙니다(YYYY-MM-DD로 쓰십시오).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is not true or false.</source>
        <translation>%2의 &apos;%1&apos;은(는) true 또는 false가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>atlas::AttributeStore</name>
    <message>
        <source>Cannot replace the attributes of %1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;의 속성을 바꿀 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot save attribute &quot;%1&quot; of %2 &quot;%3&quot;: %4</source>
        <translation>%2 &quot;%3&quot;의 속성 &quot;%1&quot;을(를) 저장할 수 없습니다: %4</translation>
    </message>
    <message>
        <source>Cannot read the attributes: %1</source>
        <translation>속성을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This database is too old to store attributes; open it once with write access to upgrade it</source>
        <translation>이 데이터베이스는 너무 오래되어 속성을 저장할 수 없습니다. 쓰기 권한으로 한 번 열어 업그레이드하십시오</translation>
    </message>
    <message>
        <source>Cannot prepare the attribute statements: %1</source>
        <translation>속성 SQL 문을 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot delete the old attributes: %1</source>
        <translation>이전 속성을 삭제할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Briefing</name>
    <message>
        <source>Telco Atlas Briefing</source>
        <translation>Telco Atlas 브리핑</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Companies in focus</source>
        <translation>주요 기업</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>작성일</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, 버전 %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>수록 내용</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 relationships, %2 quarterly figures, %3 sources</source>
        <translation>
            <numerusform>사건 %n건, 관계 %1건, 분기 수치 %2건, 출처 %3건</numerusform>
        </translation>
    </message>
    <message>
        <source>Every statement below is composed from the dataset; numbers in brackets refer to the numbered sources at the end. Dates keep the precision they are known to: a month stands for the whole month.</source>
        <translation>아래의 모든 서술은 데이터셋을 바탕으로 작성되었으며, 대괄호 안의 숫자는 끝에 번호를 매겨 실은 출처를 가리킵니다. 날짜는 확인된 정밀도대로 표기하며, 월만 표기한 경우 해당 월 전체를 뜻합니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>The dataset records no events in this time window.</source>
        <translation>이 기간에 데이터셋에 기록된 사건이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1(사건 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>Most active: %1.</source>
        <translation>가장 활발한 참여자: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) %4</source>
        <translation>%1: %2(%3) %4</translation>
    </message>
    <message>
        <source>Amounts as reported: %1.</source>
        <translation>보도된 금액: %1.</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1: %3%2(%4)</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more (see the company graph)</source>
        <translation>
            <numerusform>; 외 %n건(기업 관계도 참조)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) began in this window: %1.</source>
        <translation>
            <numerusform>이 기간에 시작된 관계 %n건: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3 year on year)</source>
        <translation>%1 %2(전년 동기 대비 %3)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 %4.</source>
        <translation>%1 %2: %3 %4.</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>주요 사건</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Src.</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>No events fall in this time window.</source>
        <translation>이 기간에 해당하는 사건이 없습니다.</translation>
    </message>
    <message>
        <source>Company graph</source>
        <translation>기업 관계도</translation>
    </message>
    <message>
        <source>Relationships valid in the time window.</source>
        <translation>이 기간에 유효한 관계입니다.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>To</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Events on company lanes; spans show month, quarter and year precision.</source>
        <translation>기업별 레인에 사건을 표시했습니다. 구간은 월·분기·연 단위 정밀도를 나타냅니다.</translation>
    </message>
    <message>
        <source>Financial results</source>
        <translation>재무 실적</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>영업이익률</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>전년 동기 대비</translation>
    </message>
    <message>
        <source>Consolidated K-IFRS figures. Year on year: revenue / operating profit against the same quarter a year earlier.</source>
        <translation>K-IFRS 연결 기준 수치입니다. 전년 동기 대비: 매출/영업이익을 전년 같은 분기와 비교한 값입니다.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>No events in this time window.</source>
        <translation>이 기간에 사건이 없습니다.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>상대</translation>
    </message>
    <message>
        <source>%1 (by)</source>
        <translation>%1(역방향)</translation>
    </message>
    <message>
        <source>Partners and relationships</source>
        <translation>파트너 및 관계</translation>
    </message>
    <message>
        <source>Quarterly results</source>
        <translation>분기 실적</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Dataset %1 %2</source>
        <translation>데이터셋 %1 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>Telco Atlas Briefing: %1</source>
        <translation>Telco Atlas 브리핑: %1</translation>
    </message>
    <message>
        <source>Events, relationships and quarterly results of %1</source>
        <translation>%1의 사건, 관계 및 분기 실적</translation>
    </message>
    <message>
        <source>cannot start painting on the output device</source>
        <translation>출력 장치에 그리기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: PDF 파일을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Telco Atlas</source>
        <translation>Telco Atlas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot add the document information: %2</source>
        <translation>%1: 문서 정보를 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>미보도</translation>
    </message>
    <message>
        <source>Between %1 and %2 the dataset records %3 events (by kind: %4) involving %5 organisations, products and people, the first on %6 and the last on %7.</source>
        <translation>%1부터 %2까지 데이터셋에는 사건 %3건(종류별: %4)이 기록되어 있고 조직·제품·인물 %5곳이 관련되며, 첫 사건은 %6, 마지막 사건은 %7입니다.</translation>
    </message>
    <message>
        <source>Amounts as reported, the latest %1 of %2: %3.</source>
        <translation>보고된 금액, 전체 %2건 중 최근 %1건: %3.</translation>
    </message>
    <message>
        <source>The time window holds %1 events; the table lists the latest %2. The Events tab and Export Data list them all.</source>
        <translation>기간 안의 사건은 %1건이며, 표에는 최근 %2건을 싣습니다. 사건 탭과 데이터 내보내기에는 모두 나옵니다.</translation>
    </message>
    <message>
        <source>The time window holds %1 relationships; the table lists the %2 that began last, the company graph shows them all.</source>
        <translation>기간 안의 관계는 %1건이며, 표에는 가장 늦게 시작된 %2건을 싣고, 기업 그래프에는 모두 나옵니다.</translation>
    </message>
    <message>
        <source>%1 events in the time window; the latest %2:</source>
        <translation>기간 안의 사건 %1건 중 최근 %2건:</translation>
    </message>
</context>
<context>
    <name>atlas::ChartRender</name>
    <message>
        <source>The chart size %1×%2 is too small.</source>
        <translation>차트 크기 %1×%2은(는) 너무 작습니다.</translation>
    </message>
    <message>
        <source>Telco Atlas financial chart</source>
        <translation>Telco Atlas 재무 차트</translation>
    </message>
    <message>
        <source>Unknown company “%1”.</source>
        <translation>알 수 없는 기업 “%1”입니다.</translation>
    </message>
    <message>
        <source>“%1” has no financial figures; companies with figures: %2.</source>
        <translation>“%1”의 재무 수치가 없습니다. 수치가 있는 기업: %2.</translation>
    </message>
    <message>
        <source>Unknown quarter “%1”: write it as 2024-Q2.</source>
        <translation>알 수 없는 분기 “%1”입니다. 2024-Q2 형식으로 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>atlas::ChartsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A quarter against the same quarter a year earlier</source>
        <translation>한 분기를 전년 동기와 비교</translation>
    </message>
    <message>
        <source>Every quarter of the company in the time window</source>
        <translation>기간 내 해당 기업의 전체 분기</translation>
    </message>
    <message>
        <source>The operators side by side for one quarter</source>
        <translation>한 분기 기준 통신사 간 비교</translation>
    </message>
    <message>
        <source>Financial chart</source>
        <translation>재무 차트</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>기업(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>분기(&amp;Q):</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>차트를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>차트를 SVG로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image or an SVG drawing</source>
        <translation>차트를 PNG 이미지 또는 SVG 벡터 이미지로 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Select cells and press %1 to copy them as tab-separated text</source>
        <translation>셀을 선택하고 %1 키를 누르면 탭으로 구분된 텍스트로 복사합니다</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>%1 has no financial figures in the data; the charts still show %2.</source>
        <translation>데이터에 %1의 재무 수치가 없으므로 차트는 계속 %2을(를) 표시합니다.</translation>
    </message>
    <message>
        <source>Point at a bar or a point for its exact value and source.</source>
        <translation>막대나 점에 마우스를 올리면 정확한 값과 출처를 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::CommandLine</name>
    <message>
        <source>Use the database at PATH: an SQLite file (created with the built-in dataset when new) or postgresql://user@host:port/dbname.</source>
        <translation>PATH의 데이터베이스를 사용합니다: SQLite 파일(새 파일이면 내장 데이터셋으로 생성) 또는 postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Interface and data language: ko or en.</source>
        <translation>인터페이스 및 데이터 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>Start of the time window, YYYY-MM-DD.</source>
        <translation>기간 시작일, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>End of the time window, YYYY-MM-DD.</source>
        <translation>기간 종료일, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Entity in focus: id, English or Korean name, or ticker (several separated by commas for --briefing).</source>
        <translation>중점 개체: ID, 영어 또는 한국어 이름, 종목 코드(--briefing에서는 쉼표로 구분해 여러 개 지정 가능).</translation>
    </message>
    <message>
        <source>Neighbourhood around --focus for --render-graph: 1 to 3 hops.</source>
        <translation>--render-graph에서 --focus 주변으로 보여 줄 이웃 범위: 1~3단계.</translation>
    </message>
    <message>
        <source>Paper size of the briefing: a4 or letter.</source>
        <translation>브리핑 용지 크기: a4 또는 letter.</translation>
    </message>
    <message>
        <source>Company of the chart: id, name or ticker.</source>
        <translation>차트 대상 기업: ID, 이름 또는 종목 코드.</translation>
    </message>
    <message>
        <source>Chart view: q2, trend or peers.</source>
        <translation>차트 보기: q2, trend 또는 peers.</translation>
    </message>
    <message>
        <source>What --import does with ids already in the database: skip, replace or keep-both.</source>
        <translation>데이터베이스에 이미 있는 ID를 --import가 처리하는 방식: skip, replace 또는 keep-both.</translation>
    </message>
    <message>
        <source>Timeline and relationship explorer of the telecom AI race.
Without options it opens the window on the last database (first run: the built-in dataset).</source>
        <translation>통신업계 AI 경쟁의 타임라인과 관계를 살펴보는 탐색 도구입니다.
옵션 없이 실행하면 마지막으로 사용한 데이터베이스로 창을 엽니다(처음 실행할 때는 내장 데이터셋).</translation>
    </message>
    <message>
        <source>--lang must be &apos;ko&apos; or &apos;en&apos;, not &apos;%1&apos;</source>
        <translation>--lang 값은 &apos;%1&apos;이(가) 아니라 &apos;ko&apos; 또는 &apos;en&apos;이어야 합니다</translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--from 값은 &apos;%1&apos;이(가) 아니라 YYYY-MM-DD 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <source>--to must be a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--to 값은 &apos;%1&apos;이(가) 아니라 YYYY-MM-DD 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to(%1)가 --from(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <source>--hops must be 1, 2 or 3, not &apos;%1&apos;</source>
        <translation>--hops는 1, 2, 3 중 하나여야 합니다(입력값: &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--page must be &apos;a4&apos; or &apos;letter&apos;, not &apos;%1&apos;</source>
        <translation>--page 값은 &apos;%1&apos;이(가) 아니라 &apos;a4&apos; 또는 &apos;letter&apos;여야 합니다</translation>
    </message>
    <message>
        <source>--view must be &apos;q2&apos;, &apos;trend&apos; or &apos;peers&apos;, not &apos;%1&apos;</source>
        <translation>--view 값은 &apos;%1&apos;이(가) 아니라 &apos;q2&apos;, &apos;trend&apos;, &apos;peers&apos; 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--on-duplicate must be &apos;skip&apos;, &apos;replace&apos; or &apos;keep-both&apos;, not &apos;%1&apos;</source>
        <translation>--on-duplicate 값은 &apos;%1&apos;이(가) 아니라 &apos;skip&apos;, &apos;replace&apos;, &apos;keep-both&apos; 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>Try &apos;telco-atlas --help&apos;.</source>
        <translation>&apos;telco-atlas --help&apos;를 실행해 보십시오.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--focus: no entity is called &apos;%1&apos;</source>
        <translation>--focus: 이름이 &apos;%1&apos;인 개체가 없습니다</translation>
    </message>
    <message>
        <source>--company: no entity is called &apos;%1&apos;</source>
        <translation>--company: 이름이 &apos;%1&apos;인 개체가 없습니다</translation>
    </message>
    <message>
        <source>--company: &apos;%1&apos; has no financial figures; companies with figures: %2</source>
        <translation>--company: &apos;%1&apos;의 재무 수치가 없습니다. 수치가 있는 기업: %2</translation>
    </message>
    <message>
        <source>Draw a financial chart to FILE.svg or FILE.png and exit (uses --company, --view, --lang).</source>
        <translation>재무 차트를 FILE.svg 또는 FILE.png로 그리고 종료합니다(--company, --view, --lang 사용).</translation>
    </message>
    <message>
        <source>Draw the timeline to FILE.svg or FILE.png and exit (uses --from, --to, --lang).</source>
        <translation>타임라인을 FILE.svg 또는 FILE.png로 그리고 종료합니다(--from, --to, --lang 사용).</translation>
    </message>
    <message>
        <source>Write a sourced briefing to FILE.pdf and exit (uses --lang, --from, --to, --focus, --page).</source>
        <translation>출처가 포함된 브리핑을 FILE.pdf로 저장하고 종료합니다(--lang, --from, --to, --focus, --page 사용).</translation>
    </message>
    <message>
        <source>For --import of DART figures: the company (id, name or ticker) a stock code the data does not know belongs to; several separated by commas.</source>
        <translation>DART 실적을 --import할 때, 데이터에 없는 종목 코드가 속한 회사(ID, 이름 또는 종목 코드). 여러 개는 쉼표로 구분.</translation>
    </message>
    <message>
        <source>--map-stock-code must be CODE=NAME with a six-digit stock code, not &apos;%1&apos;</source>
        <translation>--map-stock-code는 여섯 자리 종목 코드를 쓴 CODE=NAME 형식이어야 합니다(&apos;%1&apos;은 올바르지 않습니다)</translation>
    </message>
    <message>
        <source>--map-stock-code: no entity is called &apos;%1&apos;</source>
        <translation>--map-stock-code: &apos;%1&apos;(이)라는 항목이 없습니다</translation>
    </message>
    <message>
        <source>Size in pixels of the picture of --render-graph, e.g. 1600x1000, the drawing fitted to it (default: the drawing at 100 %, a PNG at most 4096 pixels on its longer side).</source>
        <translation>--render-graph 그림의 픽셀 크기, 예: 1600x1000. 그림은 이 크기에 맞춰집니다 (기본값: 100 % 크기, PNG는 긴 변이 최대 4096픽셀).</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, each from %1 to %2, not &apos;%3&apos;</source>
        <translation>--size는 픽셀 단위의 너비x높이여야 하며 각 변은 %1~%2입니다. &apos;%3&apos;은(는) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>Draw the company graph to FILE.svg or FILE.png and exit (uses --focus, --hops, --size, --lang).</source>
        <translation>회사 그래프를 FILE.svg 또는 FILE.png로 그리고 종료합니다 (--focus, --hops, --size, --lang 사용).</translation>
    </message>
    <message>
        <source>For --import of a CSV, GraphML or GEXF file: read it as the import mapping PROFILE.json says (which column or attribute is the name, the kind, the relationship type, the dates; which to keep), a profile saved from the import mapping dialog.</source>
        <translation>CSV, GraphML, GEXF 파일을 --import할 때: 가져오기 매핑 PROFILE.json(가져오기 매핑 대화 상자에서 저장한 프로필)에 따라 읽습니다(어느 열이나 속성이 이름, 종류, 관계 유형, 날짜인지, 무엇을 남길지).</translation>
    </message>
    <message>
        <source>--mapping needs --import FILE: it says how to read that file</source>
        <translation>--mapping에는 --import FILE이 필요합니다: 그 파일을 읽는 방법을 지정하는 옵션입니다</translation>
    </message>
    <message>
        <source>For --import of a GEXF file: place the imported nodes where the file&apos;s viz:position puts them, and save those positions; without it the graph lays them out itself.</source>
        <translation>GEXF 파일을 --import할 때: 가져온 노드를 파일의 viz:position이 가리키는 자리에 놓고 그 위치를 저장합니다. 이 옵션이 없으면 그래프가 직접 배치합니다.</translation>
    </message>
    <message>
        <source>--keep-positions needs --import FILE: it keeps that file&apos;s positions</source>
        <translation>--keep-positions에는 --import FILE이 필요합니다: 그 파일의 위치를 유지하는 옵션입니다</translation>
    </message>
    <message>
        <source>Merge FILE (GraphML, GEXF, the dataset JSON, CSV events or entities, or a saved OpenDART response, told by its content) into the database, all or nothing, and exit (uses --on-duplicate, --mapping, --keep-positions).</source>
        <translation>FILE(내용으로 판별하는 GraphML, GEXF, 데이터셋 JSON, 이벤트 또는 개체 CSV, 저장한 OpenDART 응답)을 데이터베이스에 전부 또는 전혀 병합하지 않는 방식으로 병합하고 종료합니다(--on-duplicate, --mapping, --keep-positions 사용).</translation>
    </message>
    <message>
        <source>GEXF version of --export FILE.gexf: 1.3 (default) or 1.2 (the 1.2draft namespace, for readers such as networkx 2 that know no newer one).</source>
        <translation>--export FILE.gexf가 쓰는 GEXF 버전: 1.3(기본값) 또는 1.2(1.2draft 네임스페이스, networkx 2처럼 더 새 버전을 모르는 프로그램용).</translation>
    </message>
    <message>
        <source>--gexf-version must be &apos;1.2&apos; or &apos;1.3&apos;, not &apos;%1&apos;</source>
        <translation>--gexf-version은 &apos;1.2&apos; 또는 &apos;1.3&apos;이어야 합니다. &apos;%1&apos;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Write the whole database to FILE and exit: .json (dataset format), .csv (events; entities when the name ends in entities.csv), .graphml or .gexf (GEXF 1.3, or 1.2 with --gexf-version; nodes placed and coloured as the graph draws them).</source>
        <translation>데이터베이스 전체를 FILE에 쓰고 종료합니다: .json(데이터셋 형식), .csv(이벤트, 이름이 entities.csv로 끝나면 엔터티), .graphml 또는 .gexf(GEXF 1.3, --gexf-version으로 1.2; 노드는 그래프가 그리는 위치와 색으로).</translation>
    </message>
</context>
<context>
    <name>atlas::CsvDataset</name>
    <message>
        <source>%1: line %2, column &apos;%3&apos;: %4</source>
        <translation>%1: %2행, &apos;%3&apos; 열: %4</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: %2행: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; %2</source>
        <translation>%1: 파일이 비어 있습니다. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>column %1 of the header is not valid UTF-8 text</source>
        <translation>헤더의 %1번째 열이 올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>헤더에 &apos;%1&apos; 열이 두 번 있습니다</translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos;; %2 (the header has: %3)</source>
        <translation>&apos;%1&apos; 열이 없습니다. %2(헤더의 열: %3)</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 columns</source>
        <translation>필드는 %1개인데 헤더의 열은 %2개입니다</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>is empty (expected one of: %1)</source>
        <translation>비어 있습니다(가능한 값: %1)</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected one of: %2)</source>
        <translation>알 수 없는 값 &apos;%1&apos;입니다(가능한 값: %2)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>&apos;%1&apos;은(는) YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 id (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>&apos;%1&apos;은(는) 올바른 %2 ID가 아닙니다(영문 소문자, 숫자, &apos;-&apos;만 사용)</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used more than once (first on line %2)</source>
        <translation>ID &apos;%1&apos;이(가) 두 번 이상 사용되었습니다(처음 사용: %2행)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the entity &apos;%2&apos; again (first on line %3)</source>
        <translation>&apos;%1&apos;은(는) 개체 &apos;%2&apos;와(과) 중복됩니다(처음 나온 곳: %3행)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the smaller figure comes first in min..max</source>
        <translation>&apos;%1&apos;: min..max에서는 작은 수가 앞에 와야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (a number such as 1300000000 or 1.3e9, ~ before an approximate figure, min..max, undisclosed, or words)</source>
        <translation>&apos;%1&apos;은(는) 금액이 아닙니다(1300000000 또는 1.3e9 같은 숫자, 근사치는 앞에 ~, min..max, undisclosed 또는 문구로 입력하십시오)</translation>
    </message>
    <message>
        <source>words need a currency too, a three-letter code such as KRW or USD</source>
        <translation>문구로 적은 금액에도 KRW, USD 같은 세 글자 통화 코드가 필요합니다</translation>
    </message>
    <message>
        <source>needed with an amount: a three-letter code such as KRW or USD</source>
        <translation>금액이 있으면 필요합니다: KRW, USD 같은 세 글자 코드</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as KRW or USD</source>
        <translation>&apos;%1&apos;은(는) KRW, USD 같은 세 글자 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <source>an events file needs the columns date, kind, title and participants</source>
        <translation>사건 파일에는 date, kind, title, participants 열이 필요합니다</translation>
    </message>
    <message>
        <source>event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>is empty (give title or title_ko)</source>
        <translation>비어 있습니다(title 또는 title_ko를 입력하십시오)</translation>
    </message>
    <message>
        <source>needs at least one name (separate names with &apos;;&apos;)</source>
        <translation>이름이 하나 이상 필요합니다(여러 이름은 &apos;;&apos;로 구분)</translation>
    </message>
    <message>
        <source>gives %1 role(s) for %2 participant(s)</source>
        <translation>참여자 %2개에 역할이 %1개 지정되었습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &apos;%2&apos; again, named earlier in the list</source>
        <translation>&apos;%1&apos;은(는) 목록 앞부분에 나온 &apos;%2&apos;와(과) 중복됩니다</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos; (leave the column empty or give source_url)</source>
        <translation>알 수 없는 출처 &apos;%1&apos;입니다(열을 비워 두거나 source_url을 입력하십시오)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation>&apos;%1&apos;은(는) http:// 또는 https:// 주소가 아닙니다</translation>
    </message>
    <message>
        <source>an entities file needs the columns name and kind</source>
        <translation>개체 파일에는 name, kind 열이 필요합니다</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>is empty (give name or name_ko)</source>
        <translation>비어 있습니다(name 또는 name_ko를 입력하십시오)</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>파일의 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a kind or type (1 to 64 characters without spaces around)</source>
        <translation>&apos;%1&apos;은(는) 종류나 유형의 이름이 될 수 없습니다(앞뒤 공백 없이 1~64자)</translation>
    </message>
    <message>
        <source>is empty (each row names both ends of a relationship)</source>
        <translation>비어 있습니다(각 행은 관계의 양 끝을 적어야 합니다)</translation>
    </message>
    <message>
        <source>an entity cannot relate to itself</source>
        <translation>개체는 자기 자신과 관계를 맺을 수 없습니다</translation>
    </message>
    <message>
        <source>is empty (each row names an entity)</source>
        <translation>비어 있습니다(각 행은 개체 이름을 적어야 합니다)</translation>
    </message>
    <message>
        <source>%1: the mapping names neither a name column nor a source and a target column</source>
        <translation>%1: 매핑에 이름 열도, 출발과 도착 열도 지정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the mapping reads it</source>
        <translation>매핑이 이 열을 읽습니다</translation>
    </message>
</context>
<context>
    <name>atlas::CsvTable</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>%1행: 따옴표로 묶은 필드가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>%1행: 닫는 따옴표 뒤에 예상하지 못한 텍스트가 있습니다</translation>
    </message>
</context>
<context>
    <name>atlas::DartFetcher</name>
    <message>
        <source>Cannot reach OpenDART at %1: %2</source>
        <translation>OpenDART(%1)에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Reading OpenDART&apos;s list of companies…</source>
        <translation>OpenDART 회사 목록을 읽는 중…</translation>
    </message>
    <message>
        <source>OpenDART&apos;s list of companies is not a zip archive</source>
        <translation>OpenDART 회사 목록이 zip 압축 파일이 아닙니다</translation>
    </message>
    <message>
        <source>OpenDART refused the request (status %1): %2</source>
        <translation>OpenDART가 요청을 거부했습니다(상태 %1): %2</translation>
    </message>
    <message>
        <source>OpenDART&apos;s list of companies cannot be read: %1</source>
        <translation>OpenDART 회사 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>OpenDART lists no company with stock code %1</source>
        <translation>OpenDART에 종목 코드 %1인 회사가 없습니다</translation>
    </message>
    <message>
        <source>Fetching %1, %2, report %3…</source>
        <translation>%1, %2년, 보고서 %3 가져오는 중…</translation>
    </message>
    <message>
        <source>OpenDART %1 %2 report %3</source>
        <translation>OpenDART %1 %2년 보고서 %3</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON</source>
        <translation>%1: 응답이 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no zip directory</source>
        <translation>zip 디렉터리가 없습니다</translation>
    </message>
    <message>
        <source>damaged zip directory</source>
        <translation>zip 디렉터리가 손상되었습니다</translation>
    </message>
    <message>
        <source>damaged zip entry</source>
        <translation>zip 항목이 손상되었습니다</translation>
    </message>
    <message>
        <source>truncated zip entry</source>
        <translation>zip 항목이 잘렸습니다</translation>
    </message>
    <message>
        <source>unsupported zip compression method %1</source>
        <translation>지원하지 않는 zip 압축 방식 %1</translation>
    </message>
    <message>
        <source>cannot inflate</source>
        <translation>압축을 풀 수 없습니다</translation>
    </message>
    <message>
        <source>damaged compressed data</source>
        <translation>압축 데이터가 손상되었습니다</translation>
    </message>
</context>
<context>
    <name>atlas::DartReader</name>
    <message>
        <source>success</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>the API key is not registered with OpenDART</source>
        <translation>OpenDART에 등록되지 않은 API 키입니다</translation>
    </message>
    <message>
        <source>the API key cannot be used (it has been suspended)</source>
        <translation>사용할 수 없는 API 키입니다(일시 중지됨)</translation>
    </message>
    <message>
        <source>this IP address may not use the API key</source>
        <translation>이 IP 주소에서는 API 키를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>no data for this company and report</source>
        <translation>이 회사와 보고서에 조회된 데이터가 없습니다</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 존재하지 않습니다</translation>
    </message>
    <message>
        <source>too many requests: the key&apos;s daily limit (usually 20,000) is used up; try again tomorrow</source>
        <translation>요청 제한 초과: 키의 일일 한도(보통 20,000건)를 모두 사용했습니다. 내일 다시 시도하십시오</translation>
    </message>
    <message>
        <source>too many companies in one request</source>
        <translation>한 요청의 회사 수가 너무 많습니다</translation>
    </message>
    <message>
        <source>a request field has an invalid value</source>
        <translation>요청 필드에 부적절한 값이 있습니다</translation>
    </message>
    <message>
        <source>access not allowed</source>
        <translation>허용되지 않은 접근입니다</translation>
    </message>
    <message>
        <source>OpenDART is down for maintenance; try again later</source>
        <translation>OpenDART가 시스템 점검 중입니다. 나중에 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an undefined error on OpenDART&apos;s side</source>
        <translation>OpenDART 측의 정의되지 않은 오류입니다</translation>
    </message>
    <message>
        <source>the key&apos;s account has expired (personal data retention period); renew it on OpenDART</source>
        <translation>키의 계정이 만료되었습니다(개인정보 보유기간). OpenDART에서 갱신하십시오</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>알 수 없는 상태</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: %2바이트 위치에서 올바른 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <source>%1: not an OpenDART response (an object with &quot;status&quot; and &quot;list&quot;)</source>
        <translation>%1: OpenDART 응답(&quot;status&quot;와 &quot;list&quot;가 있는 객체)이 아닙니다</translation>
    </message>
    <message>
        <source>%1, response %2</source>
        <translation>%1, 응답 %2</translation>
    </message>
    <message>
        <source>%1: OpenDART answered status %2: %3</source>
        <translation>%1: OpenDART 응답 상태 %2: %3</translation>
    </message>
    <message>
        <source>%1: row %2: field &apos;%3&apos; is missing</source>
        <translation>%1: %2번째 행: &apos;%3&apos; 필드가 없습니다</translation>
    </message>
    <message>
        <source>%1: row %2: field &apos;bsns_year&apos; is not a year: &apos;%3&apos;</source>
        <translation>%1: %2번째 행: &apos;bsns_year&apos; 필드가 연도가 아닙니다: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: row %2: field &apos;reprt_code&apos; is not a periodic report code (11013, 11012, 11014, 11011): &apos;%3&apos;</source>
        <translation>%1: %2번째 행: &apos;reprt_code&apos; 필드가 정기보고서 코드(11013, 11012, 11014, 11011)가 아닙니다: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: row %2: field &apos;fs_div&apos; must be CFS or OFS: &apos;%3&apos;</source>
        <translation>%1: %2번째 행: &apos;fs_div&apos; 필드는 CFS 또는 OFS여야 합니다: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: row %2: field &apos;%3&apos; is not an amount: &apos;%4&apos;</source>
        <translation>%1: %2번째 행: &apos;%3&apos; 필드가 금액이 아닙니다: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1: OpenDART answered status 013: %2</source>
        <translation>%1: OpenDART 응답 상태 013: %2</translation>
    </message>
    <message>
        <source>%1: stock code %2 matches no company in the database (ticker KRX:%2)</source>
        <translation>%1: 종목 코드 %2에 해당하는 회사가 데이터베이스에 없습니다(티커 KRX:%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 Q4 %4 is not imported: it is the annual figure minus the nine-month cumulative, and the file has no third-quarter report (11014) with that figure for the year</source>
        <translation>%1: %2 %3년 4분기 %4을(를) 가져오지 않습니다. 4분기는 연간 수치에서 3분기 누적을 뺀 값인데, 파일에 그 해의 해당 수치가 있는 3분기보고서(11014)가 없습니다</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>operating profit</source>
        <translation>영업이익</translation>
    </message>
</context>
<context>
    <name>atlas::DartUpdateDialog</name>
    <message>
        <source>Update Figures from DART</source>
        <translation>DART에서 수치 업데이트</translation>
    </message>
    <message>
        <source>Fetches the quarterly revenue and operating profit of the companies below from OpenDART, the Financial Supervisory Service&apos;s open disclosure API, with your own API key (free at opendart.fss.or.kr). You can review every figure before it is imported.</source>
        <translation>아래 회사들의 분기 매출과 영업이익을 금융감독원 전자공시 오픈API인 OpenDART에서 본인의 API 키(opendart.fss.or.kr에서 무료 발급)로 가져옵니다. 가져오기 전에 모든 수치를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>40 characters</source>
        <translation>40자</translation>
    </message>
    <message>
        <source>Remember the key in the desktop keyring</source>
        <translation>데스크톱 키링에 키 저장</translation>
    </message>
    <message>
        <source>No company in the database has a KRX ticker (KRX:000000).</source>
        <translation>데이터베이스에 KRX 티커(KRX:000000)가 있는 회사가 없습니다.</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>OpenDART API key:</source>
        <translation>OpenDART API 키:</translation>
    </message>
    <message>
        <source>From year:</source>
        <translation>시작 연도:</translation>
    </message>
    <message>
        <source>To year:</source>
        <translation>종료 연도:</translation>
    </message>
    <message>
        <source>Companies:</source>
        <translation>회사:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>OpenDART</source>
        <translation>OpenDART</translation>
    </message>
    <message>
        <source>OpenDART has no reports for these companies and years.</source>
        <translation>OpenDART에 이 회사들과 연도의 보고서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::DataEdit</name>
    <message>
        <source>The %1 &apos;%2&apos; is not as this edit expects; the data changed under it.</source>
        <translation>%1 &apos;%2&apos;이(가) 이 편집에서 예상한 상태와 다릅니다. 그사이 데이터가 변경되었습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::DataFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>atlas::DataLimits</name>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>길이가 %1자입니다. 최대 %2자까지 허용됩니다</translation>
    </message>
    <message>
        <source>the year %1 is outside %2–%3</source>
        <translation>%1년은 %2–%3년 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>%1 is beyond ±%2</source>
        <translation>%1은(는) ±%2 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>has more than %1 records; split it into smaller files</source>
        <translation>레코드가 %1개를 넘습니다. 더 작은 파일로 나누십시오</translation>
    </message>
</context>
<context>
    <name>atlas::Database</name>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1: 데이터베이스를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: not a Telco Atlas database (it holds other tables, such as &quot;%2&quot;)</source>
        <translation>%1: Telco Atlas 데이터베이스가 아닙니다(&quot;%2&quot; 등 다른 테이블이 있습니다)</translation>
    </message>
    <message>
        <source>%1: not a Telco Atlas database (no schema version)</source>
        <translation>%1: Telco Atlas 데이터베이스가 아닙니다(스키마 버전 없음)</translation>
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this Telco Atlas supports (%3); update the application</source>
        <translation>%1: 데이터베이스 스키마 버전 %2은(는) 이 Telco Atlas가 지원하는 버전(%3)보다 최신입니다. 애플리케이션을 업데이트하십시오</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: 데이터베이스를 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot enable foreign keys: %2</source>
        <translation>%1: 외래 키를 활성화할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot set the journal mode: %2</source>
        <translation>%1: 저널 모드를 설정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No database file given</source>
        <translation>데이터베이스 파일이 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>%1: cannot open: the Qt SQLite driver is not installed (package libqt6sql6-sqlite)</source>
        <translation>%1: 열 수 없습니다. Qt SQLite 드라이버가 설치되어 있지 않습니다(패키지 libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1: 데이터베이스 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: not a Telco Atlas database (not an SQLite file)</source>
        <translation>%1: Telco Atlas 데이터베이스가 아닙니다(SQLite 파일이 아님)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: %2 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot connect: the Qt PostgreSQL driver is not installed (package libqt6sql6-psql)</source>
        <translation>%1: 연결할 수 없습니다. Qt PostgreSQL 드라이버가 설치되어 있지 않습니다(패키지 libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: cannot connect to the PostgreSQL server: %2</source>
        <translation>%1: PostgreSQL 서버에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: opened read-only, but it holds no Telco Atlas data yet</source>
        <translation>%1: 읽기 전용으로 열었지만 아직 Telco Atlas 데이터가 없습니다</translation>
    </message>
    <message>
        <source>%1: opened read-only, but it needs an upgrade to schema version %2; open it once with write access</source>
        <translation>%1: 읽기 전용으로 열었지만 스키마 버전 %2(으)로 업그레이드해야 합니다. 쓰기 권한으로 한 번 여십시오</translation>
    </message>
    <message>
        <source>%1: not a file address</source>
        <translation>%1: 파일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>%1: unsupported mode &quot;%2&quot;; use mode=ro to open read-only</source>
        <translation>%1: 지원하지 않는 모드 &quot;%2&quot;입니다. 읽기 전용으로 열려면 mode=ro를 사용하십시오</translation>
    </message>
    <message>
        <source>%1: cannot open read-only: the file does not exist</source>
        <translation>%1: 읽기 전용으로 열 수 없습니다: 파일이 없습니다</translation>
    </message>
    <message>
        <source>The database %1 was opened read-only (mode=ro).</source>
        <translation>데이터베이스 %1을(를) 읽기 전용(mode=ro)으로 열었습니다.</translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation>파일 %1은(는) 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>%1: cannot read the access rights: %2</source>
        <translation>%1: 접근 권한을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The server of %1 only accepts reads (a standby, or a read-only database).</source>
        <translation>%1의 서버는 읽기만 허용합니다(대기 서버 또는 읽기 전용 데이터베이스).</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; may read %2 but not change it (no write access to the table &quot;%3&quot;).</source>
        <translation>데이터베이스 사용자 &quot;%1&quot;은(는) %2을(를) 읽을 수 있지만 변경할 수 없습니다(테이블 &quot;%3&quot;에 쓰기 권한 없음).</translation>
    </message>
    <message>
        <source>%1: the database is empty and the user &quot;%2&quot; may not create the Telco Atlas tables in it; open it once as its owner</source>
        <translation>%1: 데이터베이스가 비어 있고 사용자 &quot;%2&quot;은(는) Telco Atlas 테이블을 만들 수 없습니다. 소유자로 한 번 여십시오</translation>
    </message>
    <message>
        <source>%1: the database needs an upgrade to schema version %2, which the user &quot;%3&quot; may not make; open it once as its owner</source>
        <translation>%1: 데이터베이스를 스키마 버전 %2(으)로 업그레이드해야 하지만 사용자 &quot;%3&quot;에게는 권한이 없습니다. 소유자로 한 번 여십시오</translation>
    </message>
    <message>
        <source>%1: the database is damaged and was not opened; it is left as it was (%2)</source>
        <translation>%1: 데이터베이스가 손상되어 열지 않았습니다. 파일은 그대로 두었습니다(%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the database: the folder %2 is read-only</source>
        <translation>%1: 데이터베이스를 만들 수 없습니다: %2 폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only (%2), so the database can only be read.</source>
        <translation>%1의 폴더(%2)가 읽기 전용이라 데이터베이스를 읽기만 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetFiles</name>
    <message>
        <source>(no extension)</source>
        <translation>(확장자 없음)</translation>
    </message>
    <message>
        <source>Telco Atlas dataset (*.json)</source>
        <translation>Telco Atlas 데이터셋 (*.json)</translation>
    </message>
    <message>
        <source>CSV events (*.csv)</source>
        <translation>CSV 사건 (*.csv)</translation>
    </message>
    <message>
        <source>CSV entities (*entities.csv)</source>
        <translation>CSV 개체 (*entities.csv)</translation>
    </message>
    <message>
        <source>GraphML graph (*.graphml)</source>
        <translation>GraphML 그래프 (*.graphml)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>a ZIP archive (such as an .xlsx workbook or a .gephi project)</source>
        <translation>ZIP 압축 파일(.xlsx 통합 문서나 .gephi 프로젝트 등)</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>PNG 그림</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>SQLite 데이터베이스</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>gzip으로 압축한 파일</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>텍스트가 아닌 이진 데이터</translation>
    </message>
    <message>
        <source>an XML file whose root element is &lt;%1&gt;, not GraphML or GEXF</source>
        <translation>루트 요소가 &lt;%1&gt;인 XML 파일(GraphML이나 GEXF가 아님)</translation>
    </message>
    <message>
        <source>an XML file whose root element is &lt;%1&gt; (namespace %2), not GraphML or GEXF</source>
        <translation>루트 요소가 &lt;%1&gt;(네임스페이스 %2)인 XML 파일(GraphML이나 GEXF가 아님)</translation>
    </message>
    <message numerus="yes">
        <source>an XML file whose root element is not within its first %n KB</source>
        <translation>
            <numerusform>처음 %n KB 안에 루트 요소가 없는 XML 파일</numerusform>
        </translation>
    </message>
    <message>
        <source>a file that starts like XML but is not well-formed before its root element (line %1: %2)</source>
        <translation>XML처럼 시작하지만 루트 요소 앞부분이 올바르지 않은 파일(%1행: %2)</translation>
    </message>
    <message>
        <source>a text file whose first line is &apos;%1&apos;: not GraphML, GEXF, JSON, or a CSV header with the columns of events (date, kind, title, participants) or of entities (name, kind)</source>
        <translation>첫 줄이 &apos;%1&apos;인 텍스트 파일: GraphML, GEXF, JSON도 아니고 이벤트 열(date, kind, title, participants)이나 엔터티 열(name, kind)이 있는 CSV 머리글도 아닙니다</translation>
    </message>
    <message>
        <source>%1: cannot import %2. Telco Atlas imports GraphML, GEXF, its JSON dataset, saved OpenDART responses and CSV files of events or entities.</source>
        <translation>%1: 가져올 수 없습니다 — %2. Telco Atlas는 GraphML, GEXF, 자체 JSON 데이터셋, 저장한 OpenDART 응답, 이벤트나 엔터티 CSV 파일을 가져옵니다.</translation>
    </message>
    <message>
        <source>%1: cannot export to files of type &apos;%2&apos;; Telco Atlas writes .json, .csv, .graphml and .gexf</source>
        <translation>%1: &apos;%2&apos; 형식의 파일로는 내보낼 수 없습니다. Telco Atlas는 .json, .csv, .graphml, .gexf로 씁니다</translation>
    </message>
    <message>
        <source>Data files (*.json *.csv *.graphml *.gexf *.xml);;Telco Atlas dataset (*.json);;CSV events or entities (*.csv);;GraphML graph (*.graphml *.xml);;GEXF graph (*.gexf);;All files (*)</source>
        <translation>데이터 파일 (*.json *.csv *.graphml *.gexf *.xml);;Telco Atlas 데이터셋 (*.json);;CSV 이벤트 또는 엔터티 (*.csv);;GraphML 그래프 (*.graphml *.xml);;GEXF 그래프 (*.gexf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>GEXF 1.3 graph (*.gexf)</source>
        <translation>GEXF 1.3 그래프 (*.gexf)</translation>
    </message>
    <message>
        <source>%1: an import mapping applies to CSV, GraphML and GEXF files only</source>
        <translation>%1: 가져오기 매핑은 CSV, GraphML, GEXF 파일에만 적용됩니다</translation>
    </message>
    <message>
        <source>the import mapping</source>
        <translation>가져오기 매핑</translation>
    </message>
    <message>
        <source>GEXF 1.2 graph, for networkx 2 (*.gexf)</source>
        <translation>GEXF 1.2 그래프, networkx 2용 (*.gexf)</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetJson</name>
    <message>
        <source>%1: %2, field &apos;%3&apos;: %4</source>
        <translation>%1: %2, &apos;%3&apos; 필드: %4</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>없습니다</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an object with &quot;en&quot; and/or &quot;ko&quot;</source>
        <translation>&quot;en&quot; 또는 &quot;ko&quot;(또는 둘 다)를 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>&apos;%1&apos;은(는) YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected one of: %2)</source>
        <translation>알 수 없는 값 &apos;%1&apos;입니다(가능한 값: %2)</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>문자열 배열이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;equivalent&apos; must be an object</source>
        <translation>&apos;equivalent&apos;는 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: 최상위 값은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: not a Telco Atlas dataset (field &apos;format&apos; must be &quot;telco-atlas-dataset&quot;)</source>
        <translation>%1: Telco Atlas 데이터셋이 아닙니다(&apos;format&apos; 필드가 &quot;telco-atlas-dataset&quot;이어야 합니다)</translation>
    </message>
    <message>
        <source>%1: field &apos;formatVersion&apos; is missing or not a positive number</source>
        <translation>%1: &apos;formatVersion&apos; 필드가 없거나 양수가 아닙니다</translation>
    </message>
    <message>
        <source>%1: dataset format version %2 is newer than this Telco Atlas reads (%3); update the application</source>
        <translation>%1: 데이터셋 형식 버전 %2은(는) 이 Telco Atlas가 읽을 수 있는 버전(%3)보다 최신입니다. 애플리케이션을 업데이트하십시오</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (외 문제 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a string, a number, true or false, or {&quot;date&quot;: &quot;YYYY-MM-DD&quot;}</source>
        <translation>문자열, 숫자, true 또는 false, 또는 {&quot;date&quot;: &quot;YYYY-MM-DD&quot;}여야 합니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>%1: the types are not a JSON object: %2</source>
        <translation>%1: 유형 정의가 JSON 객체가 아닙니다: %2</translation>
    </message>
    <message>
        <source>must be an array of objects with from and until</source>
        <translation>from과 until을 가진 객체의 배열이어야 합니다</translation>
    </message>
</context>
<context>
    <name>atlas::DetailsPanel</name>
    <message>
        <source>exact day</source>
        <translation>정확한 날짜</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>월까지만 확인</translation>
    </message>
    <message>
        <source>quarter only</source>
        <translation>분기까지만 확인</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>연도까지만 확인</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Source event</source>
        <translation>근거 사건</translation>
    </message>
    <message>
        <source>Select a company or an event to see its details, relationships and sources.</source>
        <translation>기업이나 사건을 선택하면 상세 정보, 관계, 출처를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>The latest %1 of %2 events; the Events tab lists them all.</source>
        <translation>사건 %2건 중 최근 %1건입니다. 사건 탭에 모두 나옵니다.</translation>
    </message>
</context>
<context>
    <name>atlas::EditActions</name>
    <message>
        <source>Add &amp;Entity…</source>
        <translation>개체 추가(&amp;E)…</translation>
    </message>
    <message>
        <source>Add a company, model or product</source>
        <translation>기업, 모델 또는 제품을 추가합니다</translation>
    </message>
    <message>
        <source>Add E&amp;vent…</source>
        <translation>사건 추가(&amp;V)…</translation>
    </message>
    <message>
        <source>Add a dated event with its participants, amount and sources</source>
        <translation>날짜가 지정된 사건을 참여자, 금액, 출처와 함께 추가합니다</translation>
    </message>
    <message>
        <source>Add &amp;Relationship…</source>
        <translation>관계 추가(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a relationship between two entities</source>
        <translation>두 개체 사이의 관계를 추가합니다</translation>
    </message>
    <message>
        <source>Ed&amp;it Selected…</source>
        <translation>선택 항목 편집(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected entity, event or relationship</source>
        <translation>선택한 개체, 사건 또는 관계를 편집합니다</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>선택 항목 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record; Undo brings it back</source>
        <translation>선택한 항목을 삭제합니다. 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Cannot Change the Data</source>
        <translation>데이터를 변경할 수 없음</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Ed&amp;it %1…</source>
        <translation>%1 편집(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>개체 삭제</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>It takes part in %n event(s), which will no longer name it.</source>
        <translation>
            <numerusform>이 개체는 사건 %n건에 참여하며, 그 사건들에서 빠지게 됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) with it will be deleted.</source>
        <translation>
            <numerusform>이 개체의 관계 %n건이 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo brings everything back.</source>
        <translation>편집 → 실행 취소로 모두 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>atlas::EditCommands</name>
    <message>
        <source>Add Entity “%1”</source>
        <translation>개체 “%1” 추가</translation>
    </message>
    <message>
        <source>Edit Entity “%1”</source>
        <translation>개체 “%1” 편집</translation>
    </message>
    <message>
        <source>Delete Entity “%1”</source>
        <translation>개체 “%1” 삭제</translation>
    </message>
    <message>
        <source>Add Event “%1”</source>
        <translation>사건 “%1” 추가</translation>
    </message>
    <message>
        <source>Edit Event “%1”</source>
        <translation>사건 “%1” 편집</translation>
    </message>
    <message>
        <source>Delete Event “%1”</source>
        <translation>사건 “%1” 삭제</translation>
    </message>
    <message>
        <source>Add Relationship “%1”</source>
        <translation>관계 “%1” 추가</translation>
    </message>
    <message>
        <source>Edit Relationship “%1”</source>
        <translation>관계 “%1” 편집</translation>
    </message>
    <message>
        <source>Delete Relationship “%1”</source>
        <translation>관계 “%1” 삭제</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
</context>
<context>
    <name>atlas::EntityDialog</name>
    <message>
        <source>Add Entity</source>
        <translation>개체 추가</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>개체 편집</translation>
    </message>
    <message>
        <source>e.g. KRX:030200</source>
        <translation>예: KRX:030200</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>이름(영어):</translation>
    </message>
    <message>
        <source>Name (Korean):</source>
        <translation>이름(한국어):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>Ticker:</source>
        <translation>종목 코드:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>설명(영어):</translation>
    </message>
    <message>
        <source>Description (Korean):</source>
        <translation>설명(한국어):</translation>
    </message>
    <message>
        <source>Give an English or a Korean name.</source>
        <translation>영어 또는 한국어 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Give an id: lower-case letters, digits and &apos;-&apos;.</source>
        <translation>ID를 입력하십시오. 영문 소문자, 숫자, &apos;-&apos;만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits and &apos;-&apos;.</source>
        <translation>&apos;%1&apos;은(는) 올바른 ID가 아닙니다. 영문 소문자, 숫자, &apos;-&apos;만 사용하십시오.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is already used by %2.</source>
        <translation>ID &apos;%1&apos;은(는) 이미 %2에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already names %2.</source>
        <translation>&apos;%1&apos;은(는) 이미 %2의 종목 코드입니다.</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>속성:</translation>
    </message>
</context>
<context>
    <name>atlas::EntityListModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>종목 코드</translation>
    </message>
</context>
<context>
    <name>atlas::EventDialog</name>
    <message>
        <source>Add Event</source>
        <translation>사건 추가</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>사건 편집</translation>
    </message>
    <message>
        <source>2024-06-13, 2024-06, 2024-Q2 or 2024</source>
        <translation>2024-06-13, 2024-06, 2024-Q2 또는 2024</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>참여자 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>금액 없음</translation>
    </message>
    <message>
        <source>KRW</source>
        <translation>KRW</translation>
    </message>
    <message>
        <source>1300000000 or 1.3e9</source>
        <translation>1300000000 또는 1.3e9</translation>
    </message>
    <message>
        <source>min</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>in words, e.g. several trillion won</source>
        <translation>영어 문구(예: several trillion won)</translation>
    </message>
    <message>
        <source>Korean words</source>
        <translation>한국어 문구</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>제목(영어):</translation>
    </message>
    <message>
        <source>Title (Korean):</source>
        <translation>제목(한국어):</translation>
    </message>
    <message>
        <source>Summary (English):</source>
        <translation>요약(영어):</translation>
    </message>
    <message>
        <source>Summary (Korean):</source>
        <translation>요약(한국어):</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>참여자:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>금액:</translation>
    </message>
    <message>
        <source>Give the date: 2024-06-13, 2024-06 (a month), 2024-Q2 (a quarter) or 2024 (a year).</source>
        <translation>날짜를 입력하십시오: 2024-06-13, 2024-06(월), 2024-Q2(분기) 또는 2024(연도).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: use 2024-06-13, 2024-06, 2024-Q2 or 2024.</source>
        <translation>&apos;%1&apos;은(는) 날짜가 아닙니다. 2024-06-13, 2024-06, 2024-Q2 또는 2024 형식을 사용하십시오.</translation>
    </message>
    <message>
        <source>Give an English or a Korean title.</source>
        <translation>영어 또는 한국어 제목을 입력하십시오.</translation>
    </message>
    <message>
        <source>Add at least one participant.</source>
        <translation>참여자를 하나 이상 추가하십시오.</translation>
    </message>
    <message>
        <source>Choose the entity of participant %1.</source>
        <translation>%1번째 참여자의 개체를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 takes part only once.</source>
        <translation>%1은(는) 한 번만 참여할 수 있습니다.</translation>
    </message>
    <message>
        <source>Give the three-letter currency code, such as KRW or USD.</source>
        <translation>KRW, USD 같은 세 글자 통화 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the figure in currency units, such as 1300000000 or 1.3e9.</source>
        <translation>1300000000 또는 1.3e9처럼 통화 단위로 수치를 입력하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: write 1300000000 or 1.3e9.</source>
        <translation>&apos;%1&apos;은(는) 숫자가 아닙니다. 1300000000 또는 1.3e9 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>An amount is not negative.</source>
        <translation>금액은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The largest figure is smaller than the smallest.</source>
        <translation>최댓값이 최솟값보다 작습니다.</translation>
    </message>
    <message>
        <source>Give the amount in words, as reported.</source>
        <translation>보도된 대로 금액을 문구로 입력하십시오.</translation>
    </message>
    <message>
        <source>Cite at least one source.</source>
        <translation>출처를 하나 이상 인용하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits and &apos;-&apos;.</source>
        <translation>&apos;%1&apos;은(는) 올바른 ID가 아닙니다. 영문 소문자, 숫자, &apos;-&apos;만 사용하십시오.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is already used by another event.</source>
        <translation>ID &apos;%1&apos;은(는) 이미 다른 사건에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Give an id: lower-case letters, digits and &apos;-&apos;.</source>
        <translation>ID를 입력하십시오. 영문 소문자, 숫자, &apos;-&apos;만 사용할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
</context>
<context>
    <name>atlas::FinancialChartBuilder</name>
    <message>
        <source>Year on Year</source>
        <translation>전년 동기 대비</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추이</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>경쟁사 비교</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Year on year: %1</source>
        <translation>전년 동기 대비: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>기준: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>The data hold no financial figures.</source>
        <translation>데이터에 재무 수치가 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no financial figures in the data.</source>
        <translation>데이터에 %1의 재무 수치가 없습니다.</translation>
    </message>
    <message>
        <source>Unknown company “%1”.</source>
        <translation>알 수 없는 기업 “%1”입니다.</translation>
    </message>
    <message>
        <source>No quarter of %1 lies in the time window (%2).</source>
        <translation>기간(%2) 안에 %1의 분기가 없습니다.</translation>
    </message>
    <message>
        <source>The data hold no figures of %1 for %2.</source>
        <translation>데이터에 %1의 %2 수치가 없습니다.</translation>
    </message>
    <message>
        <source>%1 against %2 lies outside the time window (%3). Widen the window or choose another quarter.</source>
        <translation>%2 대비 %1 비교는 기간(%3)을 벗어납니다. 기간을 넓히거나 다른 분기를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1, year on year</source>
        <translation>전년 동기 대비 %1</translation>
    </message>
    <message>
        <source>No figures for %1 to compare with.</source>
        <translation>비교할 %1 수치가 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <translation>%1: %2(%3 대비)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a year earlier</source>
        <translation>전년 동기</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Change (YoY)</source>
        <translation>증감률(YoY)</translation>
    </message>
    <message>
        <source>left axis</source>
        <translation>왼쪽 축</translation>
    </message>
    <message>
        <source>right axis</source>
        <translation>오른쪽 축</translation>
    </message>
    <message>
        <source>%1: quarterly results, %2 to %3</source>
        <translation>%1: 분기 실적, %2~%3</translation>
    </message>
    <message>
        <source>%1: quarterly results, %2</source>
        <translation>%1: 분기 실적, %2</translation>
    </message>
    <message>
        <source>Operating margin under each quarter</source>
        <translation>분기별 영업이익률을 아래에 표시</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>영업이익률 %1</translation>
    </message>
    <message>
        <source>%1 (left axis)</source>
        <translation>%1 (왼쪽 축)</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1 (오른쪽 축)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Operating margin</source>
        <translation>영업이익률</translation>
    </message>
    <message>
        <source>No quarter with figures lies in the time window (%1).</source>
        <translation>기간(%1) 안에 수치가 있는 분기가 없습니다.</translation>
    </message>
    <message>
        <source>%1 lies outside the time window (%2). Widen the window or choose another quarter.</source>
        <translation>%1은(는) 기간(%2)을 벗어납니다. 기간을 넓히거나 다른 분기를 선택하십시오.</translation>
    </message>
    <message>
        <source>The data hold no figures for %1.</source>
        <translation>데이터에 %1 수치가 없습니다.</translation>
    </message>
    <message>
        <source>Operators compared: %1</source>
        <translation>통신사 비교: %1</translation>
    </message>
    <message>
        <source>Year-on-year change under each value</source>
        <translation>값마다 전년 동기 대비 증감률을 아래에 표시</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>turned to a loss</source>
        <translation>적자 전환</translation>
    </message>
    <message>
        <source>back to a profit</source>
        <translation>흑자 전환</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>미보도</translation>
    </message>
    <message>
        <source>The data hold no figure for this quarter.</source>
        <translation>이 분기의 수치가 데이터에 없습니다.</translation>
    </message>
    <message>
        <source>revenue n/a</source>
        <translation>매출 미보도</translation>
    </message>
    <message>
        <source>profit n/a</source>
        <translation>이익 미보도</translation>
    </message>
    <message>
        <source>no bar or point where no source reports the figure</source>
        <translation>보도된 수치가 없는 분기는 막대나 점 없이 비워 둠</translation>
    </message>
    <message>
        <source>Operating margin under each quarter · %1</source>
        <translation>분기별 영업이익률을 아래에 표시 · %1</translation>
    </message>
    <message>
        <source>Operating margin in the figures table</source>
        <translation>영업이익률은 수치 표에 표시</translation>
    </message>
    <message>
        <source>Operating margin in the figures table · %1</source>
        <translation>영업이익률은 수치 표에 표시 · %1</translation>
    </message>
    <message>
        <source>Not computed: a figure it needs (this quarter&apos;s or the year-ago one) is not in the data.</source>
        <translation>계산하지 않음: 필요한 수치(이번 분기 또는 전년 동기)가 데이터에 없습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::FinancialTableModel</name>
    <message>
        <source>Basis: %1
Source: %2</source>
        <translation>기준: %1
출처: %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Change (YoY)</source>
        <translation>증감률(YoY)</translation>
    </message>
    <message>
        <source>Consolidated, K-IFRS</source>
        <translation>연결, K-IFRS</translation>
    </message>
    <message>
        <source>Separate, K-IFRS</source>
        <translation>별도, K-IFRS</translation>
    </message>
    <message>
        <source>Consolidated, K-IFRS; Q4 computed as the annual figure minus nine months</source>
        <translation>연결, K-IFRS. 4분기는 연간 수치에서 9개월 누적을 빼서 계산</translation>
    </message>
    <message>
        <source>Separate, K-IFRS; Q4 computed as the annual figure minus nine months</source>
        <translation>별도, K-IFRS. 4분기는 연간 수치에서 9개월 누적을 빼서 계산</translation>
    </message>
</context>
<context>
    <name>atlas::GexfDataset</name>
    <message>
        <source>%1: the file has no &lt;graph&gt; element</source>
        <translation>%1: 파일에 &lt;graph&gt; 요소가 없습니다</translation>
    </message>
    <message>
        <source>%1, field &apos;id&apos;: is missing</source>
        <translation>%1, &apos;id&apos; 필드: 없습니다</translation>
    </message>
    <message>
        <source>%1, field &apos;default&apos;: %2</source>
        <translation>%1, &apos;default&apos; 필드: %2</translation>
    </message>
    <message>
        <source>%1: nodes are nested more than %2 deep</source>
        <translation>%1: 노드가 %2단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dateTime of the form YYYY-MM-DDThh:mm:ss with an optional time zone</source>
        <translation>&apos;%1&apos;은(는) YYYY-MM-DDThh:mm:ss(시간대는 선택) 형식의 dateTime이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos;은(는) YYYY-MM-DD 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>ends before it starts (%1 to %2)</source>
        <translation>시작하기 전에 끝납니다(%1부터 %2까지)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>&apos;%1&apos;(%2)</translation>
    </message>
    <message numerus="yes">
        <source>the file gives times as numbers (timeformat &apos;%1&apos;), which cannot become dates: the times of %n node(s) and edge(s) were not kept</source>
        <translation>
            <numerusform>파일의 시간이 숫자(timeformat &apos;%1&apos;)라서 날짜로 바꿀 수 없습니다: 노드와 엣지 %n개의 시간을 유지하지 않았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have times (start, end or spells); entities have no dates, so these were not kept</source>
        <translation>
            <numerusform>노드 %n개에 시간(start, end, spells)이 있지만 엔터티에는 날짜가 없어 유지하지 않았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge label(s) not kept</source>
        <translation>
            <numerusform>엣지 레이블 %n개를 유지하지 않았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge weight(s) not kept</source>
        <translation>
            <numerusform>엣지 가중치 %n개를 유지하지 않았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) from a node to itself not kept: a relationship joins two entities</source>
        <translation>
            <numerusform>노드에서 자기 자신으로 가는 엣지 %n개를 유지하지 않았습니다: 관계는 두 엔터티를 잇습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hierarchy (nodes inside or under other nodes) of %n node(s) was not kept; each is an entity of its own</source>
        <translation>
            <numerusform>노드 %n개의 계층(다른 노드 안이나 아래의 노드)을 유지하지 않았습니다. 각각 별도의 엔터티입니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s) that change over time were not kept; the first value of each attribute stands for all</source>
        <translation>
            <numerusform>시간에 따라 바뀌는 속성 값 %n개를 유지하지 않았습니다. 각 속성의 첫 값을 씁니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have a kind that is not a built-in one; a kind of its own was defined for each: %1</source>
        <translation>
            <numerusform>노드 %n개의 종류가 기본 제공 종류가 아니어서 각각 새 종류로 정의했습니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) have a type that is not a built-in one; a relationship type of its own was defined for each: %1</source>
        <translation>
            <numerusform>엣지 %n개의 유형이 기본 제공 유형이 아니어서 각각 새 관계 유형으로 정의했습니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the viz of %n node(s) and edge(s) (edge colours, thickness, shapes) was read and not kept</source>
        <translation>
            <numerusform>노드와 엣지 %n개의 viz(엣지 색, 두께, 모양)는 읽었지만 유지하지 않았습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::GraphFileReader</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: line %2: the text is not valid UTF-8</source>
        <translation>%1: %2행: 올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: %2행 %3열: %4</translation>
    </message>
    <message>
        <source>%1: line %2: not a %3 file (the root element is &lt;%4&gt;, not &lt;%5&gt;)</source>
        <translation>%1: %2행: %3 파일이 아닙니다(루트 요소가 &lt;%5&gt;이 아니라 &lt;%4&gt;입니다)</translation>
    </message>
    <message>
        <source>%1: line %2, element &apos;%3&apos;</source>
        <translation>%1: %2행, &apos;%3&apos; 요소</translation>
    </message>
    <message>
        <source>%1: line %2, element &apos;%3&apos; (&apos;%4&apos;)</source>
        <translation>%1: %2행, &apos;%3&apos; 요소(&apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, &apos;%2&apos; 필드: %3</translation>
    </message>
    <message>
        <source>%1: line %2: the file %3</source>
        <translation>%1: %2행: 파일의 %3</translation>
    </message>
    <message>
        <source>%1, field &apos;id&apos;: is missing</source>
        <translation>%1, &apos;id&apos; 필드: 없습니다</translation>
    </message>
    <message>
        <source>%1, field &apos;id&apos;: &apos;%2&apos; is used more than once (first on line %3)</source>
        <translation>%1, &apos;id&apos; 필드: &apos;%2&apos;이(가) 두 번 이상 사용되었습니다(처음 사용: %3행)</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: is missing</source>
        <translation>%1, &apos;%2&apos; 필드: 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used more than once (first on line %2)</source>
        <translation>&apos;%1&apos;이(가) 두 번 이상 사용되었습니다(처음 사용: %2행)</translation>
    </message>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>알 수 없는 노드 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>알 수 없는 사건 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>&apos;%1&apos;은(는) YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY 형식의 날짜가 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>the attributes of %n node(s) that joined an entity the data already has were not kept; edit that entity to add them</source>
        <translation>
            <numerusform>데이터에 이미 있는 엔터티와 합쳐진 노드 %n개의 속성은 가져오지 않았습니다. 필요하면 그 엔터티를 편집해 추가하십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an interval FROM/UNTIL of dates of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>&apos;%1&apos;은(는) YYYY-MM-DD, YYYY-MM, YYYY-Qn 또는 YYYY 형식 날짜로 된 FROM/UNTIL 기간이 아닙니다</translation>
    </message>
    <message>
        <source>%1 files do not carry sources: the relationships citing sources the database does not have (%2) cite this file instead; exchange the JSON dataset to keep them</source>
        <translation>%1 파일에는 출처가 담기지 않습니다. 데이터베이스에 없는 출처(%2)를 인용하던 관계는 대신 이 파일을 출처로 인용합니다. 출처를 유지하려면 JSON 데이터셋을 주고받으세요</translation>
    </message>
</context>
<context>
    <name>atlas::GraphMlDataset</name>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, &apos;%2&apos; 필드: %3</translation>
    </message>
    <message>
        <source>%1: line %2, element &apos;key&apos;, field &apos;id&apos;: is missing</source>
        <translation>%1: %2행, &apos;key&apos; 요소, &apos;id&apos; 필드: 없습니다</translation>
    </message>
    <message>
        <source>%1: hyperedges are not supported</source>
        <translation>%1: 하이퍼엣지는 지원하지 않습니다</translation>
    </message>
    <message>
        <source>an entity cannot relate to itself</source>
        <translation>개체는 자기 자신과 관계를 맺을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: groups are nested more than %2 deep</source>
        <translation>%1: 그룹이 %2단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a kind or type (1 to 64 characters without spaces around)</source>
        <translation>&apos;%1&apos;은(는) 종류나 유형의 이름이 될 수 없습니다(앞뒤 공백 없이 1~64자)</translation>
    </message>
</context>
<context>
    <name>atlas::GraphRender</name>
    <message>
        <source>Company graph</source>
        <translation>기업 관계도</translation>
    </message>
    <message>
        <source>Made with Telco Atlas</source>
        <translation>Telco Atlas로 작성</translation>
    </message>
    <message>
        <source>No entity is named &quot;%1&quot; (try a name in English or Korean, or a ticker)</source>
        <translation>이름이 &quot;%1&quot;인 개체가 없습니다(영어나 한국어 이름 또는 종목 코드를 입력해 보십시오)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no relationships in the time window</source>
        <translation>&quot;%1&quot;은(는) 이 기간에 관계가 없습니다</translation>
    </message>
</context>
<context>
    <name>atlas::GraphScene</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1: %3%2</translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>%1까지</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>a collapsed community</comment>
        <translation>
            <numerusform>개체 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Community %1, collapsed: %n entities. Double-click it to expand it.</source>
        <translation>
            <numerusform>커뮤니티 %1(접힘): 개체 %n개. 두 번 클릭하면 펼칩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Colour: community (%n found); shape: kind</source>
        <translation>
            <numerusform>색: 커뮤니티(%n개 발견), 모양: 종류</numerusform>
        </translation>
    </message>
    <message>
        <source>Node area: number of relationships</source>
        <translation>노드 면적: 관계 수</translation>
    </message>
    <message>
        <source>Hexagon with a count: a collapsed community</source>
        <translation>숫자가 있는 육각형: 접힌 커뮤니티</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>유효 기간: %1</translation>
    </message>
    <message>
        <source>Colour: from the file, else kind</source>
        <translation>색: 파일의 색, 없으면 종류</translation>
    </message>
    <message>
        <source>Colour: from the file; shape: kind</source>
        <translation>색: 파일의 색; 모양: 종류</translation>
    </message>
    <message>
        <source>Node size: from the file</source>
        <translation>노드 크기: 파일의 크기</translation>
    </message>
</context>
<context>
    <name>atlas::GraphStyle</name>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>제휴</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Shareholding</source>
        <translation>주주</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>공급</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>회원사</translation>
    </message>
    <message>
        <source>Maker of</source>
        <translation>제작</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>기반</translation>
    </message>
</context>
<context>
    <name>atlas::GraphView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to View</source>
        <translation>그래프를 화면에 맞춤(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lay Out Again</source>
        <translation>다시 배치(&amp;L)</translation>
    </message>
    <message>
        <source>Lay the graph out afresh; nodes you moved stay where you put them</source>
        <translation>그래프를 새로 배치합니다. 직접 옮긴 노드는 그 자리에 그대로 둡니다</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>범례 표시(&amp;L)</translation>
    </message>
    <message>
        <source>Company graph</source>
        <translation>기업 관계도</translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1 within %n step(s) — Esc shows the whole graph</source>
        <translation>
            <numerusform>%1 주변 %n단계 이내 — Esc 키를 누르면 전체 그래프를 표시합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Neighbourhood</source>
        <translation>이웃 보기</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Let the layout place this node again</source>
        <translation>이 노드를 다시 자동 배치에 맡깁니다</translation>
    </message>
    <message>
        <source>Node Size by &amp;Relationships</source>
        <translation>관계 수로 노드 크기(&amp;R)</translation>
    </message>
    <message>
        <source>Draw each node with an area proportional to its number of relationships, so hubs stand out; off, size follows the kind of entity</source>
        <translation>각 노드를 관계 수에 비례하는 면적으로 그려 허브가 눈에 띄게 합니다. 끄면 크기는 개체 종류를 따릅니다</translation>
    </message>
    <message>
        <source>Colour Nodes by &amp;Community</source>
        <translation>커뮤니티별 노드 색(&amp;C)</translation>
    </message>
    <message>
        <source>Colour nodes by the densely linked group they belong to (found by the Louvain method) instead of by kind; shapes still show the kind</source>
        <translation>노드를 종류 대신 속한 밀집 연결 그룹(루뱅 방법으로 찾음)에 따라 색칠합니다. 모양은 여전히 종류를 나타냅니다</translation>
    </message>
    <message>
        <source>Expand Community</source>
        <translation>커뮤니티 펼치기</translation>
    </message>
    <message>
        <source>Show this community&apos;s members and relationships again</source>
        <translation>이 커뮤니티의 구성원과 관계를 다시 표시합니다</translation>
    </message>
    <message>
        <source>Collapse Community</source>
        <translation>커뮤니티 접기</translation>
    </message>
    <message>
        <source>Draw this node&apos;s community (its densely linked group) as one node, its relationships to the rest merged; expand it again from its own menu</source>
        <translation>이 노드의 커뮤니티(밀집 연결 그룹)를 하나의 노드로 그리고 나머지와의 관계를 합칩니다. 해당 노드의 메뉴에서 다시 펼칠 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Pause Layout</source>
        <translation>배치 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Hold the layout where it is while it runs (%1); drag nodes meanwhile to pin them, then resume</source>
        <translation>진행 중인 배치를 현재 상태로 멈춥니다(%1). 그동안 노드를 끌어 고정한 뒤 다시 진행하세요</translation>
    </message>
    <message>
        <source>Layout paused at %1 % — %2 resumes</source>
        <translation>배치 %1 %에서 일시 정지 — %2 키로 계속</translation>
    </message>
    <message>
        <source>Laying out: %1 % — %2 pauses; drag a node to pin it</source>
        <translation>배치 중: %1 % — %2 키로 일시 정지, 노드를 끌면 고정됩니다</translation>
    </message>
    <message>
        <source>Colour each node as the imported file coloured it (GEXF viz:color); nodes it gave no colour keep their kind&apos;s, and shapes still show the kind</source>
        <translation>각 노드를 가져온 파일이 칠한 색으로 그립니다(GEXF viz:color). 파일에 색이 없는 노드는 종류의 색을 유지하며, 모양은 계속 종류를 나타냅니다</translation>
    </message>
    <message>
        <source>No entity has a colour from an imported file (GEXF viz:color)</source>
        <translation>가져온 파일의 색(GEXF viz:color)을 가진 개체가 없습니다</translation>
    </message>
    <message>
        <source>Size each node as the imported file sized it (GEXF viz:size, scaled from the smallest to the largest); nodes it gave no size keep theirs</source>
        <translation>각 노드를 가져온 파일이 정한 크기로 그립니다(GEXF viz:size, 가장 작은 값부터 가장 큰 값까지 비례). 파일에 크기가 없는 노드는 원래 크기를 유지합니다</translation>
    </message>
    <message>
        <source>No entity has a size from an imported file (GEXF viz:size)</source>
        <translation>가져온 파일의 크기(GEXF viz:size)를 가진 개체가 없습니다</translation>
    </message>
    <message>
        <source>Colour Nodes as in the &amp;File</source>
        <translation>파일의 색으로 노드 색칠(&amp;F)</translation>
    </message>
    <message>
        <source>Node Si&amp;ze as in the File</source>
        <translation>파일의 크기로 노드 크기(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>atlas::GraphWidget</name>
    <message>
        <source>Find an entity by name or ticker…</source>
        <translation>이름 또는 종목 코드로 개체 찾기…</translation>
    </message>
    <message>
        <source>Find an entity: English or Korean name, or ticker (%1)</source>
        <translation>개체 찾기: 영어 또는 한국어 이름, 종목 코드 (%1)</translation>
    </message>
    <message>
        <source>Find entity</source>
        <translation>개체 찾기</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation>주변 범위(&amp;N):</translation>
    </message>
    <message numerus="yes">
        <source> step(s)</source>
        <translation>
            <numerusform>단계</numerusform>
        </translation>
    </message>
    <message>
        <source>How far a double click on a node reaches: 1 to 3 relationships</source>
        <translation>노드를 두 번 클릭했을 때 표시할 범위: 관계 1~3단계</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Show or hide entities by kind</source>
        <translation>유형별로 개체를 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Show or hide relationships by type</source>
        <translation>유형별로 관계를 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Show All Kinds</source>
        <translation>모든 유형 표시</translation>
    </message>
    <message>
        <source>Show All Types</source>
        <translation>모든 유형 표시</translation>
    </message>
    <message>
        <source>Find in Graph</source>
        <translation>그래프에서 찾기</translation>
    </message>
    <message>
        <source>No entity matches “%1”.</source>
        <translation>“%1”에 해당하는 개체가 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no relationships shown for the time window.</source>
        <translation>%1은(는) 이 기간에 표시할 관계가 없습니다.</translation>
    </message>
    <message>
        <source>company-graph</source>
        <translation>company-graph</translation>
    </message>
    <message>
        <source>Export the graph as a PNG image or an SVG drawing</source>
        <translation>그래프를 PNG 이미지나 SVG 도면으로 내보내기</translation>
    </message>
    <message>
        <source>Export Graph as &amp;PNG Image…</source>
        <translation>그래프를 PNG 이미지로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Graph as &amp;SVG Drawing…</source>
        <translation>그래프를 SVG 도면으로 내보내기(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>Entities (%n hidden)</source>
        <translation>
            <numerusform>개체 (%n종 숨김)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relationships (%n hidden)</source>
        <translation>
            <numerusform>관계 (%n종 숨김)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ImportDialog</name>
    <message>
        <source>new, made from a name</source>
        <translation>신규(이름으로 생성)</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1(원래 %2)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation>이름 또는 제목</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>Skip them: keep the database&apos;s records</source>
        <translation>건너뛰기: 데이터베이스의 항목 유지</translation>
    </message>
    <message>
        <source>Replace the database&apos;s records with the file&apos;s</source>
        <translation>바꾸기: 데이터베이스의 항목을 파일의 항목으로 대체</translation>
    </message>
    <message>
        <source>Keep both: add the file&apos;s under new ids</source>
        <translation>둘 다 유지: 파일의 항목을 새 ID로 추가</translation>
    </message>
    <message>
        <source>Records whose id the database already uses:</source>
        <translation>데이터베이스에서 이미 사용 중인 ID의 항목:</translation>
    </message>
    <message>
        <source>The file adds nothing to the database.</source>
        <translation>이 파일에는 데이터베이스에 추가할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Value and source</source>
        <translation>값과 출처</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>가져오지 않음:</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>영어 제목</translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation>한국어 제목</translation>
    </message>
    <message>
        <source>English summary</source>
        <translation>영어 요약</translation>
    </message>
    <message>
        <source>Korean summary</source>
        <translation>한국어 요약</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>출처 %1</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>ticker</source>
        <translation>종목 코드</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>영어 설명</translation>
    </message>
    <message>
        <source>Korean description</source>
        <translation>한국어 설명</translation>
    </message>
    <message>
        <source>“%1” loses its %2</source>
        <translation>“%1”에서 %2이(가) 사라집니다</translation>
    </message>
    <message>
        <source>Replacing takes the file&apos;s records as they are: %1.</source>
        <translation>대체하면 파일의 레코드를 그대로 씁니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with an id the database already uses for other content.</source>
        <translation>
            <numerusform>데이터베이스가 다른 내용에 이미 쓰는 ID의 레코드 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (sources: %3 → %4)</source>
        <translation>%1 → %2 (출처: %3 → %4)</translation>
    </message>
    <message numerus="yes">
        <source>Keep the file&apos;s layout: place %n node(s) where the file puts them</source>
        <translation>
            <numerusform>파일의 배치 유지: 노드 %n개를 파일이 지정한 자리에 놓기</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchecked, the graph lays the imported entities out itself.</source>
        <translation>선택하지 않으면 그래프가 가져온 개체를 직접 배치합니다.</translation>
    </message>
</context>
<context>
    <name>atlas::ImportMapping</name>
    <message>
        <source>%1: the file is empty or its header cannot be read</source>
        <translation>%1: 파일이 비어 있거나 머리글을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>위치 %1에서 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>an import mapping is a JSON object</source>
        <translation>가져오기 매핑은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>not an import mapping (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>가져오기 매핑이 아닙니다(&quot;format&quot;은 &quot;%1&quot;이어야 합니다)</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Telco Atlas reads version %2)</source>
        <translation>버전 %1은(는) 지원하지 않습니다(이 Telco Atlas는 버전 %2를 읽습니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the name of a field (text)</source>
        <translation>&quot;%1&quot;은(는) 필드 이름(텍스트)이어야 합니다</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>알 수 없는 필드 &quot;%1&quot;(알려진 필드: %2)</translation>
    </message>
    <message>
        <source>&quot;keep&quot; must be a list of field names</source>
        <translation>&quot;keep&quot;은 필드 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is mapped twice, to %2 and to %3</source>
        <translation>필드 &apos;%1&apos;이(가) %2와(과) %3에 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>an edge list maps both &quot;source&quot; and &quot;target&quot;</source>
        <translation>엣지 목록에는 &quot;source&quot;와 &quot;target&quot;을 모두 지정해야 합니다</translation>
    </message>
    <message>
        <source>column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>%1 maps the %2, but a graph file&apos;s nodes and edges carry their own (%3 is %4)</source>
        <translation>%1은(는) %2을(를) 지정하지만 그래프 파일의 노드와 엣지에는 자체 값이 있습니다(%3은(는) %4 파일입니다)</translation>
    </message>
    <message>
        <source>%1 maps the %2 to %3 &apos;%4&apos;, but %5 has no such %3 (it has: %6)</source>
        <translation>%1은(는) %2을(를) %3 &apos;%4&apos;에 지정하지만 %5에는 그런 %3이(가) 없습니다(있는 것: %6)</translation>
    </message>
    <message>
        <source>%1 keeps the %2 &apos;%3&apos;, but %4 has no such %2 (it has: %5)</source>
        <translation>%1은(는) %2 &apos;%3&apos;을(를) 남기지만 %4에는 그런 %2이(가) 없습니다(있는 것: %5)</translation>
    </message>
    <message>
        <source>%1 maps neither a name column (a list of entities) nor a source and a target column (a list of relationships) of %2</source>
        <translation>%1은(는) %2의 이름 열(개체 목록)도, 출발과 도착 열(관계 목록)도 지정하지 않습니다</translation>
    </message>
</context>
<context>
    <name>atlas::ImportMappingDialog</name>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Source (from):</source>
        <translation>출발(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Target (to):</source>
        <translation>도착(&amp;T):</translation>
    </message>
    <message>
        <source>Relationship &amp;type:</source>
        <translation>관계 유형(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>시작(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>끝(&amp;E):</translation>
    </message>
    <message>
        <source>The record&apos;s id, kept when it is made of lower-case letters, digits and &apos;-&apos;; others get an id made from the name.</source>
        <translation>레코드의 ID입니다. 영문 소문자, 숫자, &apos;-&apos;로만 되어 있으면 그대로 쓰고, 아니면 이름으로 ID를 만듭니다.</translation>
    </message>
    <message>
        <source>The entity&apos;s name; a name the database already has joins that entity.</source>
        <translation>개체 이름입니다. 데이터베이스에 이미 있는 이름은 그 개체에 합쳐집니다.</translation>
    </message>
    <message>
        <source>The entity&apos;s kind: a built-in one (company, person, product...) in any case, or a kind of its own.</source>
        <translation>개체 종류입니다. 대소문자와 상관없이 기본 종류(company, person, product...)이거나 새로 정의되는 종류입니다.</translation>
    </message>
    <message>
        <source>The entity a relationship starts from, by name or id; with a target, each row is a relationship.</source>
        <translation>관계가 시작되는 개체(이름 또는 ID)입니다. 도착과 함께 지정하면 각 행이 하나의 관계가 됩니다.</translation>
    </message>
    <message>
        <source>The entity a relationship goes to, by name or id.</source>
        <translation>관계가 향하는 개체(이름 또는 ID)입니다.</translation>
    </message>
    <message>
        <source>The relationship&apos;s type: a built-in one (partner, invests_in...) in any case, or a type of its own.</source>
        <translation>관계 유형입니다. 대소문자와 상관없이 기본 유형(partner, invests_in...)이거나 새로 정의되는 유형입니다.</translation>
    </message>
    <message>
        <source>The relationship&apos;s date, when it has no start: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.</source>
        <translation>시작이 없을 때 쓰는 관계의 날짜: YYYY-MM-DD, YYYY-MM, YYYY-Qn 또는 YYYY.</translation>
    </message>
    <message>
        <source>From when the relationship holds.</source>
        <translation>관계가 유효해지는 시점입니다.</translation>
    </message>
    <message>
        <source>Until when the relationship holds.</source>
        <translation>관계가 유효한 마지막 시점입니다.</translation>
    </message>
    <message>
        <source>Import Mapping — %1</source>
        <translation>가져오기 매핑 — %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Say which column of %1 holds what. A file with source and target columns lists relationships, any other entities.</source>
        <translation>%1의 어느 열에 무엇이 있는지 지정하십시오. 출발과 도착 열이 있는 파일은 관계 목록이고, 그 밖의 파일은 개체 목록입니다.</translation>
    </message>
    <message>
        <source>Say which attribute of the nodes and edges of %1 holds what.</source>
        <translation>%1의 노드와 엣지의 어느 속성에 무엇이 있는지 지정하십시오.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Keep as attributes</source>
        <translation>속성으로 남기기</translation>
    </message>
    <message>
        <source>Checked fields become attributes of the records; unchecked ones are left out.</source>
        <translation>선택한 필드는 레코드의 속성이 되고, 선택하지 않은 필드는 제외됩니다.</translation>
    </message>
    <message>
        <source>The first records of the file, each column headed by what it becomes; greyed columns are left out.</source>
        <translation>파일의 처음 레코드입니다. 각 열 머리글에 무엇이 되는지 표시되며, 회색 열은 제외됩니다.</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>처음 행</translation>
    </message>
    <message>
        <source>First nodes</source>
        <translation>처음 노드</translation>
    </message>
    <message>
        <source>First edges</source>
        <translation>처음 엣지</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>엣지</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Load Profile…</source>
        <translation>프로필 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>Read the choices from a profile file saved before.</source>
        <translation>전에 저장한 프로필 파일에서 선택을 읽어 옵니다.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile…</source>
        <translation>프로필 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Save these choices as a profile file, for the next file of this shape or for telco-atlas --import FILE --mapping PROFILE.json.</source>
        <translation>이 선택을 프로필 파일로 저장합니다. 같은 모양의 다음 파일이나 telco-atlas --import FILE --mapping PROFILE.json에 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Load Import Profile</source>
        <translation>가져오기 프로필 불러오기</translation>
    </message>
    <message>
        <source>Import profiles (*.json)</source>
        <translation>가져오기 프로필 (*.json)</translation>
    </message>
    <message>
        <source>Cannot Load Profile</source>
        <translation>프로필을 불러올 수 없음</translation>
    </message>
    <message>
        <source>Save Import Profile</source>
        <translation>가져오기 프로필 저장</translation>
    </message>
    <message>
        <source>Cannot Save Profile</source>
        <translation>프로필을 저장할 수 없음</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>%1
(attribute)</source>
        <translation>%1
(속성)</translation>
    </message>
    <message>
        <source>%1
(left out)</source>
        <translation>%1
(제외)</translation>
    </message>
    <message>
        <source>Choose both a source and a target column, or neither.</source>
        <translation>출발 열과 도착 열을 모두 고르거나 둘 다 고르지 마십시오.</translation>
    </message>
    <message>
        <source>Each row becomes a relationship from the entity named in &apos;%1&apos; to the one named in &apos;%2&apos;; names the database does not know become new entities.</source>
        <translation>각 행은 &apos;%1&apos;에 적힌 개체에서 &apos;%2&apos;에 적힌 개체로 가는 관계가 됩니다. 데이터베이스에 없는 이름은 새 개체가 됩니다.</translation>
    </message>
    <message>
        <source>Each row becomes an entity named by the column &apos;%1&apos;.</source>
        <translation>각 행은 &apos;%1&apos; 열의 이름을 가진 개체가 됩니다.</translation>
    </message>
    <message>
        <source>Choose the name column (a list of entities), or the source and target columns (a list of relationships).</source>
        <translation>이름 열(개체 목록)을 고르거나, 출발과 도착 열(관계 목록)을 고르십시오.</translation>
    </message>
    <message>
        <source>Nodes become entities and edges relationships.</source>
        <translation>노드는 개체가, 엣지는 관계가 됩니다.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출발</translation>
    </message>
    <message>
        <source>target</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>relationship type</source>
        <translation>관계 유형</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>end</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>%1
(the record&apos;s id)</source>
        <translation>%1
(레코드 ID)</translation>
    </message>
</context>
<context>
    <name>atlas::ImportMessages</name>
    <message>
        <source>import cancelled</source>
        <translation>가져오기가 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>atlas::ImportPlan</name>
    <message>
        <source>%1: %2 &apos;%3&apos;, field &apos;id&apos;: is used more than once in the file</source>
        <translation>%1: %2 &apos;%3&apos;, &apos;id&apos; 필드: 파일에서 두 번 이상 사용되었습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (외 문제 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>replaces current</source>
        <translation>기존 항목 대체</translation>
    </message>
    <message>
        <source>added under a new id</source>
        <translation>새 ID로 추가</translation>
    </message>
    <message>
        <source>skipped (id taken)</source>
        <translation>건너뜀(ID 중복)</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>financial figure</source>
        <translation>재무 수치</translation>
    </message>
    <message>
        <source>not needed: cited only by records not imported</source>
        <translation>불필요: 가져오지 않는 항목만 인용함</translation>
    </message>
</context>
<context>
    <name>atlas::ImportService</name>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>새 항목 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>건너뜀 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>이미 있음 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Names the database did not know become new entities: %1.</source>
        <translation>데이터베이스에 없던 이름은 새 개체로 추가됩니다: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacing the database&apos;s record(s)</source>
        <translation>
            <numerusform>데이터베이스 레코드 %n건 대체</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) left out, cited only by records not imported</source>
        <translation>
            <numerusform>출처 %n건 제외(가져오지 않는 항목만 인용)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept or changed:</source>
        <translation>유지하지 않았거나 바뀐 것:</translation>
    </message>
</context>
<context>
    <name>atlas::Importer</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>가져올 수 없음</translation>
    </message>
    <message>
        <source>Cannot Keep the Layout</source>
        <translation>배치를 유지할 수 없음</translation>
    </message>
</context>
<context>
    <name>atlas::Keyring</name>
    <message>
        <source>Cannot keep the password in the keyring: %1</source>
        <translation>키링에 비밀번호를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No desktop keyring is available: the key is used for this session only.</source>
        <translation>데스크톱 키링을 사용할 수 없습니다. 키는 이번 세션에만 사용됩니다.</translation>
    </message>
    <message>
        <source>The desktop keyring refused access: the key is used for this session only.</source>
        <translation>데스크톱 키링이 접근을 거부했습니다. 키는 이번 세션에만 사용됩니다.</translation>
    </message>
    <message>
        <source>The desktop keyring failed (%1): the key is used for this session only.</source>
        <translation>데스크톱 키링 오류(%1). 키는 이번 세션에만 사용됩니다.</translation>
    </message>
</context>
<context>
    <name>atlas::Kinds</name>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI 모델</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>연합체</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>공공기관</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>제휴</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>설립</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>규제</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>투자자</translation>
    </message>
    <message>
        <source>investee</source>
        <translation>피투자사</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>공급사</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>member</source>
        <translation>회원사</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>설립자</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>제조사</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>regulator</source>
        <translation>규제 기관</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>와(과) 제휴</translation>
    </message>
    <message>
        <source>invests in</source>
        <translation>에 투자</translation>
    </message>
    <message>
        <source>is a shareholder of</source>
        <translation>의 주주</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>에 공급</translation>
    </message>
    <message>
        <source>is a member of</source>
        <translation>의 회원사</translation>
    </message>
    <message>
        <source>makes</source>
        <translation>을(를) 만듦</translation>
    </message>
    <message>
        <source>is built on</source>
        <translation>기반</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>정확</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>근사치</translation>
    </message>
    <message>
        <source>range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>indicative</source>
        <translation>개략</translation>
    </message>
    <message>
        <source>undisclosed</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Operating profit</source>
        <translation>영업이익</translation>
    </message>
</context>
<context>
    <name>atlas::LanePicker</name>
    <message>
        <source>Choose Lanes</source>
        <translation>레인 선택</translation>
    </message>
    <message>
        <source>Search names and kinds</source>
        <translation>이름 및 유형 검색</translation>
    </message>
    <message>
        <source>Show only the entities whose English or Korean name or kind contains this text</source>
        <translation>영어 또는 한국어 이름이나 유형에 이 텍스트가 들어 있는 개체만 표시합니다</translation>
    </message>
    <message>
        <source>Checked entities get a lane of their own, whatever the window shows</source>
        <translation>선택한 개체는 기간과 관계없이 자체 레인을 갖습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln event(s)</source>
        <translation>
            <numerusform>%1 — %2, 사건 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Most active in the window after the checked lanes</source>
        <translation>선택한 레인 다음에 기간 내 가장 활발한 기업 표시(&amp;M)</translation>
    </message>
    <message>
        <source>The companies busiest over the whole data that take part in the window fill the lanes after the checked ones; the rest share an Other lane</source>
        <translation>기간에 참여하는 기업 중 전체 데이터에서 가장 활발한 기업이 선택한 레인 다음을 채우고, 나머지는 기타 레인에 함께 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Only the checked lanes</source>
        <translation>선택한 레인만 표시(&amp;O)</translation>
    </message>
    <message>
        <source>Show exactly the checked entities (and the selected one)</source>
        <translation>선택한 개체(및 현재 선택된 개체)만 정확히 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Group lanes by kind</source>
        <translation>유형별로 레인 묶기(&amp;G)</translation>
    </message>
    <message>
        <source>Companies, people, products and the other kinds each keep their lanes together</source>
        <translation>기업, 인물, 제품 등 유형별로 레인을 모아 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>모두 선택 해제(&amp;U)</translation>
    </message>
    <message>
        <source>%1 of %2 shown, %3 checked</source>
        <translation>%2개 중 %1개 표시, %3개 선택</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Telco Atlas</source>
        <translation>Telco Atlas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent Database</source>
        <translation>최근 데이터베이스 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open or create a Telco Atlas database file</source>
        <translation>Telco Atlas 데이터베이스 파일을 열거나 새로 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>사건 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>선택 해제(&amp;S)</translation>
    </message>
    <message>
        <source>Show Only Events of the Selected &amp;Entity</source>
        <translation>선택한 개체의 사건만 표시(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;All Time</source>
        <translation>전체 기간(&amp;A)</translation>
    </message>
    <message>
        <source>Show the whole time span of the data (Ctrl+0)</source>
        <translation>데이터의 전체 기간을 표시합니다(Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;About Telco Atlas</source>
        <translation>Telco Atlas 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Quarterly Results</source>
        <translation>분기 실적</translation>
    </message>
    <message>
        <source>Search events in English or Korean (Ctrl+F)</source>
        <translation>영어 또는 한국어로 사건 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name or ticker</source>
        <translation>이름 또는 종목 코드로 필터링</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>시작(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>종료(&amp;T)</translation>
    </message>
    <message>
        <source>Start of the time window every view follows</source>
        <translation>모든 보기에 적용되는 기간의 시작일</translation>
    </message>
    <message>
        <source>End of the time window every view follows</source>
        <translation>모든 보기에 적용되는 기간의 종료일</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Show only events of one kind</source>
        <translation>한 유형의 사건만 표시합니다</translation>
    </message>
    <message>
        <source>%1 of %2 events · %3 entities · %4</source>
        <translation>사건 %2건 중 %1건 · 개체 %3개 · %4</translation>
    </message>
    <message>
        <source>This database holds no events yet.</source>
        <translation>이 데이터베이스에는 아직 사건이 없습니다.</translation>
    </message>
    <message>
        <source>No event matches the search, kind and time window. Press Ctrl+0 for all time or clear the search.</source>
        <translation>검색어, 유형, 기간에 맞는 사건이 없습니다. Ctrl+0을 눌러 전체 기간을 보거나 검색어를 지우십시오.</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>데이터베이스 열기 또는 만들기</translation>
    </message>
    <message>
        <source>Telco Atlas databases (*.sqlite *.db);;All files (*)</source>
        <translation>Telco Atlas 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>데이터베이스를 열 수 없음</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>About Telco Atlas</source>
        <translation>Telco Atlas 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Telco Atlas %1&lt;/h3&gt;&lt;p&gt;A timeline and relationship explorer of the telecom AI race.&lt;/p&gt;&lt;p&gt;Dataset: %2 (version %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Telco Atlas %1&lt;/h3&gt;&lt;p&gt;통신업계 AI 경쟁의 타임라인과 관계를 살펴보는 탐색 도구입니다.&lt;/p&gt;&lt;p&gt;데이터셋: %2 (버전 %3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Events Table</source>
        <translation>사건 표(&amp;E)</translation>
    </message>
    <message>
        <source>Financial &amp;Charts</source>
        <translation>재무 차트(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print Briefing…</source>
        <translation>브리핑 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print a sourced briefing of the current time window</source>
        <translation>현재 기간의 브리핑(출처 포함)을 미리 보고 인쇄합니다</translation>
    </message>
    <message>
        <source>Export &amp;Briefing as PDF…</source>
        <translation>브리핑을 PDF로 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a sourced briefing of the current time window as a PDF file</source>
        <translation>현재 기간의 브리핑(출처 포함)을 PDF 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Export &amp;View</source>
        <translation>보기 내보내기(&amp;V)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Financial Charts</source>
        <translation>재무 차트</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>브리핑 인쇄</translation>
    </message>
    <message>
        <source>Export Briefing as PDF</source>
        <translation>브리핑을 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>데이터 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the whole database as JSON, CSV or GraphML</source>
        <translation>전체 데이터베이스를 JSON, CSV 또는 GraphML 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge a JSON, CSV or GraphML file into this database, with a preview</source>
        <translation>JSON, CSV 또는 GraphML 파일을 미리 보기로 확인한 뒤 이 데이터베이스에 병합합니다</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1을(를) 가져왔습니다</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>Company &amp;Graph</source>
        <translation>기업 관계도(&amp;G)</translation>
    </message>
    <message>
        <source>Company Graph</source>
        <translation>기업 관계도</translation>
    </message>
    <message>
        <source>Update Figures from &amp;DART…</source>
        <translation>DART에서 수치 업데이트(&amp;D)…</translation>
    </message>
    <message>
        <source>Fetch the quarterly figures of the companies with a KRX ticker from OpenDART, with a preview</source>
        <translation>KRX 티커가 있는 회사의 분기 수치를 OpenDART에서 가져와 미리 보기로 확인합니다</translation>
    </message>
    <message>
        <source>Updated figures from DART</source>
        <translation>DART에서 수치를 업데이트했습니다</translation>
    </message>
    <message>
        <source>Open &amp;Server Database…</source>
        <translation>서버 데이터베이스 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a shared PostgreSQL database by its address</source>
        <translation>주소로 공유 PostgreSQL 데이터베이스 열기</translation>
    </message>
    <message>
        <source>Open Server Database</source>
        <translation>서버 데이터베이스 열기</translation>
    </message>
    <message>
        <source>PostgreSQL address, such as postgresql://analyst@db.example.com/atlas?sslmode=require
The password is asked for when the server wants one, or comes from the keyring or ~/.pgpass.</source>
        <translation>PostgreSQL 주소, 예: postgresql://analyst@db.example.com/atlas?sslmode=require
비밀번호는 서버가 요구할 때 묻거나 키링 또는 ~/.pgpass에서 가져옵니다.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address; it starts with postgresql://</source>
        <translation>%1은(는) PostgreSQL 주소가 아닙니다. 주소는 postgresql://로 시작합니다</translation>
    </message>
    <message>
        <source>Read-only: %1 Adding, editing, deleting and importing are off; export, print and briefings work.</source>
        <translation>읽기 전용: %1 추가, 편집, 삭제, 가져오기는 꺼져 있으며 내보내기, 인쇄, 브리핑은 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Data as opened</source>
        <translation>열었을 때의 데이터</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Show All Events</source>
        <translation>모든 사건 보기</translation>
    </message>
    <message>
        <source>List the events of every entity; View → Show Only Events of the Selected Entity turns the filter off for good</source>
        <translation>모든 개체의 사건을 나열합니다. 보기 → 선택한 개체의 사건만 보기로 이 필터를 아예 끌 수 있습니다</translation>
    </message>
    <message>
        <source>Only the events of %1 (the selected entity).</source>
        <translation>%1(선택한 개체)의 사건만 표시합니다.</translation>
    </message>
    <message>
        <source>No event of %1 matches the search, kind and time window. Show all events, press Ctrl+0 for all time or clear the search.</source>
        <translation>검색어, 종류, 기간에 맞는 %1의 사건이 없습니다. 모든 사건을 보거나, Ctrl+0으로 전체 기간을 보거나, 검색어를 지우세요.</translation>
    </message>
    <message>
        <source>Company graph, events table, financial charts</source>
        <translation>기업 그래프, 사건 표, 재무 차트</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>사건 검색</translation>
    </message>
    <message>
        <source>Show the whole graph again after a double click; then clear the selection</source>
        <translation>더블 클릭 후 전체 그래프로 돌아가기, 그다음 선택 해제</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Graph: double click</source>
        <translation>그래프: 더블 클릭</translation>
    </message>
    <message>
        <source>Show a node&apos;s neighbourhood</source>
        <translation>노드의 이웃 보기</translation>
    </message>
    <message>
        <source>Graph: arrows, Tab</source>
        <translation>그래프: 화살표, Tab</translation>
    </message>
    <message>
        <source>Move between nodes; Enter shows the details, Space selects</source>
        <translation>노드 사이 이동, Enter는 상세 정보, Space는 선택</translation>
    </message>
    <message>
        <source>Graph: Shift+arrows, drag</source>
        <translation>그래프: Shift+화살표, 끌기</translation>
    </message>
    <message>
        <source>Move (pin) a node; Undo or “Unpin” in its menu puts it back</source>
        <translation>노드 옮기기(고정), 실행 취소나 메뉴의 “고정 해제”로 되돌리기</translation>
    </message>
    <message>
        <source>Graph: Ctrl+Shift+G</source>
        <translation>그래프: Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Find an entity in the graph</source>
        <translation>그래프에서 개체 찾기</translation>
    </message>
    <message>
        <source>Graph: F, Ctrl++, Ctrl+-</source>
        <translation>그래프: F, Ctrl++, Ctrl+-</translation>
    </message>
    <message>
        <source>Fit the graph, zoom in, zoom out</source>
        <translation>그래프 맞추기, 확대, 축소</translation>
    </message>
    <message>
        <source>Timeline: +, -, F</source>
        <translation>타임라인: +, -, F</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show all time</source>
        <translation>확대, 축소, 전체 기간 보기</translation>
    </message>
    <message>
        <source>Timeline: Space, Ctrl+Left, Ctrl+Right</source>
        <translation>타임라인: Space, Ctrl+왼쪽, Ctrl+오른쪽</translation>
    </message>
    <message>
        <source>Play, step back, step forward a month</source>
        <translation>재생, 한 달 뒤로, 한 달 앞으로</translation>
    </message>
    <message>
        <source>Charts: Alt+1, Alt+2, Alt+3</source>
        <translation>차트: Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Year on year, trend, peers</source>
        <translation>전년 대비, 추이, 동종 비교</translation>
    </message>
    <message>
        <source>Ctrl+C in a table</source>
        <translation>표에서 Ctrl+C</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>선택한 셀 복사</translation>
    </message>
    <message>
        <source>Add an event, an entity, a relationship</source>
        <translation>사건, 개체, 관계 추가</translation>
    </message>
    <message>
        <source>Edit or delete the selected record</source>
        <translation>선택한 레코드 편집 또는 삭제</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>실행 취소, 다시 실행</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message>
        <source>Timeline: L, P</source>
        <translation>타임라인: L, P</translation>
    </message>
    <message>
        <source>Choose lanes; pin the selected entity&apos;s lane</source>
        <translation>레인 선택, 선택한 개체의 레인 고정</translation>
    </message>
    <message>
        <source>Timeline: Up, Down, Page Up, Page Down</source>
        <translation>타임라인: Up, Down, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Scroll the lanes when they do not all fit</source>
        <translation>레인이 한 화면에 다 들어가지 않을 때 스크롤</translation>
    </message>
    <message>
        <source>Pin a Timeline Lane</source>
        <translation>타임라인 레인 고정</translation>
    </message>
    <message>
        <source>Keep a lane for this entity on the timeline whatever the window</source>
        <translation>기간과 관계없이 타임라인에 이 개체의 레인을 유지합니다</translation>
    </message>
    <message>
        <source>Matches titles, summaries, participant names and tickers in both languages, and attribute values; conditions on attributes filter too: kind = song, performances &gt; 100, &quot;first played&quot; &lt; 1970-01-01</source>
        <translation>두 언어의 제목, 요약, 참여자 이름과 종목 코드, 그리고 속성 값을 찾습니다. 속성 조건으로도 거를 수 있습니다: kind = song, performances &gt; 100, &quot;first played&quot; &lt; 1970-01-01</translation>
    </message>
    <message>
        <source>Matches names, tickers and attribute values; conditions on attributes filter too: kind = song, performances &gt; 100</source>
        <translation>이름, 종목 코드와 속성 값을 찾습니다. 속성 조건으로도 거를 수 있습니다: kind = song, performances &gt; 100</translation>
    </message>
    <message>
        <source>&amp;Kinds and Types…</source>
        <translation>종류와 유형(&amp;K)…</translation>
    </message>
    <message>
        <source>Rename, recolour or turn the entity kinds and relationship types of this data</source>
        <translation>이 데이터의 개체 종류와 관계 유형의 이름, 색, 방향을 바꿉니다</translation>
    </message>
    <message>
        <source>Kinds and Types</source>
        <translation>종류와 유형</translation>
    </message>
    <message>
        <source>This data is read-only; the change was not made.</source>
        <translation>이 데이터는 읽기 전용이라 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Edit Kinds and Types</source>
        <translation>종류와 유형 편집</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the events of %1…</source>
        <translation>%1의 사건을 읽는 중…</translation>
    </message>
    <message>
        <source>%1 is still being read.</source>
        <translation>%1을(를) 아직 읽는 중입니다.</translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation>%1 읽는 중… %2%</translation>
    </message>
    <message>
        <source>Reading the events of %1… %2%</source>
        <translation>%1의 사건을 읽는 중… %2%</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop reading %1 and go on with %2</source>
        <translation>%1 읽기를 멈추고 %2(으)로 계속합니다</translation>
    </message>
    <message>
        <source>Stopped reading %1</source>
        <translation>%1 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>Checking %1 for damage; editing starts when it is done.</source>
        <translation>%1의 손상 여부를 검사하는 중입니다. 검사가 끝나면 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 · checking for damage…</source>
        <translation>%1 · 손상 검사 중…</translation>
    </message>
    <message>
        <source>%1 is being checked for damage.</source>
        <translation>%1의 손상 여부를 검사하는 중입니다.</translation>
    </message>
</context>
<context>
    <name>atlas::Migrator</name>
    <message>
        <source>This build of Telco Atlas has no database migrations built in</source>
        <translation>이 Telco Atlas 빌드에는 데이터베이스 마이그레이션이 포함되어 있지 않습니다</translation>
    </message>
    <message>
        <source>The database has no readable schema version</source>
        <translation>데이터베이스에 읽을 수 있는 스키마 버전이 없습니다</translation>
    </message>
    <message>
        <source>Database schema version %1 is newer than this Telco Atlas supports (%2); update the application</source>
        <translation>데이터베이스 스키마 버전 %1은(는) 이 Telco Atlas가 지원하는 버전(%2)보다 최신입니다. 애플리케이션을 업데이트하십시오</translation>
    </message>
    <message>
        <source>There is no database schema version %1</source>
        <translation>데이터베이스 스키마 버전 %1은(는) 없습니다</translation>
    </message>
    <message>
        <source>Cannot downgrade the database schema from version %1 to %2</source>
        <translation>데이터베이스 스키마를 버전 %1에서 %2(으)로 다운그레이드할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read migration %1: %2</source>
        <translation>마이그레이션 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema version %1: %2</source>
        <translation>스키마 버전 %1(으)로 업그레이드를 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Migration %1, statement %2 failed: %3</source>
        <translation>마이그레이션 %1의 %2번째 구문이 실패했습니다: %3</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>스키마 버전 %1을(를) 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot commit the upgrade to schema version %1: %2</source>
        <translation>스키마 버전 %1(으)로의 업그레이드를 커밋할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>atlas::MiniMap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>개요: 클릭하거나 끌어서 보기를 이동합니다</translation>
    </message>
</context>
<context>
    <name>atlas::MoveNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 고정 해제</translation>
    </message>
</context>
<context>
    <name>atlas::PasswordDialog</name>
    <message>
        <source>Database Password</source>
        <translation>데이터베이스 비밀번호</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1의 비밀번호:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>키링에 기억(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring, never in a file; ~/.pgpass and PGPASSWORD work too</source>
        <translation>비밀번호를 파일이 아닌 데스크톱 키링에 보관합니다. ~/.pgpass와 PGPASSWORD도 사용할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>atlas::PictureDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 벡터 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>Fit to a size of</source>
        <translation>다음 크기에 맞춤:</translation>
    </message>
    <message>
        <source>Off: the picture at its natural size (a PNG at most 4,096 pixels on its longer side). On: the drawing fitted to this size.</source>
        <translation>끄면 그림을 원래 크기로 저장합니다(PNG는 긴 변이 최대 4,096픽셀). 켜면 그림을 이 크기에 맞춥니다.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 픽셀</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>그림 너비</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>그림 높이</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
</context>
<context>
    <name>atlas::PictureFile</name>
    <message>
        <source>the picture would be too large</source>
        <translation>그림이 너무 큽니다</translation>
    </message>
    <message>
        <source>Cannot write %1: the picture has no size</source>
        <translation>%1을(를) 저장할 수 없습니다: 그림의 크기가 없습니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the picture could not be drawn</source>
        <translation>그림을 그릴 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot write %1: the file name must end in .svg or .png</source>
        <translation>%1을(를) 저장할 수 없습니다: 파일 이름이 .svg 또는 .png로 끝나야 합니다</translation>
    </message>
</context>
<context>
    <name>atlas::PostgresAddress</name>
    <message>
        <source>%1: not a valid PostgreSQL address; expected postgresql://user@host[:port]/database</source>
        <translation>%1: 올바른 PostgreSQL 주소가 아닙니다. postgresql://user@host[:port]/database 형식이어야 합니다</translation>
    </message>
    <message>
        <source>%1: unsupported connection option &quot;%2&quot;</source>
        <translation>%1: 지원하지 않는 연결 옵션 &quot;%2&quot;입니다</translation>
    </message>
</context>
<context>
    <name>atlas::RecordDialog</name>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>속성:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
</context>
<context>
    <name>atlas::RelationshipDialog</name>
    <message>
        <source>Add Relationship</source>
        <translation>관계 추가</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>관계 편집</translation>
    </message>
    <message>
        <source>unknown start</source>
        <translation>시작일 미상</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>종료일 없음</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>주체:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>유효 시작일:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>유효 종료일:</translation>
    </message>
    <message>
        <source>From the event:</source>
        <translation>근거 사건:</translation>
    </message>
    <message>
        <source>Choose the entity the relationship starts from.</source>
        <translation>관계의 주체가 되는 개체를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the other entity.</source>
        <translation>대상 개체를 선택하십시오.</translation>
    </message>
    <message>
        <source>An entity cannot relate to itself: choose another.</source>
        <translation>개체는 자기 자신과 관계를 맺을 수 없습니다. 다른 개체를 선택하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: use 2024-06-13, 2024-06, 2024-Q2 or 2024, or leave it empty.</source>
        <translation>&apos;%1&apos;은(는) 날짜가 아닙니다. 2024-06-13, 2024-06, 2024-Q2 또는 2024 형식을 사용하거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>The relationship ends before it starts.</source>
        <translation>관계의 종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Choose the event it came from, or cite a source.</source>
        <translation>근거 사건을 선택하거나 출처를 인용하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits and &apos;-&apos;.</source>
        <translation>&apos;%1&apos;은(는) 올바른 ID가 아닙니다. 영문 소문자, 숫자, &apos;-&apos;만 사용하십시오.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is already used by another relationship.</source>
        <translation>ID &apos;%1&apos;은(는) 이미 다른 관계에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>further intervals, e.g. 2020/2021; 2023/</source>
        <translation>추가 기간, 예: 2020/2021; 2023/</translation>
    </message>
    <message>
        <source>When the relationship held again after a gap: FROM/UNTIL for each further interval, separated by &apos;;&apos;. A bound may be empty (unknown start, open end).</source>
        <translation>관계가 중단된 뒤 다시 유효했을 때: 추가 기간마다 FROM/UNTIL을 쓰고 &apos;;&apos;로 구분합니다. 경계는 비워 둘 수 있습니다(시작 미상, 종료 없음).</translation>
    </message>
    <message>
        <source>Also valid:</source>
        <translation>추가 유효 기간:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an interval: write FROM/UNTIL with dates such as 2020, 2020-Q2, 2020-06 or 2020-06-13 (either may be empty), and separate intervals with &apos;;&apos;.</source>
        <translation>&apos;%1&apos;은(는) 기간이 아닙니다: 2020, 2020-Q2, 2020-06, 2020-06-13 같은 날짜로 FROM/UNTIL을 쓰고(둘 중 하나는 비워 둘 수 있음) 기간은 &apos;;&apos;로 구분하세요.</translation>
    </message>
    <message>
        <source>The interval %1/%2 ends before it starts.</source>
        <translation>기간 %1/%2은(는) 시작하기 전에 끝납니다.</translation>
    </message>
</context>
<context>
    <name>atlas::RelationshipModel</name>
    <message>
        <source>From</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>To</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>유효 시작일</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 종료일</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>유효 기간: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Repository</name>
    <message>
        <source>Cannot prepare &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the order of %1: %2</source>
        <translation>%1의 순서를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the dataset information: %1</source>
        <translation>데이터셋 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot save the dataset information: %1</source>
        <translation>데이터셋 정보를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot;: %2</source>
        <translation>출처 &quot;%1&quot;을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save entity &quot;%1&quot;: %2</source>
        <translation>개체 &quot;%1&quot;을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save event &quot;%1&quot;: %2</source>
        <translation>사건 &quot;%1&quot;을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save participant &quot;%1&quot; of event &quot;%2&quot;: %3</source>
        <translation>사건 &quot;%2&quot;의 참여자 &quot;%1&quot;을(를) 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot; of event &quot;%2&quot;: %3</source>
        <translation>사건 &quot;%2&quot;의 출처 &quot;%1&quot;을(를) 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot save the amount of event &quot;%1&quot;: %2</source>
        <translation>사건 &quot;%1&quot;의 금액을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save relationship &quot;%1&quot;: %2</source>
        <translation>관계 &quot;%1&quot;을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save source &quot;%1&quot; of relationship &quot;%2&quot;: %3</source>
        <translation>관계 &quot;%2&quot;의 출처 &quot;%1&quot;을(를) 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot save financial figure &quot;%1&quot;: %2</source>
        <translation>재무 수치 &quot;%1&quot;을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>데이터베이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot delete the old contents of %1: %2</source>
        <translation>%1의 기존 내용을 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot restore the saved position of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;의 저장된 위치를 복원할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the database: a row refers to the missing event &quot;%1&quot;</source>
        <translation>데이터베이스를 읽을 수 없습니다: 존재하지 않는 사건 &quot;%1&quot;을(를) 참조하는 행이 있습니다</translation>
    </message>
    <message>
        <source>Cannot read the amount of event &quot;%1&quot;: its rows do not form one amount</source>
        <translation>사건 &quot;%1&quot;의 금액을 읽을 수 없습니다: 해당 행들이 하나의 금액을 이루지 않습니다</translation>
    </message>
    <message>
        <source>Cannot read the database: a row refers to the missing relationship &quot;%1&quot;</source>
        <translation>데이터베이스를 읽을 수 없습니다: 존재하지 않는 관계 &quot;%1&quot;을(를) 참조하는 행이 있습니다</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>데이터베이스가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>This database has no place for graph positions; open it once to upgrade it</source>
        <translation>이 데이터베이스에는 그래프 위치를 저장할 공간이 없습니다. 한 번 열어 업그레이드하십시오</translation>
    </message>
    <message>
        <source>Cannot save the graph layout: %1</source>
        <translation>그래프 배치를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot save the graph position of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;의 그래프 위치를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save the order of %1: %2</source>
        <translation>%1의 순서를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>financial figure</source>
        <translation>재무 수치</translation>
    </message>
    <message>
        <source>Cannot lock the change log: %1</source>
        <translation>변경 기록을 잠글 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>변경 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot record the change: %1</source>
        <translation>변경을 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot record the change of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;의 변경을 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot notify other clients: %1</source>
        <translation>다른 사용자에게 알릴 수 없습니다: %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <source>Cannot read the version of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;의 버전을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was deleted by someone else at %3, after this window read it. Nothing was saved.</source>
        <translation>%1 &quot;%2&quot;은(는) 이 창이 읽은 뒤 %3에 다른 사용자가 삭제했습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was changed by someone else at %3, after this window read it. Nothing was saved; the window shows the current record.</source>
        <translation>%1 &quot;%2&quot;은(는) 이 창이 읽은 뒤 %3에 다른 사용자가 변경했습니다. 아무것도 저장되지 않았으며, 창에 현재 레코드를 표시합니다.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was added by someone else at %3, after this window read the data. Nothing was saved; the window shows the current record.</source>
        <translation>%1 &quot;%2&quot;은(는) 이 창이 데이터를 읽은 뒤 %3에 다른 사용자가 추가했습니다. 아무것도 저장되지 않았으며, 창에 현재 레코드를 표시합니다.</translation>
    </message>
    <message>
        <source>Cannot prune the change log: %1</source>
        <translation>변경 기록을 정리할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read the %1 &quot;%2&quot;: unknown value in column %3</source>
        <translation>%1 &quot;%2&quot;을(를) 읽을 수 없습니다: 열 %3의 값을 알 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot delete %1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;을(를) 삭제할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot save interval %1 of relationship &quot;%2&quot;: %3</source>
        <translation>관계 &quot;%2&quot;의 기간 %1을(를) 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>This database is too old to store relationship &quot;%1&quot; with several intervals; open it once with write access to upgrade it</source>
        <translation>이 데이터베이스는 너무 오래되어 여러 기간을 가진 관계 &quot;%1&quot;을(를) 저장할 수 없습니다. 쓰기 권한으로 한 번 열어 업그레이드하세요</translation>
    </message>
    <message>
        <source>the write was rolled back</source>
        <translation>쓰기가 취소되었습니다</translation>
    </message>
    <message>
        <source>Reading the database was stopped</source>
        <translation>데이터베이스 읽기가 중단되었습니다</translation>
    </message>
</context>
<context>
    <name>atlas::SourceListEditor</name>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Publisher (default: the site)</source>
        <translation>발행처(기본값: 사이트)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Add New Source</source>
        <translation>새 출처 추가</translation>
    </message>
    <message>
        <source>A source address starts with https:// or http://.</source>
        <translation>출처 주소는 https:// 또는 http://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Press Add New Source to cite the new source, or clear its fields.</source>
        <translation>새 출처를 인용하려면 ‘새 출처 추가’를 누르고, 인용하지 않으려면 입력란을 비우십시오.</translation>
    </message>
</context>
<context>
    <name>atlas::ThreadConnection</name>
    <message>
        <source>%1: cannot open a second connection to read the data: %2</source>
        <translation>%1: 데이터를 읽을 두 번째 연결을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineOverview</name>
    <message>
        <source>Drag to choose the time window; double-click for all time</source>
        <translation>끌어서 기간을 선택하고, 두 번 클릭하면 전체 기간을 표시합니다</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineRender</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>전체 데이터</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineRenderer</name>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>No dated events in this window</source>
        <translation>이 기간에 날짜가 지정된 사건이 없습니다</translation>
    </message>
    <message>
        <source>≈ approximate amount</source>
        <translation>≈ 근사 금액</translation>
    </message>
    <message>
        <source>month, quarter or year</source>
        <translation>월·분기·연 단위</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>클릭하여 확대</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>사건 %1건</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many at once for this lane&apos;s height: drag the top edge of the timeline up to see each one</source>
        <translation>이 줄의 높이에 비해 한꺼번에 너무 많습니다. 하나씩 보려면 타임라인의 위쪽 가장자리를 위로 끌어 올리세요</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1: %3%2</translation>
    </message>
    <message>
        <source>unknown start</source>
        <translation>시작일 미상</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>종료일 없음</translation>
    </message>
    <message>
        <source>Interval %1 of %2: %3 – %4</source>
        <translation>기간 %1/%2: %3 – %4</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>유효 기간: %1 – %2</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineView</name>
    <message>
        <source>Events none of whose participants has a lane of its own</source>
        <translation>별도 레인이 있는 참여자가 하나도 없는 사건</translation>
    </message>
    <message>
        <source>Unpin the Lane of %1</source>
        <translation>%1 레인 고정 해제</translation>
    </message>
    <message>
        <source>Pin a Lane for %1</source>
        <translation>%1 레인 고정</translation>
    </message>
    <message>
        <source>Choose Lanes…</source>
        <translation>레인 선택…</translation>
    </message>
    <message>
        <source>Fill with the Most Active Companies</source>
        <translation>가장 활발한 기업으로 채우기</translation>
    </message>
    <message>
        <source>Group Lanes by Kind</source>
        <translation>유형별로 레인 묶기</translation>
    </message>
    <message>
        <source>Unpin All Lanes</source>
        <translation>모든 레인 고정 해제</translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>타임라인을 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineWidget</name>
    <message>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>확대 (+, Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>축소 (-, Ctrl+휠)</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>전체 맞춤</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show all time (F)</source>
        <translation>전체 기간 표시 (F)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Play: move the window forward a month at a time (Space)</source>
        <translation>재생: 기간을 한 달씩 앞으로 이동합니다 (Space)</translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation>다음으로</translation>
    </message>
    <message>
        <source>Move the window a month later (Ctrl+Right)</source>
        <translation>기간을 한 달 후로 이동합니다 (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>이전으로</translation>
    </message>
    <message>
        <source>Move the window a month earlier (Ctrl+Left)</source>
        <translation>기간을 한 달 전으로 이동합니다 (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG or SVG image</source>
        <translation>타임라인을 PNG 또는 SVG 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Choose the time window</source>
        <translation>기간을 선택합니다</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>속도(&amp;S):</translation>
    </message>
    <message>
        <source>How fast play moves the window</source>
        <translation>재생 시 기간이 이동하는 속도</translation>
    </message>
    <message>
        <source>All Time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Last 12 Months of Data</source>
        <translation>데이터의 최근 12개월</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Export Timeline…</source>
        <translation>타임라인 내보내기…</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Choose Lanes…</source>
        <translation>레인 선택…</translation>
    </message>
    <message>
        <source>Lanes…</source>
        <translation>레인…</translation>
    </message>
    <message>
        <source>Choose which companies and other entities get a lane (L)</source>
        <translation>어떤 기업과 개체에 레인을 줄지 선택합니다 (L)</translation>
    </message>
    <message>
        <source>Pin Lane</source>
        <translation>레인 고정</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Keep a lane for the selected entity whatever the window (P)</source>
        <translation>기간과 관계없이 선택한 개체의 레인을 유지합니다 (P)</translation>
    </message>
</context>
<context>
    <name>atlas::TypeDialog</name>
    <message>
        <source>Kinds and Types</source>
        <translation>종류와 유형</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Shape or line</source>
        <translation>모양 또는 선</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Entity kind</source>
        <translation>개체 종류</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>관계 유형</translation>
    </message>
    <message>
        <source>from → to</source>
        <translation>출발 → 도착</translation>
    </message>
    <message>
        <source>Kinds and relationship types of this data beyond the built-in ones. Colours are written #rrggbb or picked with Colour…; a Korean label left empty shows the English one. Importing a graph whose nodes or edges name other types defines them too.</source>
        <translation>기본 제공 외에 이 데이터가 정의한 개체 유형과 관계 유형입니다. 색은 #rrggbb로 쓰거나 색…으로 고릅니다. 한국어 이름을 비워 두면 영어 이름이 표시됩니다. 노드나 엣지가 다른 유형을 가리키는 그래프를 가져와도 유형이 정의됩니다.</translation>
    </message>
    <message>
        <source>New Kind…</source>
        <translation>새 개체 유형…</translation>
    </message>
    <message>
        <source>New Relationship Type…</source>
        <translation>새 관계 유형…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>색…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already defined.</source>
        <translation>&apos;%1&apos;은(는) 이미 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a key: 1 to 64 characters, not a built-in kind or type.</source>
        <translation>&apos;%1&apos;은(는) 키가 될 수 없습니다: 1~64자이고 기본 제공 유형이 아니어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The kind &apos;%1&apos; is used by %n entity(ies); give them another kind first.</source>
        <translation>
            <numerusform>개체 유형 &apos;%1&apos;을(를) 개체 %n개가 쓰고 있습니다. 먼저 그 개체들에 다른 유형을 지정하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relationship type &apos;%1&apos; is used by %n relationship(s); give them another type first.</source>
        <translation>
            <numerusform>관계 유형 &apos;%1&apos;을(를) 관계 %n개가 쓰고 있습니다. 먼저 그 관계들에 다른 유형을 지정하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Kind</source>
        <translation>새 개체 유형</translation>
    </message>
    <message>
        <source>New Relationship Type</source>
        <translation>새 관계 유형</translation>
    </message>
    <message>
        <source>Key (stored in files and the database; it cannot be changed later):</source>
        <translation>키(파일과 데이터베이스에 저장되며 나중에 바꿀 수 없습니다):</translation>
    </message>
    <message>
        <source>Colour of &apos;%1&apos;</source>
        <translation>&apos;%1&apos;의 색</translation>
    </message>
</context>
<context>
    <name>atlas::TypeStore</name>
    <message>
        <source>Cannot save the type &quot;%1&quot;: %2</source>
        <translation>유형 &quot;%1&quot;을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>This database is too old to store user-defined kinds and types; open it once with write access to upgrade it</source>
        <translation>이 데이터베이스는 너무 오래되어 사용자 정의 종류와 유형을 저장할 수 없습니다. 쓰기 권한으로 한 번 열어 업그레이드하세요</translation>
    </message>
    <message>
        <source>Cannot replace the types: %1</source>
        <translation>유형을 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the type statements: %1</source>
        <translation>유형 문을 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read the types: %1</source>
        <translation>유형을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Validator</name>
    <message>
        <source>%1 &apos;%2&apos;, field &apos;%3&apos;: %4</source>
        <translation>%1 &apos;%2&apos;, &apos;%3&apos; 필드: %4</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;-&apos;</source>
        <translation>영문 소문자, 숫자, &apos;-&apos;만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>is used more than once</source>
        <translation>두 번 이상 사용되었습니다</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>출처가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>refers to unknown source &apos;%1&apos;</source>
        <translation>알 수 없는 출처 &apos;%1&apos;을(를) 참조합니다</translation>
    </message>
    <message>
        <source>needs a three-letter currency code</source>
        <translation>세 글자 통화 코드가 필요합니다</translation>
    </message>
    <message>
        <source>an exact or approximate amount needs a value</source>
        <translation>정확 금액이나 근사 금액에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>음수일 수 없습니다</translation>
    </message>
    <message>
        <source>a range needs min and max</source>
        <translation>범위에는 min과 max가 필요합니다</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min이 max보다 큽니다</translation>
    </message>
    <message>
        <source>an indicative amount needs its words in text</source>
        <translation>개략 금액은 text에 문구가 있어야 합니다</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>must be an http(s) address</source>
        <translation>http(s) 주소여야 합니다</translation>
    </message>
    <message>
        <source>needs an English or Korean name</source>
        <translation>영어 또는 한국어 이름이 필요합니다</translation>
    </message>
    <message>
        <source>is missing or not YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>없거나 YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY 형식이 아닙니다</translation>
    </message>
    <message>
        <source>needs an English or Korean title</source>
        <translation>영어 또는 한국어 제목이 필요합니다</translation>
    </message>
    <message>
        <source>needs at least one participant</source>
        <translation>참여자가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>refers to unknown entity &apos;%1&apos;</source>
        <translation>알 수 없는 개체 &apos;%1&apos;을(를) 참조합니다</translation>
    </message>
    <message>
        <source>an entity cannot relate to itself</source>
        <translation>개체는 자기 자신과 관계를 맺을 수 없습니다</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>종료일이 시작일보다 앞섭니다</translation>
    </message>
    <message>
        <source>refers to unknown event &apos;%1&apos;</source>
        <translation>알 수 없는 사건 &apos;%1&apos;을(를) 참조합니다</translation>
    </message>
    <message>
        <source>must be a quarter, YYYY-Qn</source>
        <translation>YYYY-Qn 형식의 분기여야 합니다</translation>
    </message>
    <message>
        <source>the same figure appears more than once</source>
        <translation>같은 수치가 두 번 이상 있습니다</translation>
    </message>
    <message>
        <source>has %1 attributes; at most %2 are allowed</source>
        <translation>속성이 %1개입니다. 최대 %2개까지 허용됩니다</translation>
    </message>
    <message>
        <source>an attribute has no name</source>
        <translation>이름이 없는 속성이 있습니다</translation>
    </message>
    <message>
        <source>the attribute &apos;%1&apos; is given more than once</source>
        <translation>속성 &apos;%1&apos;이(가) 두 번 이상 있습니다</translation>
    </message>
    <message>
        <source>the attribute &apos;%1&apos; is not a valid date</source>
        <translation>속성 &apos;%1&apos;은(는) 올바른 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>refers to unknown kind &apos;%1&apos;</source>
        <translation>알 수 없는 종류 &apos;%1&apos;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>must be 1 to 64 characters and not a built-in key</source>
        <translation>1~64자여야 하며 기본 제공 키일 수 없습니다</translation>
    </message>
    <message>
        <source>must be a colour, #rrggbb</source>
        <translation>#rrggbb 형식의 색이어야 합니다</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>다음 중 하나여야 합니다: %1</translation>
    </message>
    <message>
        <source>refers to unknown relationship type &apos;%1&apos;</source>
        <translation>알 수 없는 관계 유형 &apos;%1&apos;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>interval %1 (%2 to %3) ends before it starts</source>
        <translation>기간 %1(%2부터 %3까지)은(는) 시작하기 전에 끝납니다</translation>
    </message>
</context>
<context>
    <name>atlas::Workspace</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot store the built-in dataset: %2</source>
        <translation>%1: 내장 데이터셋을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed by another user came in from the database.</source>
        <translation>
            <numerusform>다른 사용자가 변경한 레코드 %n개를 데이터베이스에서 반영했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 is lost; nothing was changed. Telco Atlas reconnects by itself: try again once the banner is gone.</source>
        <translation>%1에 대한 연결이 끊겨 아무것도 변경되지 않았습니다. Telco Atlas가 자동으로 다시 연결합니다. 배너가 사라지면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; nothing was changed. Telco Atlas reconnects by itself: try again once the banner is gone.</source>
        <translation>%1에 대한 연결이 끊겨 아무것도 변경되지 않았습니다. Telco Atlas가 자동으로 다시 연결합니다. 배너가 사라지면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The connection to %1 is lost. Reconnecting…; until then the data shown may be out of date and edits are refused.</source>
        <translation>%1에 대한 연결이 끊겼습니다. 다시 연결하는 중… 그때까지 표시된 데이터는 최신이 아닐 수 있으며 편집은 거부됩니다.</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>%1에 다시 연결했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n graph node(s) moved by another user.</source>
        <translation>
            <numerusform>다른 사용자가 그래프 노드 %n개를 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still being read; nothing was changed. Try again in a moment.</source>
        <translation>%1을(를) 아직 읽는 중이라 아무것도 바뀌지 않았습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>%1 읽기를 멈췄습니다.</translation>
    </message>
    <message>
        <source>%1 is being checked for damage; nothing was changed. Try again in a moment.</source>
        <translation>%1의 손상 여부를 검사하는 중이라 아무것도 바뀌지 않았습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>atlas::WriteTransaction</name>
    <message>
        <source>The database %1 is in use by another program, which kept it locked for %2 seconds; nothing was written. Try again when the other program has finished (%3)</source>
        <translation>다른 프로그램이 데이터베이스 %1을(를) 사용 중이며 %2초 동안 잠가 두었습니다. 아무것도 기록하지 않았습니다. 다른 프로그램이 끝난 뒤 다시 시도하십시오(%3)</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot commit the changes: %1</source>
        <translation>변경 사항을 커밋할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>데이터베이스를 열 수 없음</translation>
    </message>
</context>
</TS>
