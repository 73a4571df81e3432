<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>atlas::AttributeEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>True/false</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Add Attribute</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Remove Attribute</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Attribute %1 has no name.</source>
        <translation>Attribute %1 has no name.</translation>
    </message>
    <message>
        <source>The attribute '%1' is given twice.</source>
        <translation>The attribute '%1' is given twice.</translation>
    </message>
    <message>
        <source>'%1' of %2 is not a number (write 1234.5).</source>
        <translation>'%1' of %2 is not a number (write 1234.5).</translation>
    </message>
    <message>
        <source>'%1' of %2 is not a date (write YYYY-MM-DD).</source>
        <translation>'%1' of %2 is not a date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>'%1' of %2 is not true or false.</source>
        <translation>'%1' of %2 is not true or false.</translation>
    </message>
</context>
<context>
    <name>atlas::AttributeStore</name>
    <message>
        <source>Cannot replace the attributes of %1 "%2": %3</source>
        <translation>Cannot replace the attributes of %1 "%2": %3</translation>
    </message>
    <message>
        <source>Cannot save attribute "%1" of %2 "%3": %4</source>
        <translation>Cannot save attribute "%1" of %2 "%3": %4</translation>
    </message>
    <message>
        <source>Cannot read the attributes: %1</source>
        <translation>Cannot read the attributes: %1</translation>
    </message>
    <message>
        <source>This database is too old to store attributes; open it once with write access to upgrade it</source>
        <translation>This database is too old to store attributes; open it once with write access to upgrade it</translation>
    </message>
    <message>
        <source>Cannot prepare the attribute statements: %1</source>
        <translation>Cannot prepare the attribute statements: %1</translation>
    </message>
    <message>
        <source>Cannot delete the old attributes: %1</source>
        <translation>Cannot delete the old attributes: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Briefing</name>
    <message>
        <source>Telco Atlas Briefing</source>
        <translation>Telco Atlas Briefing</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Companies in focus</source>
        <translation>Companies in focus</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Time window</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 relationships, %2 quarterly figures, %3 sources</source>
        <translation>
            <numerusform>%n event, %1 relationships, %2 quarterly figures, %3 sources</numerusform><numerusform>%n events, %1 relationships, %2 quarterly figures, %3 sources</numerusform></translation>
    </message>
    <message>
        <source>Every statement below is composed from the dataset; numbers in brackets refer to the numbered sources at the end. Dates keep the precision they are known to: a month stands for the whole month.</source>
        <translation>Every statement below is composed from the dataset; numbers in brackets refer to the numbered sources at the end. Dates keep the precision they are known to: a month stands for the whole month.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The dataset records no events in this time window.</source>
        <translation>The dataset records no events in this time window.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1 (%n event)</numerusform><numerusform>%1 (%n events)</numerusform></translation>
    </message>
    <message>
        <source>Most active: %1.</source>
        <translation>Most active: %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) %4</source>
        <translation>%1: %2 (%3) %4</translation>
    </message>
    <message>
        <source>Amounts as reported: %1.</source>
        <translation>Amounts as reported: %1.</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more (see the company graph)</source>
        <translation>
            <numerusform>; and %n more (see the company graph)</numerusform><numerusform>; and %n more (see the company graph)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) began in this window: %1.</source>
        <translation>
            <numerusform>%n relationship began in this window: %1.</numerusform><numerusform>%n relationships began in this window: %1.</numerusform></translation>
    </message>
    <message>
        <source>%1 %2 (%3 year on year)</source>
        <translation>%1 %2 (%3 year on year)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 %4.</source>
        <translation>%1 in %2: %3 %4.</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>Key events</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Src.</source>
        <translation>Src.</translation>
    </message>
    <message>
        <source>No events fall in this time window.</source>
        <translation>No events fall in this time window.</translation>
    </message>
    <message>
        <source>Company graph</source>
        <translation>Company graph</translation>
    </message>
    <message>
        <source>Relationships valid in the time window.</source>
        <translation>Relationships valid in the time window.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Events on company lanes; spans show month, quarter and year precision.</source>
        <translation>Events on company lanes; spans show month, quarter and year precision.</translation>
    </message>
    <message>
        <source>Financial results</source>
        <translation>Financial results</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <source>Consolidated K-IFRS figures. Year on year: revenue / operating profit against the same quarter a year earlier.</source>
        <translation>Consolidated K-IFRS figures. Year on year: revenue / operating profit against the same quarter a year earlier.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>No events in this time window.</source>
        <translation>No events in this time window.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>%1 (by)</source>
        <translation>%1 (by)</translation>
    </message>
    <message>
        <source>Partners and relationships</source>
        <translation>Partners and relationships</translation>
    </message>
    <message>
        <source>Quarterly results</source>
        <translation>Quarterly results</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Dataset %1 %2</source>
        <translation>Dataset %1 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Telco Atlas Briefing: %1</source>
        <translation>Telco Atlas Briefing: %1</translation>
    </message>
    <message>
        <source>Events, relationships and quarterly results of %1</source>
        <translation>Events, relationships and quarterly results of %1</translation>
    </message>
    <message>
        <source>cannot start painting on the output device</source>
        <translation>cannot start painting on the output device</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: cannot write the PDF</translation>
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
        <translation>%1: cannot add the document information: %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Between %1 and %2 the dataset records %3 events (by kind: %4) involving %5 organisations, products and people, the first on %6 and the last on %7.</source>
        <translation>Between %1 and %2 the dataset records %3 events (by kind: %4) involving %5 organisations, products and people, the first on %6 and the last on %7.</translation>
    </message>
    <message>
        <source>Amounts as reported, the latest %1 of %2: %3.</source>
        <translation>Amounts as reported, the latest %1 of %2: %3.</translation>
    </message>
    <message>
        <source>The time window holds %1 events; the table lists the latest %2. The Events tab and Export Data list them all.</source>
        <translation>The time window holds %1 events; the table lists the latest %2. The Events tab and Export Data list them all.</translation>
    </message>
    <message>
        <source>The time window holds %1 relationships; the table lists the %2 that began last, the company graph shows them all.</source>
        <translation>The time window holds %1 relationships; the table lists the %2 that began last, the company graph shows them all.</translation>
    </message>
    <message>
        <source>%1 events in the time window; the latest %2:</source>
        <translation>%1 events in the time window; the latest %2:</translation>
    </message>
</context>
<context>
    <name>atlas::ChartRender</name>
    <message>
        <source>The chart size %1×%2 is too small.</source>
        <translation>The chart size %1×%2 is too small.</translation>
    </message>
    <message>
        <source>Telco Atlas financial chart</source>
        <translation>Telco Atlas financial chart</translation>
    </message>
    <message>
        <source>Unknown company “%1”.</source>
        <translation>Unknown company “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no financial figures; companies with figures: %2.</source>
        <translation>“%1” has no financial figures; companies with figures: %2.</translation>
    </message>
    <message>
        <source>Unknown quarter “%1”: write it as 2024-Q2.</source>
        <translation>Unknown quarter “%1”: write it as 2024-Q2.</translation>
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
        <translation>A quarter against the same quarter a year earlier</translation>
    </message>
    <message>
        <source>Every quarter of the company in the time window</source>
        <translation>Every quarter of the company in the time window</translation>
    </message>
    <message>
        <source>The operators side by side for one quarter</source>
        <translation>The operators side by side for one quarter</translation>
    </message>
    <message>
        <source>Financial chart</source>
        <translation>Financial chart</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Export Chart as &amp;PNG…</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Export Chart as S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image or an SVG drawing</source>
        <translation>Export the chart as a PNG image or an SVG drawing</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select cells and press %1 to copy them as tab-separated text</source>
        <translation>Select cells and press %1 to copy them as tab-separated text</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>%1 has no financial figures in the data; the charts still show %2.</source>
        <translation>%1 has no financial figures in the data; the charts still show %2.</translation>
    </message>
    <message>
        <source>Point at a bar or a point for its exact value and source.</source>
        <translation>Point at a bar or a point for its exact value and source.</translation>
    </message>
</context>
<context>
    <name>atlas::CommandLine</name>
    <message>
        <source>Use the database at PATH: an SQLite file (created with the built-in dataset when new) or postgresql://user@host:port/dbname.</source>
        <translation>Use the database at PATH: an SQLite file (created with the built-in dataset when new) or postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Interface and data language: ko or en.</source>
        <translation>Interface and data language: ko or en.</translation>
    </message>
    <message>
        <source>Start of the time window, YYYY-MM-DD.</source>
        <translation>Start of the time window, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>End of the time window, YYYY-MM-DD.</source>
        <translation>End of the time window, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Entity in focus: id, English or Korean name, or ticker (several separated by commas for --briefing).</source>
        <translation>Entity in focus: id, English or Korean name, or ticker (several separated by commas for --briefing).</translation>
    </message>
    <message>
        <source>Neighbourhood around --focus for --render-graph: 1 to 3 hops.</source>
        <translation>Neighbourhood around --focus for --render-graph: 1 to 3 hops.</translation>
    </message>
    <message>
        <source>Paper size of the briefing: a4 or letter.</source>
        <translation>Paper size of the briefing: a4 or letter.</translation>
    </message>
    <message>
        <source>Company of the chart: id, name or ticker.</source>
        <translation>Company of the chart: id, name or ticker.</translation>
    </message>
    <message>
        <source>Chart view: q2, trend or peers.</source>
        <translation>Chart view: q2, trend or peers.</translation>
    </message>
    <message>
        <source>What --import does with ids already in the database: skip, replace or keep-both.</source>
        <translation>What --import does with ids already in the database: skip, replace or keep-both.</translation>
    </message>
    <message>
        <source>Timeline and relationship explorer of the telecom AI race.
Without options it opens the window on the last database (first run: the built-in dataset).</source>
        <translation>Timeline and relationship explorer of the telecom AI race.
Without options it opens the window on the last database (first run: the built-in dataset).</translation>
    </message>
    <message>
        <source>--lang must be 'ko' or 'en', not '%1'</source>
        <translation>--lang must be 'ko' or 'en', not '%1'</translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD, not '%1'</source>
        <translation>--from must be a date YYYY-MM-DD, not '%1'</translation>
    </message>
    <message>
        <source>--to must be a date YYYY-MM-DD, not '%1'</source>
        <translation>--to must be a date YYYY-MM-DD, not '%1'</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) is before --from (%2)</translation>
    </message>
    <message>
        <source>--hops must be 1, 2 or 3, not '%1'</source>
        <translation>--hops must be 1, 2 or 3, not '%1'</translation>
    </message>
    <message>
        <source>--page must be 'a4' or 'letter', not '%1'</source>
        <translation>--page must be 'a4' or 'letter', not '%1'</translation>
    </message>
    <message>
        <source>--view must be 'q2', 'trend' or 'peers', not '%1'</source>
        <translation>--view must be 'q2', 'trend' or 'peers', not '%1'</translation>
    </message>
    <message>
        <source>--on-duplicate must be 'skip', 'replace' or 'keep-both', not '%1'</source>
        <translation>--on-duplicate must be 'skip', 'replace' or 'keep-both', not '%1'</translation>
    </message>
    <message>
        <source>Try 'telco-atlas --help'.</source>
        <translation>Try 'telco-atlas --help'.</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <source>--focus: no entity is called '%1'</source>
        <translation>--focus: no entity is called '%1'</translation>
    </message>
    <message>
        <source>--company: no entity is called '%1'</source>
        <translation>--company: no entity is called '%1'</translation>
    </message>
    <message>
        <source>--company: '%1' has no financial figures; companies with figures: %2</source>
        <translation>--company: '%1' has no financial figures; companies with figures: %2</translation>
    </message>
    <message>
        <source>Draw a financial chart to FILE.svg or FILE.png and exit (uses --company, --view, --lang).</source>
        <translation>Draw a financial chart to FILE.svg or FILE.png and exit (uses --company, --view, --lang).</translation>
    </message>
    <message>
        <source>Draw the timeline to FILE.svg or FILE.png and exit (uses --from, --to, --lang).</source>
        <translation>Draw the timeline to FILE.svg or FILE.png and exit (uses --from, --to, --lang).</translation>
    </message>
    <message>
        <source>Write a sourced briefing to FILE.pdf and exit (uses --lang, --from, --to, --focus, --page).</source>
        <translation>Write a sourced briefing to FILE.pdf and exit (uses --lang, --from, --to, --focus, --page).</translation>
    </message>
    <message>
        <source>For --import of DART figures: the company (id, name or ticker) a stock code the data does not know belongs to; several separated by commas.</source>
        <translation>For --import of DART figures: the company (id, name or ticker) a stock code the data does not know belongs to; several separated by commas.</translation>
    </message>
    <message>
        <source>--map-stock-code must be CODE=NAME with a six-digit stock code, not '%1'</source>
        <translation>--map-stock-code must be CODE=NAME with a six-digit stock code, not '%1'</translation>
    </message>
    <message>
        <source>--map-stock-code: no entity is called '%1'</source>
        <translation>--map-stock-code: no entity is called '%1'</translation>
    </message>
    <message>
        <source>Size in pixels of the picture of --render-graph, e.g. 1600x1000, the drawing fitted to it (default: the drawing at 100 %, a PNG at most 4096 pixels on its longer side).</source>
        <translation>Size in pixels of the picture of --render-graph, e.g. 1600x1000, the drawing fitted to it (default: the drawing at 100 %, a PNG at most 4096 pixels on its longer side).</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, each from %1 to %2, not '%3'</source>
        <translation>--size must be WIDTHxHEIGHT in pixels, each from %1 to %2, not '%3'</translation>
    </message>
    <message>
        <source>Draw the company graph to FILE.svg or FILE.png and exit (uses --focus, --hops, --size, --lang).</source>
        <translation>Draw the company graph to FILE.svg or FILE.png and exit (uses --focus, --hops, --size, --lang).</translation>
    </message>
    <message>
        <source>For --import of a CSV, GraphML or GEXF file: read it as the import mapping PROFILE.json says (which column or attribute is the name, the kind, the relationship type, the dates; which to keep), a profile saved from the import mapping dialog.</source>
        <translation>For --import of a CSV, GraphML or GEXF file: read it as the import mapping PROFILE.json says (which column or attribute is the name, the kind, the relationship type, the dates; which to keep), a profile saved from the import mapping dialog.</translation>
    </message>
    <message>
        <source>--mapping needs --import FILE: it says how to read that file</source>
        <translation>--mapping needs --import FILE: it says how to read that file</translation>
    </message>
    <message>
        <source>For --import of a GEXF file: place the imported nodes where the file's viz:position puts them, and save those positions; without it the graph lays them out itself.</source>
        <translation>For --import of a GEXF file: place the imported nodes where the file's viz:position puts them, and save those positions; without it the graph lays them out itself.</translation>
    </message>
    <message>
        <source>--keep-positions needs --import FILE: it keeps that file's positions</source>
        <translation>--keep-positions needs --import FILE: it keeps that file's positions</translation>
    </message>
    <message>
        <source>Merge FILE (GraphML, GEXF, the dataset JSON, CSV events or entities, or a saved OpenDART response, told by its content) into the database, all or nothing, and exit (uses --on-duplicate, --mapping, --keep-positions).</source>
        <translation>Merge FILE (GraphML, GEXF, the dataset JSON, CSV events or entities, or a saved OpenDART response, told by its content) into the database, all or nothing, and exit (uses --on-duplicate, --mapping, --keep-positions).</translation>
    </message>
    <message>
        <source>GEXF version of --export FILE.gexf: 1.3 (default) or 1.2 (the 1.2draft namespace, for readers such as networkx 2 that know no newer one).</source>
        <translation>GEXF version of --export FILE.gexf: 1.3 (default) or 1.2 (the 1.2draft namespace, for readers such as networkx 2 that know no newer one).</translation>
    </message>
    <message>
        <source>--gexf-version must be '1.2' or '1.3', not '%1'</source>
        <translation>--gexf-version must be '1.2' or '1.3', not '%1'</translation>
    </message>
    <message>
        <source>Write the whole database to FILE and exit: .json (dataset format), .csv (events; entities when the name ends in entities.csv), .graphml or .gexf (GEXF 1.3, or 1.2 with --gexf-version; nodes placed and coloured as the graph draws them).</source>
        <translation>Write the whole database to FILE and exit: .json (dataset format), .csv (events; entities when the name ends in entities.csv), .graphml or .gexf (GEXF 1.3, or 1.2 with --gexf-version; nodes placed and coloured as the graph draws them).</translation>
    </message>
</context>
<context>
    <name>atlas::CsvDataset</name>
    <message>
        <source>%1: line %2, column '%3': %4</source>
        <translation>%1: line %2, column '%3': %4</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: line %2: %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; %2</source>
        <translation>%1: the file is empty; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>column %1 of the header is not valid UTF-8 text</source>
        <translation>column %1 of the header is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>column '%1' appears twice in the header</source>
        <translation>column '%1' appears twice in the header</translation>
    </message>
    <message>
        <source>missing column '%1'; %2 (the header has: %3)</source>
        <translation>missing column '%1'; %2 (the header has: %3)</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 fields, but the header has %2 columns</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>is empty (expected one of: %1)</source>
        <translation>is empty (expected one of: %1)</translation>
    </message>
    <message>
        <source>unknown value '%1' (expected one of: %2)</source>
        <translation>unknown value '%1' (expected one of: %2)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</translation>
    </message>
    <message>
        <source>'%1' is not a valid %2 id (lower-case letters, digits and '-')</source>
        <translation>'%1' is not a valid %2 id (lower-case letters, digits and '-')</translation>
    </message>
    <message>
        <source>the id '%1' is used more than once (first on line %2)</source>
        <translation>the id '%1' is used more than once (first on line %2)</translation>
    </message>
    <message>
        <source>'%1' is the entity '%2' again (first on line %3)</source>
        <translation>'%1' is the entity '%2' again (first on line %3)</translation>
    </message>
    <message>
        <source>'%1': the smaller figure comes first in min..max</source>
        <translation>'%1': the smaller figure comes first in min..max</translation>
    </message>
    <message>
        <source>'%1' is not an amount (a number such as 1300000000 or 1.3e9, ~ before an approximate figure, min..max, undisclosed, or words)</source>
        <translation>'%1' is not an amount (a number such as 1300000000 or 1.3e9, ~ before an approximate figure, min..max, undisclosed, or words)</translation>
    </message>
    <message>
        <source>words need a currency too, a three-letter code such as KRW or USD</source>
        <translation>words need a currency too, a three-letter code such as KRW or USD</translation>
    </message>
    <message>
        <source>needed with an amount: a three-letter code such as KRW or USD</source>
        <translation>needed with an amount: a three-letter code such as KRW or USD</translation>
    </message>
    <message>
        <source>'%1' is not a three-letter currency code such as KRW or USD</source>
        <translation>'%1' is not a three-letter currency code such as KRW or USD</translation>
    </message>
    <message>
        <source>an events file needs the columns date, kind, title and participants</source>
        <translation>an events file needs the columns date, kind, title and participants</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>is empty (give title or title_ko)</source>
        <translation>is empty (give title or title_ko)</translation>
    </message>
    <message>
        <source>needs at least one name (separate names with ';')</source>
        <translation>needs at least one name (separate names with ';')</translation>
    </message>
    <message>
        <source>gives %1 role(s) for %2 participant(s)</source>
        <translation>gives %1 role(s) for %2 participant(s)</translation>
    </message>
    <message>
        <source>'%1' is '%2' again, named earlier in the list</source>
        <translation>'%1' is '%2' again, named earlier in the list</translation>
    </message>
    <message>
        <source>unknown source '%1' (leave the column empty or give source_url)</source>
        <translation>unknown source '%1' (leave the column empty or give source_url)</translation>
    </message>
    <message>
        <source>'%1' is not an http:// or https:// address</source>
        <translation>'%1' is not an http:// or https:// address</translation>
    </message>
    <message>
        <source>an entities file needs the columns name and kind</source>
        <translation>an entities file needs the columns name and kind</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>is empty (give name or name_ko)</source>
        <translation>is empty (give name or name_ko)</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>the file %1</translation>
    </message>
    <message>
        <source>'%1' cannot name a kind or type (1 to 64 characters without spaces around)</source>
        <translation>'%1' cannot name a kind or type (1 to 64 characters without spaces around)</translation>
    </message>
    <message>
        <source>is empty (each row names both ends of a relationship)</source>
        <translation>is empty (each row names both ends of a relationship)</translation>
    </message>
    <message>
        <source>an entity cannot relate to itself</source>
        <translation>an entity cannot relate to itself</translation>
    </message>
    <message>
        <source>is empty (each row names an entity)</source>
        <translation>is empty (each row names an entity)</translation>
    </message>
    <message>
        <source>%1: the mapping names neither a name column nor a source and a target column</source>
        <translation>%1: the mapping names neither a name column nor a source and a target column</translation>
    </message>
    <message>
        <source>the mapping reads it</source>
        <translation>the mapping reads it</translation>
    </message>
</context>
<context>
    <name>atlas::CsvTable</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>line %1: unexpected text after a closing quote</translation>
    </message>
</context>
<context>
    <name>atlas::DartFetcher</name>
    <message>
        <source>Cannot reach OpenDART at %1: %2</source>
        <translation>Cannot reach OpenDART at %1: %2</translation>
    </message>
    <message>
        <source>Reading OpenDART's list of companies…</source>
        <translation>Reading OpenDART's list of companies…</translation>
    </message>
    <message>
        <source>OpenDART's list of companies is not a zip archive</source>
        <translation>OpenDART's list of companies is not a zip archive</translation>
    </message>
    <message>
        <source>OpenDART refused the request (status %1): %2</source>
        <translation>OpenDART refused the request (status %1): %2</translation>
    </message>
    <message>
        <source>OpenDART's list of companies cannot be read: %1</source>
        <translation>OpenDART's list of companies cannot be read: %1</translation>
    </message>
    <message>
        <source>OpenDART lists no company with stock code %1</source>
        <translation>OpenDART lists no company with stock code %1</translation>
    </message>
    <message>
        <source>Fetching %1, %2, report %3…</source>
        <translation>Fetching %1, %2, report %3…</translation>
    </message>
    <message>
        <source>OpenDART %1 %2 report %3</source>
        <translation>OpenDART %1 %2 report %3</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON</source>
        <translation>%1: the answer is not JSON</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no zip directory</source>
        <translation>no zip directory</translation>
    </message>
    <message>
        <source>damaged zip directory</source>
        <translation>damaged zip directory</translation>
    </message>
    <message>
        <source>damaged zip entry</source>
        <translation>damaged zip entry</translation>
    </message>
    <message>
        <source>truncated zip entry</source>
        <translation>truncated zip entry</translation>
    </message>
    <message>
        <source>unsupported zip compression method %1</source>
        <translation>unsupported zip compression method %1</translation>
    </message>
    <message>
        <source>cannot inflate</source>
        <translation>cannot inflate</translation>
    </message>
    <message>
        <source>damaged compressed data</source>
        <translation>damaged compressed data</translation>
    </message>
</context>
<context>
    <name>atlas::DartReader</name>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>the API key is not registered with OpenDART</source>
        <translation>the API key is not registered with OpenDART</translation>
    </message>
    <message>
        <source>the API key cannot be used (it has been suspended)</source>
        <translation>the API key cannot be used (it has been suspended)</translation>
    </message>
    <message>
        <source>this IP address may not use the API key</source>
        <translation>this IP address may not use the API key</translation>
    </message>
    <message>
        <source>no data for this company and report</source>
        <translation>no data for this company and report</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>too many requests: the key's daily limit (usually 20,000) is used up; try again tomorrow</source>
        <translation>too many requests: the key's daily limit (usually 20,000) is used up; try again tomorrow</translation>
    </message>
    <message>
        <source>too many companies in one request</source>
        <translation>too many companies in one request</translation>
    </message>
    <message>
        <source>a request field has an invalid value</source>
        <translation>a request field has an invalid value</translation>
    </message>
    <message>
        <source>access not allowed</source>
        <translation>access not allowed</translation>
    </message>
    <message>
        <source>OpenDART is down for maintenance; try again later</source>
        <translation>OpenDART is down for maintenance; try again later</translation>
    </message>
    <message>
        <source>an undefined error on OpenDART's side</source>
        <translation>an undefined error on OpenDART's side</translation>
    </message>
    <message>
        <source>the key's account has expired (personal data retention period); renew it on OpenDART</source>
        <translation>the key's account has expired (personal data retention period); renew it on OpenDART</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unknown status</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not an OpenDART response (an object with "status" and "list")</source>
        <translation>%1: not an OpenDART response (an object with "status" and "list")</translation>
    </message>
    <message>
        <source>%1, response %2</source>
        <translation>%1, response %2</translation>
    </message>
    <message>
        <source>%1: OpenDART answered status %2: %3</source>
        <translation>%1: OpenDART answered status %2: %3</translation>
    </message>
    <message>
        <source>%1: row %2: field '%3' is missing</source>
        <translation>%1: row %2: field '%3' is missing</translation>
    </message>
    <message>
        <source>%1: row %2: field 'bsns_year' is not a year: '%3'</source>
        <translation>%1: row %2: field 'bsns_year' is not a year: '%3'</translation>
    </message>
    <message>
        <source>%1: row %2: field 'reprt_code' is not a periodic report code (11013, 11012, 11014, 11011): '%3'</source>
        <translation>%1: row %2: field 'reprt_code' is not a periodic report code (11013, 11012, 11014, 11011): '%3'</translation>
    </message>
    <message>
        <source>%1: row %2: field 'fs_div' must be CFS or OFS: '%3'</source>
        <translation>%1: row %2: field 'fs_div' must be CFS or OFS: '%3'</translation>
    </message>
    <message>
        <source>%1: row %2: field '%3' is not an amount: '%4'</source>
        <translation>%1: row %2: field '%3' is not an amount: '%4'</translation>
    </message>
    <message>
        <source>%1: OpenDART answered status 013: %2</source>
        <translation>%1: OpenDART answered status 013: %2</translation>
    </message>
    <message>
        <source>%1: stock code %2 matches no company in the database (ticker KRX:%2)</source>
        <translation>%1: stock code %2 matches no company in the database (ticker KRX:%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 Q4 %4 is not imported: it is the annual figure minus the nine-month cumulative, and the file has no third-quarter report (11014) with that figure for the year</source>
        <translation>%1: %2 %3 Q4 %4 is not imported: it is the annual figure minus the nine-month cumulative, and the file has no third-quarter report (11014) with that figure for the year</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>operating profit</source>
        <translation>operating profit</translation>
    </message>
</context>
<context>
    <name>atlas::DartUpdateDialog</name>
    <message>
        <source>Update Figures from DART</source>
        <translation>Update Figures from DART</translation>
    </message>
    <message>
        <source>Fetches the quarterly revenue and operating profit of the companies below from OpenDART, the Financial Supervisory Service's open disclosure API, with your own API key (free at opendart.fss.or.kr). You can review every figure before it is imported.</source>
        <translation>Fetches the quarterly revenue and operating profit of the companies below from OpenDART, the Financial Supervisory Service's open disclosure API, with your own API key (free at opendart.fss.or.kr). You can review every figure before it is imported.</translation>
    </message>
    <message>
        <source>40 characters</source>
        <translation>40 characters</translation>
    </message>
    <message>
        <source>Remember the key in the desktop keyring</source>
        <translation>Remember the key in the desktop keyring</translation>
    </message>
    <message>
        <source>No company in the database has a KRX ticker (KRX:000000).</source>
        <translation>No company in the database has a KRX ticker (KRX:000000).</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>OpenDART API key:</source>
        <translation>OpenDART API key:</translation>
    </message>
    <message>
        <source>From year:</source>
        <translation>From year:</translation>
    </message>
    <message>
        <source>To year:</source>
        <translation>To year:</translation>
    </message>
    <message>
        <source>Companies:</source>
        <translation>Companies:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>OpenDART</source>
        <translation>OpenDART</translation>
    </message>
    <message>
        <source>OpenDART has no reports for these companies and years.</source>
        <translation>OpenDART has no reports for these companies and years.</translation>
    </message>
</context>
<context>
    <name>atlas::DataEdit</name>
    <message>
        <source>The %1 '%2' is not as this edit expects; the data changed under it.</source>
        <translation>The %1 '%2' is not as this edit expects; the data changed under it.</translation>
    </message>
</context>
<context>
    <name>atlas::DataFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>atlas::DataLimits</name>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>is %1 characters long; at most %2 are allowed</translation>
    </message>
    <message>
        <source>the year %1 is outside %2–%3</source>
        <translation>the year %1 is outside %2–%3</translation>
    </message>
    <message>
        <source>%1 is beyond ±%2</source>
        <translation>%1 is beyond ±%2</translation>
    </message>
    <message>
        <source>has more than %1 records; split it into smaller files</source>
        <translation>has more than %1 records; split it into smaller files</translation>
    </message>
</context>
<context>
    <name>atlas::Database</name>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1: cannot read the database: %2</translation>
    </message>
    <message>
        <source>%1: not a Telco Atlas database (it holds other tables, such as "%2")</source>
        <translation>%1: not a Telco Atlas database (it holds other tables, such as "%2")</translation>
    </message>
    <message>
        <source>%1: not a Telco Atlas database (no schema version)</source>
        <translation>%1: not a Telco Atlas database (no schema version)</translation>
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this Telco Atlas supports (%3); update the application</source>
        <translation>%1: database schema version %2 is newer than this Telco Atlas supports (%3); update the application</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: cannot open the database: %2</translation>
    </message>
    <message>
        <source>%1: cannot enable foreign keys: %2</source>
        <translation>%1: cannot enable foreign keys: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot set the journal mode: %2</source>
        <translation>%1: cannot set the journal mode: %2</translation>
    </message>
    <message>
        <source>No database file given</source>
        <translation>No database file given</translation>
    </message>
    <message>
        <source>%1: cannot open: the Qt SQLite driver is not installed (package libqt6sql6-sqlite)</source>
        <translation>%1: cannot open: the Qt SQLite driver is not installed (package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1: is a folder, not a database file</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1: not a Telco Atlas database (not an SQLite file)</source>
        <translation>%1: not a Telco Atlas database (not an SQLite file)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: cannot create the folder %2</translation>
    </message>
    <message>
        <source>%1: cannot connect: the Qt PostgreSQL driver is not installed (package libqt6sql6-psql)</source>
        <translation>%1: cannot connect: the Qt PostgreSQL driver is not installed (package libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: cannot connect to the PostgreSQL server: %2</source>
        <translation>%1: cannot connect to the PostgreSQL server: %2</translation>
    </message>
    <message>
        <source>%1: opened read-only, but it holds no Telco Atlas data yet</source>
        <translation>%1: opened read-only, but it holds no Telco Atlas data yet</translation>
    </message>
    <message>
        <source>%1: opened read-only, but it needs an upgrade to schema version %2; open it once with write access</source>
        <translation>%1: opened read-only, but it needs an upgrade to schema version %2; open it once with write access</translation>
    </message>
    <message>
        <source>%1: not a file address</source>
        <translation>%1: not a file address</translation>
    </message>
    <message>
        <source>%1: unsupported mode "%2"; use mode=ro to open read-only</source>
        <translation>%1: unsupported mode "%2"; use mode=ro to open read-only</translation>
    </message>
    <message>
        <source>%1: cannot open read-only: the file does not exist</source>
        <translation>%1: cannot open read-only: the file does not exist</translation>
    </message>
    <message>
        <source>The database %1 was opened read-only (mode=ro).</source>
        <translation>The database %1 was opened read-only (mode=ro).</translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation>The file %1 is read-only.</translation>
    </message>
    <message>
        <source>%1: cannot read the access rights: %2</source>
        <translation>%1: cannot read the access rights: %2</translation>
    </message>
    <message>
        <source>The server of %1 only accepts reads (a standby, or a read-only database).</source>
        <translation>The server of %1 only accepts reads (a standby, or a read-only database).</translation>
    </message>
    <message>
        <source>The database user "%1" may read %2 but not change it (no write access to the table "%3").</source>
        <translation>The database user "%1" may read %2 but not change it (no write access to the table "%3").</translation>
    </message>
    <message>
        <source>%1: the database is empty and the user "%2" may not create the Telco Atlas tables in it; open it once as its owner</source>
        <translation>%1: the database is empty and the user "%2" may not create the Telco Atlas tables in it; open it once as its owner</translation>
    </message>
    <message>
        <source>%1: the database needs an upgrade to schema version %2, which the user "%3" may not make; open it once as its owner</source>
        <translation>%1: the database needs an upgrade to schema version %2, which the user "%3" may not make; open it once as its owner</translation>
    </message>
    <message>
        <source>%1: the database is damaged and was not opened; it is left as it was (%2)</source>
        <translation>%1: the database is damaged and was not opened; it is left as it was (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the database: the folder %2 is read-only</source>
        <translation>%1: cannot create the database: the folder %2 is read-only</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only (%2), so the database can only be read.</source>
        <translation>The folder of %1 is read-only (%2), so the database can only be read.</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetFiles</name>
    <message>
        <source>(no extension)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <source>Telco Atlas dataset (*.json)</source>
        <translation>Telco Atlas dataset (*.json)</translation>
    </message>
    <message>
        <source>CSV events (*.csv)</source>
        <translation>CSV events (*.csv)</translation>
    </message>
    <message>
        <source>CSV entities (*entities.csv)</source>
        <translation>CSV entities (*entities.csv)</translation>
    </message>
    <message>
        <source>GraphML graph (*.graphml)</source>
        <translation>GraphML graph (*.graphml)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a ZIP archive (such as an .xlsx workbook or a .gephi project)</source>
        <translation>a ZIP archive (such as an .xlsx workbook or a .gephi project)</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>a PNG picture</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>an SQLite database</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>a gzip-compressed file</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>an empty file</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>binary data, not text</translation>
    </message>
    <message>
        <source>an XML file whose root element is &lt;%1&gt;, not GraphML or GEXF</source>
        <translation>an XML file whose root element is &lt;%1&gt;, not GraphML or GEXF</translation>
    </message>
    <message>
        <source>an XML file whose root element is &lt;%1&gt; (namespace %2), not GraphML or GEXF</source>
        <translation>an XML file whose root element is &lt;%1&gt; (namespace %2), not GraphML or GEXF</translation>
    </message>
    <message numerus="yes">
        <source>an XML file whose root element is not within its first %n KB</source>
        <translation>
            <numerusform>an XML file whose root element is not within its first %n KB</numerusform><numerusform>an XML file whose root element is not within its first %n KB</numerusform></translation>
    </message>
    <message>
        <source>a file that starts like XML but is not well-formed before its root element (line %1: %2)</source>
        <translation>a file that starts like XML but is not well-formed before its root element (line %1: %2)</translation>
    </message>
    <message>
        <source>a text file whose first line is '%1': not GraphML, GEXF, JSON, or a CSV header with the columns of events (date, kind, title, participants) or of entities (name, kind)</source>
        <translation>a text file whose first line is '%1': not GraphML, GEXF, JSON, or a CSV header with the columns of events (date, kind, title, participants) or of entities (name, kind)</translation>
    </message>
    <message>
        <source>%1: cannot import %2. Telco Atlas imports GraphML, GEXF, its JSON dataset, saved OpenDART responses and CSV files of events or entities.</source>
        <translation>%1: cannot import %2. Telco Atlas imports GraphML, GEXF, its JSON dataset, saved OpenDART responses and CSV files of events or entities.</translation>
    </message>
    <message>
        <source>%1: cannot export to files of type '%2'; Telco Atlas writes .json, .csv, .graphml and .gexf</source>
        <translation>%1: cannot export to files of type '%2'; Telco Atlas writes .json, .csv, .graphml and .gexf</translation>
    </message>
    <message>
        <source>Data files (*.json *.csv *.graphml *.gexf *.xml);;Telco Atlas dataset (*.json);;CSV events or entities (*.csv);;GraphML graph (*.graphml *.xml);;GEXF graph (*.gexf);;All files (*)</source>
        <translation>Data files (*.json *.csv *.graphml *.gexf *.xml);;Telco Atlas dataset (*.json);;CSV events or entities (*.csv);;GraphML graph (*.graphml *.xml);;GEXF graph (*.gexf);;All files (*)</translation>
    </message>
    <message>
        <source>GEXF 1.3 graph (*.gexf)</source>
        <translation>GEXF 1.3 graph (*.gexf)</translation>
    </message>
    <message>
        <source>%1: an import mapping applies to CSV, GraphML and GEXF files only</source>
        <translation>%1: an import mapping applies to CSV, GraphML and GEXF files only</translation>
    </message>
    <message>
        <source>the import mapping</source>
        <translation>the import mapping</translation>
    </message>
    <message>
        <source>GEXF 1.2 graph, for networkx 2 (*.gexf)</source>
        <translation>GEXF 1.2 graph, for networkx 2 (*.gexf)</translation>
    </message>
</context>
<context>
    <name>atlas::DatasetJson</name>
    <message>
        <source>%1: %2, field '%3': %4</source>
        <translation>%1: %2, field '%3': %4</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must be an object with "en" and/or "ko"</source>
        <translation>must be an object with "en" and/or "ko"</translation>
    </message>
    <message>
        <source>'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>unknown value '%1' (expected one of: %2)</source>
        <translation>unknown value '%1' (expected one of: %2)</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>must be an array of strings</translation>
    </message>
    <message>
        <source>'equivalent' must be an object</source>
        <translation>'equivalent' must be an object</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: the top level must be a JSON object</translation>
    </message>
    <message>
        <source>%1: not a Telco Atlas dataset (field 'format' must be "telco-atlas-dataset")</source>
        <translation>%1: not a Telco Atlas dataset (field 'format' must be "telco-atlas-dataset")</translation>
    </message>
    <message>
        <source>%1: field 'formatVersion' is missing or not a positive number</source>
        <translation>%1: field 'formatVersion' is missing or not a positive number</translation>
    </message>
    <message>
        <source>%1: dataset format version %2 is newer than this Telco Atlas reads (%3); update the application</source>
        <translation>%1: dataset format version %2 is newer than this Telco Atlas reads (%3); update the application</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform><numerusform> (and %n more problems)</numerusform></translation>
    </message>
    <message>
        <source>must be a string, a number, true or false, or {"date": "YYYY-MM-DD"}</source>
        <translation>must be a string, a number, true or false, or {"date": "YYYY-MM-DD"}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>%1: the types are not a JSON object: %2</source>
        <translation>%1: the types are not a JSON object: %2</translation>
    </message>
    <message>
        <source>must be an array of objects with from and until</source>
        <translation>must be an array of objects with from and until</translation>
    </message>
</context>
<context>
    <name>atlas::DetailsPanel</name>
    <message>
        <source>exact day</source>
        <translation>exact day</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>month only</translation>
    </message>
    <message>
        <source>quarter only</source>
        <translation>quarter only</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>year only</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Source event</source>
        <translation>Source event</translation>
    </message>
    <message>
        <source>Select a company or an event to see its details, relationships and sources.</source>
        <translation>Select a company or an event to see its details, relationships and sources.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The latest %1 of %2 events; the Events tab lists them all.</source>
        <translation>The latest %1 of %2 events; the Events tab lists them all.</translation>
    </message>
</context>
<context>
    <name>atlas::EditActions</name>
    <message>
        <source>Add &amp;Entity…</source>
        <translation>Add &amp;Entity…</translation>
    </message>
    <message>
        <source>Add a company, model or product</source>
        <translation>Add a company, model or product</translation>
    </message>
    <message>
        <source>Add E&amp;vent…</source>
        <translation>Add E&amp;vent…</translation>
    </message>
    <message>
        <source>Add a dated event with its participants, amount and sources</source>
        <translation>Add a dated event with its participants, amount and sources</translation>
    </message>
    <message>
        <source>Add &amp;Relationship…</source>
        <translation>Add &amp;Relationship…</translation>
    </message>
    <message>
        <source>Add a relationship between two entities</source>
        <translation>Add a relationship between two entities</translation>
    </message>
    <message>
        <source>Ed&amp;it Selected…</source>
        <translation>Ed&amp;it Selected…</translation>
    </message>
    <message>
        <source>Edit the selected entity, event or relationship</source>
        <translation>Edit the selected entity, event or relationship</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>&amp;Delete Selected</translation>
    </message>
    <message>
        <source>Delete the selected record; Undo brings it back</source>
        <translation>Delete the selected record; Undo brings it back</translation>
    </message>
    <message>
        <source>Cannot Change the Data</source>
        <translation>Cannot Change the Data</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Ed&amp;it %1…</source>
        <translation>Ed&amp;it %1…</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;Delete %1</translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Delete Entity</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message numerus="yes">
        <source>It takes part in %n event(s), which will no longer name it.</source>
        <translation>
            <numerusform>It takes part in %n event, which will no longer name it.</numerusform><numerusform>It takes part in %n events, which will no longer name it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) with it will be deleted.</source>
        <translation>
            <numerusform>%n relationship with it will be deleted.</numerusform><numerusform>%n relationships with it will be deleted.</numerusform></translation>
    </message>
    <message>
        <source>Edit → Undo brings everything back.</source>
        <translation>Edit → Undo brings everything back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>atlas::EditCommands</name>
    <message>
        <source>Add Entity “%1”</source>
        <translation>Add Entity “%1”</translation>
    </message>
    <message>
        <source>Edit Entity “%1”</source>
        <translation>Edit Entity “%1”</translation>
    </message>
    <message>
        <source>Delete Entity “%1”</source>
        <translation>Delete Entity “%1”</translation>
    </message>
    <message>
        <source>Add Event “%1”</source>
        <translation>Add Event “%1”</translation>
    </message>
    <message>
        <source>Edit Event “%1”</source>
        <translation>Edit Event “%1”</translation>
    </message>
    <message>
        <source>Delete Event “%1”</source>
        <translation>Delete Event “%1”</translation>
    </message>
    <message>
        <source>Add Relationship “%1”</source>
        <translation>Add Relationship “%1”</translation>
    </message>
    <message>
        <source>Edit Relationship “%1”</source>
        <translation>Edit Relationship “%1”</translation>
    </message>
    <message>
        <source>Delete Relationship “%1”</source>
        <translation>Delete Relationship “%1”</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>atlas::EntityDialog</name>
    <message>
        <source>Add Entity</source>
        <translation>Add Entity</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Edit Entity</translation>
    </message>
    <message>
        <source>e.g. KRX:030200</source>
        <translation>e.g. KRX:030200</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <source>Name (Korean):</source>
        <translation>Name (Korean):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Ticker:</source>
        <translation>Ticker:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>Description (English):</translation>
    </message>
    <message>
        <source>Description (Korean):</source>
        <translation>Description (Korean):</translation>
    </message>
    <message>
        <source>Give an English or a Korean name.</source>
        <translation>Give an English or a Korean name.</translation>
    </message>
    <message>
        <source>Give an id: lower-case letters, digits and '-'.</source>
        <translation>Give an id: lower-case letters, digits and '-'.</translation>
    </message>
    <message>
        <source>'%1' is not a valid id: use lower-case letters, digits and '-'.</source>
        <translation>'%1' is not a valid id: use lower-case letters, digits and '-'.</translation>
    </message>
    <message>
        <source>The id '%1' is already used by %2.</source>
        <translation>The id '%1' is already used by %2.</translation>
    </message>
    <message>
        <source>'%1' already names %2.</source>
        <translation>'%1' already names %2.</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributes:</translation>
    </message>
</context>
<context>
    <name>atlas::EntityListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
</context>
<context>
    <name>atlas::EventDialog</name>
    <message>
        <source>Add Event</source>
        <translation>Add Event</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Edit Event</translation>
    </message>
    <message>
        <source>2024-06-13, 2024-06, 2024-Q2 or 2024</source>
        <translation>2024-06-13, 2024-06, 2024-Q2 or 2024</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Add Participant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>No amount</translation>
    </message>
    <message>
        <source>KRW</source>
        <translation>KRW</translation>
    </message>
    <message>
        <source>1300000000 or 1.3e9</source>
        <translation>1300000000 or 1.3e9</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>in words, e.g. several trillion won</source>
        <translation>in words, e.g. several trillion won</translation>
    </message>
    <message>
        <source>Korean words</source>
        <translation>Korean words</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>Title (English):</translation>
    </message>
    <message>
        <source>Title (Korean):</source>
        <translation>Title (Korean):</translation>
    </message>
    <message>
        <source>Summary (English):</source>
        <translation>Summary (English):</translation>
    </message>
    <message>
        <source>Summary (Korean):</source>
        <translation>Summary (Korean):</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Give the date: 2024-06-13, 2024-06 (a month), 2024-Q2 (a quarter) or 2024 (a year).</source>
        <translation>Give the date: 2024-06-13, 2024-06 (a month), 2024-Q2 (a quarter) or 2024 (a year).</translation>
    </message>
    <message>
        <source>'%1' is not a date: use 2024-06-13, 2024-06, 2024-Q2 or 2024.</source>
        <translation>'%1' is not a date: use 2024-06-13, 2024-06, 2024-Q2 or 2024.</translation>
    </message>
    <message>
        <source>Give an English or a Korean title.</source>
        <translation>Give an English or a Korean title.</translation>
    </message>
    <message>
        <source>Add at least one participant.</source>
        <translation>Add at least one participant.</translation>
    </message>
    <message>
        <source>Choose the entity of participant %1.</source>
        <translation>Choose the entity of participant %1.</translation>
    </message>
    <message>
        <source>%1 takes part only once.</source>
        <translation>%1 takes part only once.</translation>
    </message>
    <message>
        <source>Give the three-letter currency code, such as KRW or USD.</source>
        <translation>Give the three-letter currency code, such as KRW or USD.</translation>
    </message>
    <message>
        <source>Give the figure in currency units, such as 1300000000 or 1.3e9.</source>
        <translation>Give the figure in currency units, such as 1300000000 or 1.3e9.</translation>
    </message>
    <message>
        <source>'%1' is not a number: write 1300000000 or 1.3e9.</source>
        <translation>'%1' is not a number: write 1300000000 or 1.3e9.</translation>
    </message>
    <message>
        <source>An amount is not negative.</source>
        <translation>An amount is not negative.</translation>
    </message>
    <message>
        <source>The largest figure is smaller than the smallest.</source>
        <translation>The largest figure is smaller than the smallest.</translation>
    </message>
    <message>
        <source>Give the amount in words, as reported.</source>
        <translation>Give the amount in words, as reported.</translation>
    </message>
    <message>
        <source>Cite at least one source.</source>
        <translation>Cite at least one source.</translation>
    </message>
    <message>
        <source>'%1' is not a valid id: use lower-case letters, digits and '-'.</source>
        <translation>'%1' is not a valid id: use lower-case letters, digits and '-'.</translation>
    </message>
    <message>
        <source>The id '%1' is already used by another event.</source>
        <translation>The id '%1' is already used by another event.</translation>
    </message>
    <message>
        <source>Give an id: lower-case letters, digits and '-'.</source>
        <translation>Give an id: lower-case letters, digits and '-'.</translation>
    </message>
</context>
<context>
    <name>atlas::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>atlas::FinancialChartBuilder</name>
    <message>
        <source>Year on Year</source>
        <translation>Year on Year</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
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
        <translation>Year on year: %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>all time</translation>
    </message>
    <message>
        <source>The data hold no financial figures.</source>
        <translation>The data hold no financial figures.</translation>
    </message>
    <message>
        <source>%1 has no financial figures in the data.</source>
        <translation>%1 has no financial figures in the data.</translation>
    </message>
    <message>
        <source>Unknown company “%1”.</source>
        <translation>Unknown company “%1”.</translation>
    </message>
    <message>
        <source>No quarter of %1 lies in the time window (%2).</source>
        <translation>No quarter of %1 lies in the time window (%2).</translation>
    </message>
    <message>
        <source>The data hold no figures of %1 for %2.</source>
        <translation>The data hold no figures of %1 for %2.</translation>
    </message>
    <message>
        <source>%1 against %2 lies outside the time window (%3). Widen the window or choose another quarter.</source>
        <translation>%1 against %2 lies outside the time window (%3). Widen the window or choose another quarter.</translation>
    </message>
    <message>
        <source>%1, year on year</source>
        <translation>%1, year on year</translation>
    </message>
    <message>
        <source>No figures for %1 to compare with.</source>
        <translation>No figures for %1 to compare with.</translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <translation>%1: %2 against %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a year earlier</source>
        <translation>a year earlier</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Change (YoY)</source>
        <translation>Change (YoY)</translation>
    </message>
    <message>
        <source>left axis</source>
        <translation>left axis</translation>
    </message>
    <message>
        <source>right axis</source>
        <translation>right axis</translation>
    </message>
    <message>
        <source>%1: quarterly results, %2 to %3</source>
        <translation>%1: quarterly results, %2 to %3</translation>
    </message>
    <message>
        <source>%1: quarterly results, %2</source>
        <translation>%1: quarterly results, %2</translation>
    </message>
    <message>
        <source>Operating margin under each quarter</source>
        <translation>Operating margin under each quarter</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>margin %1</translation>
    </message>
    <message>
        <source>%1 (left axis)</source>
        <translation>%1 (left axis)</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1 (right axis)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Operating margin</source>
        <translation>Operating margin</translation>
    </message>
    <message>
        <source>No quarter with figures lies in the time window (%1).</source>
        <translation>No quarter with figures lies in the time window (%1).</translation>
    </message>
    <message>
        <source>%1 lies outside the time window (%2). Widen the window or choose another quarter.</source>
        <translation>%1 lies outside the time window (%2). Widen the window or choose another quarter.</translation>
    </message>
    <message>
        <source>The data hold no figures for %1.</source>
        <translation>The data hold no figures for %1.</translation>
    </message>
    <message>
        <source>Operators compared: %1</source>
        <translation>Operators compared: %1</translation>
    </message>
    <message>
        <source>Year-on-year change under each value</source>
        <translation>Year-on-year change under each value</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>turned to a loss</source>
        <translation>turned to a loss</translation>
    </message>
    <message>
        <source>back to a profit</source>
        <translation>back to a profit</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>The data hold no figure for this quarter.</source>
        <translation>The data hold no figure for this quarter.</translation>
    </message>
    <message>
        <source>revenue n/a</source>
        <translation>revenue n/a</translation>
    </message>
    <message>
        <source>profit n/a</source>
        <translation>profit n/a</translation>
    </message>
    <message>
        <source>no bar or point where no source reports the figure</source>
        <translation>no bar or point where no source reports the figure</translation>
    </message>
    <message>
        <source>Operating margin under each quarter · %1</source>
        <translation>Operating margin under each quarter · %1</translation>
    </message>
    <message>
        <source>Operating margin in the figures table</source>
        <translation>Operating margin in the figures table</translation>
    </message>
    <message>
        <source>Operating margin in the figures table · %1</source>
        <translation>Operating margin in the figures table · %1</translation>
    </message>
    <message>
        <source>Not computed: a figure it needs (this quarter's or the year-ago one) is not in the data.</source>
        <translation>Not computed: a figure it needs (this quarter's or the year-ago one) is not in the data.</translation>
    </message>
</context>
<context>
    <name>atlas::FinancialTableModel</name>
    <message>
        <source>Basis: %1
Source: %2</source>
        <translation>Basis: %1
Source: %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Change (YoY)</source>
        <translation>Change (YoY)</translation>
    </message>
    <message>
        <source>Consolidated, K-IFRS</source>
        <translation>Consolidated, K-IFRS</translation>
    </message>
    <message>
        <source>Separate, K-IFRS</source>
        <translation>Separate, K-IFRS</translation>
    </message>
    <message>
        <source>Consolidated, K-IFRS; Q4 computed as the annual figure minus nine months</source>
        <translation>Consolidated, K-IFRS; Q4 computed as the annual figure minus nine months</translation>
    </message>
    <message>
        <source>Separate, K-IFRS; Q4 computed as the annual figure minus nine months</source>
        <translation>Separate, K-IFRS; Q4 computed as the annual figure minus nine months</translation>
    </message>
</context>
<context>
    <name>atlas::GexfDataset</name>
    <message>
        <source>%1: the file has no &lt;graph&gt; element</source>
        <translation>%1: the file has no &lt;graph&gt; element</translation>
    </message>
    <message>
        <source>%1, field 'id': is missing</source>
        <translation>%1, field 'id': is missing</translation>
    </message>
    <message>
        <source>%1, field 'default': %2</source>
        <translation>%1, field 'default': %2</translation>
    </message>
    <message>
        <source>%1: nodes are nested more than %2 deep</source>
        <translation>%1: nodes are nested more than %2 deep</translation>
    </message>
    <message>
        <source>'%1' is not a dateTime of the form YYYY-MM-DDThh:mm:ss with an optional time zone</source>
        <translation>'%1' is not a dateTime of the form YYYY-MM-DDThh:mm:ss with an optional time zone</translation>
    </message>
    <message>
        <source>'%1' is not a date of the form YYYY-MM-DD</source>
        <translation>'%1' is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ends before it starts (%1 to %2)</source>
        <translation>ends before it starts (%1 to %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>'%1' (%2)</source>
        <translation>'%1' (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the file gives times as numbers (timeformat '%1'), which cannot become dates: the times of %n node(s) and edge(s) were not kept</source>
        <translation>
            <numerusform>the file gives times as numbers (timeformat '%1'), which cannot become dates: the times of %n node and edge were not kept</numerusform><numerusform>the file gives times as numbers (timeformat '%1'), which cannot become dates: the times of %n nodes and edges were not kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have times (start, end or spells); entities have no dates, so these were not kept</source>
        <translation>
            <numerusform>%n node have times (start, end or spells); entities have no dates, so these were not kept</numerusform><numerusform>%n nodes have times (start, end or spells); entities have no dates, so these were not kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n edge label(s) not kept</source>
        <translation>
            <numerusform>%n edge label not kept</numerusform><numerusform>%n edge labels not kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n edge weight(s) not kept</source>
        <translation>
            <numerusform>%n edge weight not kept</numerusform><numerusform>%n edge weights not kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) from a node to itself not kept: a relationship joins two entities</source>
        <translation>
            <numerusform>%n edge from a node to itself not kept: a relationship joins two entities</numerusform><numerusform>%n edges from a node to itself not kept: a relationship joins two entities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the hierarchy (nodes inside or under other nodes) of %n node(s) was not kept; each is an entity of its own</source>
        <translation>
            <numerusform>the hierarchy (nodes inside or under other nodes) of %n node was not kept; each is an entity of its own</numerusform><numerusform>the hierarchy (nodes inside or under other nodes) of %n nodes was not kept; each is an entity of its own</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s) that change over time were not kept; the first value of each attribute stands for all</source>
        <translation>
            <numerusform>%n attribute value that change over time were not kept; the first value of each attribute stands for all</numerusform><numerusform>%n attribute values that change over time were not kept; the first value of each attribute stands for all</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have a kind that is not a built-in one; a kind of its own was defined for each: %1</source>
        <translation>
            <numerusform>%n node have a kind that is not a built-in one; a kind of its own was defined for each: %1</numerusform><numerusform>%n nodes have a kind that is not a built-in one; a kind of its own was defined for each: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) have a type that is not a built-in one; a relationship type of its own was defined for each: %1</source>
        <translation>
            <numerusform>%n edge have a type that is not a built-in one; a relationship type of its own was defined for each: %1</numerusform><numerusform>%n edges have a type that is not a built-in one; a relationship type of its own was defined for each: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the viz of %n node(s) and edge(s) (edge colours, thickness, shapes) was read and not kept</source>
        <translation>
            <numerusform>the viz of %n node and edge (edge colours, thickness, shapes) was read and not kept</numerusform><numerusform>the viz of %n nodes and edges (edge colours, thickness, shapes) was read and not kept</numerusform></translation>
    </message>
</context>
<context>
    <name>atlas::GraphFileReader</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: line %2: the text is not valid UTF-8</source>
        <translation>%1: line %2: the text is not valid UTF-8</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: line %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1: line %2: not a %3 file (the root element is &lt;%4&gt;, not &lt;%5&gt;)</source>
        <translation>%1: line %2: not a %3 file (the root element is &lt;%4&gt;, not &lt;%5&gt;)</translation>
    </message>
    <message>
        <source>%1: line %2, element '%3'</source>
        <translation>%1: line %2, element '%3'</translation>
    </message>
    <message>
        <source>%1: line %2, element '%3' ('%4')</source>
        <translation>%1: line %2, element '%3' ('%4')</translation>
    </message>
    <message>
        <source>%1, field '%2': %3</source>
        <translation>%1, field '%2': %3</translation>
    </message>
    <message>
        <source>%1: line %2: the file %3</source>
        <translation>%1: line %2: the file %3</translation>
    </message>
    <message>
        <source>%1, field 'id': is missing</source>
        <translation>%1, field 'id': is missing</translation>
    </message>
    <message>
        <source>%1, field 'id': '%2' is used more than once (first on line %3)</source>
        <translation>%1, field 'id': '%2' is used more than once (first on line %3)</translation>
    </message>
    <message>
        <source>%1, field '%2': is missing</source>
        <translation>%1, field '%2': is missing</translation>
    </message>
    <message>
        <source>'%1' is used more than once (first on line %2)</source>
        <translation>'%1' is used more than once (first on line %2)</translation>
    </message>
    <message>
        <source>unknown node '%1'</source>
        <translation>unknown node '%1'</translation>
    </message>
    <message>
        <source>unknown event '%1'</source>
        <translation>unknown event '%1'</translation>
    </message>
    <message>
        <source>'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</translation>
    </message>
    <message numerus="yes">
        <source>the attributes of %n node(s) that joined an entity the data already has were not kept; edit that entity to add them</source>
        <translation>
            <numerusform>the attributes of %n node that joined an entity the data already has were not kept; edit that entity to add them</numerusform><numerusform>the attributes of %n nodes that joined an entity the data already has were not kept; edit that entity to add them</numerusform></translation>
    </message>
    <message>
        <source>'%1' is not an interval FROM/UNTIL of dates of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>'%1' is not an interval FROM/UNTIL of dates of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</translation>
    </message>
    <message>
        <source>%1 files do not carry sources: the relationships citing sources the database does not have (%2) cite this file instead; exchange the JSON dataset to keep them</source>
        <translation>%1 files do not carry sources: the relationships citing sources the database does not have (%2) cite this file instead; exchange the JSON dataset to keep them</translation>
    </message>
</context>
<context>
    <name>atlas::GraphMlDataset</name>
    <message>
        <source>%1, field '%2': %3</source>
        <translation>%1, field '%2': %3</translation>
    </message>
    <message>
        <source>%1: line %2, element 'key', field 'id': is missing</source>
        <translation>%1: line %2, element 'key', field 'id': is missing</translation>
    </message>
    <message>
        <source>%1: hyperedges are not supported</source>
        <translation>%1: hyperedges are not supported</translation>
    </message>
    <message>
        <source>an entity cannot relate to itself</source>
        <translation>an entity cannot relate to itself</translation>
    </message>
    <message>
        <source>%1: groups are nested more than %2 deep</source>
        <translation>%1: groups are nested more than %2 deep</translation>
    </message>
    <message>
        <source>'%1' cannot name a kind or type (1 to 64 characters without spaces around)</source>
        <translation>'%1' cannot name a kind or type (1 to 64 characters without spaces around)</translation>
    </message>
</context>
<context>
    <name>atlas::GraphRender</name>
    <message>
        <source>Company graph</source>
        <translation>Company graph</translation>
    </message>
    <message>
        <source>Made with Telco Atlas</source>
        <translation>Made with Telco Atlas</translation>
    </message>
    <message>
        <source>No entity is named "%1" (try a name in English or Korean, or a ticker)</source>
        <translation>No entity is named "%1" (try a name in English or Korean, or a ticker)</translation>
    </message>
    <message>
        <source>"%1" has no relationships in the time window</source>
        <translation>"%1" has no relationships in the time window</translation>
    </message>
</context>
<context>
    <name>atlas::GraphScene</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <translation>From %1 until %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>a collapsed community</comment>
        <translation>
            <numerusform>%n entities</numerusform><numerusform>%n entities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Community %1, collapsed: %n entities. Double-click it to expand it.</source>
        <translation>
            <numerusform>Community %1, collapsed: %n entities. Double-click it to expand it.</numerusform><numerusform>Community %1, collapsed: %n entities. Double-click it to expand it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Colour: community (%n found); shape: kind</source>
        <translation>
            <numerusform>Colour: community (%n found); shape: kind</numerusform><numerusform>Colour: community (%n found); shape: kind</numerusform></translation>
    </message>
    <message>
        <source>Node area: number of relationships</source>
        <translation>Node area: number of relationships</translation>
    </message>
    <message>
        <source>Hexagon with a count: a collapsed community</source>
        <translation>Hexagon with a count: a collapsed community</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>Valid %1</translation>
    </message>
    <message>
        <source>Colour: from the file, else kind</source>
        <translation>Colour: from the file, else kind</translation>
    </message>
    <message>
        <source>Colour: from the file; shape: kind</source>
        <translation>Colour: from the file; shape: kind</translation>
    </message>
    <message>
        <source>Node size: from the file</source>
        <translation>Node size: from the file</translation>
    </message>
</context>
<context>
    <name>atlas::GraphStyle</name>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Shareholding</source>
        <translation>Shareholding</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Maker of</source>
        <translation>Maker of</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Built on</translation>
    </message>
</context>
<context>
    <name>atlas::GraphView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to View</source>
        <translation>&amp;Fit Graph to View</translation>
    </message>
    <message>
        <source>&amp;Lay Out Again</source>
        <translation>&amp;Lay Out Again</translation>
    </message>
    <message>
        <source>Lay the graph out afresh; nodes you moved stay where you put them</source>
        <translation>Lay the graph out afresh; nodes you moved stay where you put them</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Show &amp;Legend</translation>
    </message>
    <message>
        <source>Company graph</source>
        <translation>Company graph</translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1 within %n step(s) — Esc shows the whole graph</source>
        <translation>
            <numerusform>Neighbourhood of %1 within %n step — Esc shows the whole graph</numerusform><numerusform>Neighbourhood of %1 within %n steps — Esc shows the whole graph</numerusform></translation>
    </message>
    <message>
        <source>Show Neighbourhood</source>
        <translation>Show Neighbourhood</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Let the layout place this node again</source>
        <translation>Let the layout place this node again</translation>
    </message>
    <message>
        <source>Node Size by &amp;Relationships</source>
        <translation>Node Size by &amp;Relationships</translation>
    </message>
    <message>
        <source>Draw each node with an area proportional to its number of relationships, so hubs stand out; off, size follows the kind of entity</source>
        <translation>Draw each node with an area proportional to its number of relationships, so hubs stand out; off, size follows the kind of entity</translation>
    </message>
    <message>
        <source>Colour Nodes by &amp;Community</source>
        <translation>Colour Nodes by &amp;Community</translation>
    </message>
    <message>
        <source>Colour nodes by the densely linked group they belong to (found by the Louvain method) instead of by kind; shapes still show the kind</source>
        <translation>Colour nodes by the densely linked group they belong to (found by the Louvain method) instead of by kind; shapes still show the kind</translation>
    </message>
    <message>
        <source>Expand Community</source>
        <translation>Expand Community</translation>
    </message>
    <message>
        <source>Show this community's members and relationships again</source>
        <translation>Show this community's members and relationships again</translation>
    </message>
    <message>
        <source>Collapse Community</source>
        <translation>Collapse Community</translation>
    </message>
    <message>
        <source>Draw this node's community (its densely linked group) as one node, its relationships to the rest merged; expand it again from its own menu</source>
        <translation>Draw this node's community (its densely linked group) as one node, its relationships to the rest merged; expand it again from its own menu</translation>
    </message>
    <message>
        <source>&amp;Pause Layout</source>
        <translation>&amp;Pause Layout</translation>
    </message>
    <message>
        <source>Hold the layout where it is while it runs (%1); drag nodes meanwhile to pin them, then resume</source>
        <translation>Hold the layout where it is while it runs (%1); drag nodes meanwhile to pin them, then resume</translation>
    </message>
    <message>
        <source>Layout paused at %1 % — %2 resumes</source>
        <translation>Layout paused at %1 % — %2 resumes</translation>
    </message>
    <message>
        <source>Laying out: %1 % — %2 pauses; drag a node to pin it</source>
        <translation>Laying out: %1 % — %2 pauses; drag a node to pin it</translation>
    </message>
    <message>
        <source>Colour each node as the imported file coloured it (GEXF viz:color); nodes it gave no colour keep their kind's, and shapes still show the kind</source>
        <translation>Colour each node as the imported file coloured it (GEXF viz:color); nodes it gave no colour keep their kind's, and shapes still show the kind</translation>
    </message>
    <message>
        <source>No entity has a colour from an imported file (GEXF viz:color)</source>
        <translation>No entity has a colour from an imported file (GEXF viz:color)</translation>
    </message>
    <message>
        <source>Size each node as the imported file sized it (GEXF viz:size, scaled from the smallest to the largest); nodes it gave no size keep theirs</source>
        <translation>Size each node as the imported file sized it (GEXF viz:size, scaled from the smallest to the largest); nodes it gave no size keep theirs</translation>
    </message>
    <message>
        <source>No entity has a size from an imported file (GEXF viz:size)</source>
        <translation>No entity has a size from an imported file (GEXF viz:size)</translation>
    </message>
    <message>
        <source>Colour Nodes as in the &amp;File</source>
        <translation>Colour Nodes as in the &amp;File</translation>
    </message>
    <message>
        <source>Node Si&amp;ze as in the File</source>
        <translation>Node Si&amp;ze as in the File</translation>
    </message>
</context>
<context>
    <name>atlas::GraphWidget</name>
    <message>
        <source>Find an entity by name or ticker…</source>
        <translation>Find an entity by name or ticker…</translation>
    </message>
    <message>
        <source>Find an entity: English or Korean name, or ticker (%1)</source>
        <translation>Find an entity: English or Korean name, or ticker (%1)</translation>
    </message>
    <message>
        <source>Find entity</source>
        <translation>Find entity</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood:</source>
        <translation>&amp;Neighbourhood:</translation>
    </message>
    <message numerus="yes">
        <source> step(s)</source>
        <translation>
            <numerusform> step</numerusform><numerusform> steps</numerusform></translation>
    </message>
    <message>
        <source>How far a double click on a node reaches: 1 to 3 relationships</source>
        <translation>How far a double click on a node reaches: 1 to 3 relationships</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Show or hide entities by kind</source>
        <translation>Show or hide entities by kind</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Show or hide relationships by type</source>
        <translation>Show or hide relationships by type</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Show All Kinds</source>
        <translation>Show All Kinds</translation>
    </message>
    <message>
        <source>Show All Types</source>
        <translation>Show All Types</translation>
    </message>
    <message>
        <source>Find in Graph</source>
        <translation>Find in Graph</translation>
    </message>
    <message>
        <source>No entity matches “%1”.</source>
        <translation>No entity matches “%1”.</translation>
    </message>
    <message>
        <source>%1 has no relationships shown for the time window.</source>
        <translation>%1 has no relationships shown for the time window.</translation>
    </message>
    <message>
        <source>company-graph</source>
        <translation>company-graph</translation>
    </message>
    <message>
        <source>Export the graph as a PNG image or an SVG drawing</source>
        <translation>Export the graph as a PNG image or an SVG drawing</translation>
    </message>
    <message>
        <source>Export Graph as &amp;PNG Image…</source>
        <translation>Export Graph as &amp;PNG Image…</translation>
    </message>
    <message>
        <source>Export Graph as &amp;SVG Drawing…</source>
        <translation>Export Graph as &amp;SVG Drawing…</translation>
    </message>
    <message numerus="yes">
        <source>Entities (%n hidden)</source>
        <translation>
            <numerusform>Entities (%n hidden)</numerusform><numerusform>Entities (%n hidden)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Relationships (%n hidden)</source>
        <translation>
            <numerusform>Relationships (%n hidden)</numerusform><numerusform>Relationships (%n hidden)</numerusform></translation>
    </message>
</context>
<context>
    <name>atlas::ImportDialog</name>
    <message>
        <source>new, made from a name</source>
        <translation>new, made from a name</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation>Name or title</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Skip them: keep the database's records</source>
        <translation>Skip them: keep the database's records</translation>
    </message>
    <message>
        <source>Replace the database's records with the file's</source>
        <translation>Replace the database's records with the file's</translation>
    </message>
    <message>
        <source>Keep both: add the file's under new ids</source>
        <translation>Keep both: add the file's under new ids</translation>
    </message>
    <message>
        <source>Records whose id the database already uses:</source>
        <translation>Records whose id the database already uses:</translation>
    </message>
    <message>
        <source>The file adds nothing to the database.</source>
        <translation>The file adds nothing to the database.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Cannot import: %1</translation>
    </message>
    <message>
        <source>Value and source</source>
        <translation>Value and source</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation>Korean title</translation>
    </message>
    <message>
        <source>English summary</source>
        <translation>English summary</translation>
    </message>
    <message>
        <source>Korean summary</source>
        <translation>Korean summary</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>Korean name</translation>
    </message>
    <message>
        <source>ticker</source>
        <translation>ticker</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>English description</translation>
    </message>
    <message>
        <source>Korean description</source>
        <translation>Korean description</translation>
    </message>
    <message>
        <source>“%1” loses its %2</source>
        <translation>“%1” loses its %2</translation>
    </message>
    <message>
        <source>Replacing takes the file's records as they are: %1.</source>
        <translation>Replacing takes the file's records as they are: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with an id the database already uses for other content.</source>
        <translation>
            <numerusform>%n record with an id the database already uses for other content.</numerusform><numerusform>%n records with an id the database already uses for other content.</numerusform></translation>
    </message>
    <message>
        <source>%1 → %2 (sources: %3 → %4)</source>
        <translation>%1 → %2 (sources: %3 → %4)</translation>
    </message>
    <message numerus="yes">
        <source>Keep the file's layout: place %n node(s) where the file puts them</source>
        <translation>
            <numerusform>Keep the file's layout: place %n node where the file puts them</numerusform><numerusform>Keep the file's layout: place %n nodes where the file puts them</numerusform></translation>
    </message>
    <message>
        <source>Unchecked, the graph lays the imported entities out itself.</source>
        <translation>Unchecked, the graph lays the imported entities out itself.</translation>
    </message>
</context>
<context>
    <name>atlas::ImportMapping</name>
    <message>
        <source>%1: the file is empty or its header cannot be read</source>
        <translation>%1: the file is empty or its header cannot be read</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>an import mapping is a JSON object</source>
        <translation>an import mapping is a JSON object</translation>
    </message>
    <message>
        <source>not an import mapping ("format" must be "%1")</source>
        <translation>not an import mapping ("format" must be "%1")</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Telco Atlas reads version %2)</source>
        <translation>version %1 is not supported (this Telco Atlas reads version %2)</translation>
    </message>
    <message>
        <source>"%1" must be the name of a field (text)</source>
        <translation>"%1" must be the name of a field (text)</translation>
    </message>
    <message>
        <source>unknown field "%1" (known: %2)</source>
        <translation>unknown field "%1" (known: %2)</translation>
    </message>
    <message>
        <source>"keep" must be a list of field names</source>
        <translation>"keep" must be a list of field names</translation>
    </message>
    <message>
        <source>the field '%1' is mapped twice, to %2 and to %3</source>
        <translation>the field '%1' is mapped twice, to %2 and to %3</translation>
    </message>
    <message>
        <source>an edge list maps both "source" and "target"</source>
        <translation>an edge list maps both "source" and "target"</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attribute</translation>
    </message>
    <message>
        <source>%1 maps the %2, but a graph file's nodes and edges carry their own (%3 is %4)</source>
        <translation>%1 maps the %2, but a graph file's nodes and edges carry their own (%3 is %4)</translation>
    </message>
    <message>
        <source>%1 maps the %2 to %3 '%4', but %5 has no such %3 (it has: %6)</source>
        <translation>%1 maps the %2 to %3 '%4', but %5 has no such %3 (it has: %6)</translation>
    </message>
    <message>
        <source>%1 keeps the %2 '%3', but %4 has no such %2 (it has: %5)</source>
        <translation>%1 keeps the %2 '%3', but %4 has no such %2 (it has: %5)</translation>
    </message>
    <message>
        <source>%1 maps neither a name column (a list of entities) nor a source and a target column (a list of relationships) of %2</source>
        <translation>%1 maps neither a name column (a list of entities) nor a source and a target column (a list of relationships) of %2</translation>
    </message>
</context>
<context>
    <name>atlas::ImportMappingDialog</name>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Source (from):</source>
        <translation>&amp;Source (from):</translation>
    </message>
    <message>
        <source>&amp;Target (to):</source>
        <translation>&amp;Target (to):</translation>
    </message>
    <message>
        <source>Relationship &amp;type:</source>
        <translation>Relationship &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>The record's id, kept when it is made of lower-case letters, digits and '-'; others get an id made from the name.</source>
        <translation>The record's id, kept when it is made of lower-case letters, digits and '-'; others get an id made from the name.</translation>
    </message>
    <message>
        <source>The entity's name; a name the database already has joins that entity.</source>
        <translation>The entity's name; a name the database already has joins that entity.</translation>
    </message>
    <message>
        <source>The entity's kind: a built-in one (company, person, product...) in any case, or a kind of its own.</source>
        <translation>The entity's kind: a built-in one (company, person, product...) in any case, or a kind of its own.</translation>
    </message>
    <message>
        <source>The entity a relationship starts from, by name or id; with a target, each row is a relationship.</source>
        <translation>The entity a relationship starts from, by name or id; with a target, each row is a relationship.</translation>
    </message>
    <message>
        <source>The entity a relationship goes to, by name or id.</source>
        <translation>The entity a relationship goes to, by name or id.</translation>
    </message>
    <message>
        <source>The relationship's type: a built-in one (partner, invests_in...) in any case, or a type of its own.</source>
        <translation>The relationship's type: a built-in one (partner, invests_in...) in any case, or a type of its own.</translation>
    </message>
    <message>
        <source>The relationship's date, when it has no start: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.</source>
        <translation>The relationship's date, when it has no start: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.</translation>
    </message>
    <message>
        <source>From when the relationship holds.</source>
        <translation>From when the relationship holds.</translation>
    </message>
    <message>
        <source>Until when the relationship holds.</source>
        <translation>Until when the relationship holds.</translation>
    </message>
    <message>
        <source>Import Mapping — %1</source>
        <translation>Import Mapping — %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Say which column of %1 holds what. A file with source and target columns lists relationships, any other entities.</source>
        <translation>Say which column of %1 holds what. A file with source and target columns lists relationships, any other entities.</translation>
    </message>
    <message>
        <source>Say which attribute of the nodes and edges of %1 holds what.</source>
        <translation>Say which attribute of the nodes and edges of %1 holds what.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Keep as attributes</source>
        <translation>Keep as attributes</translation>
    </message>
    <message>
        <source>Checked fields become attributes of the records; unchecked ones are left out.</source>
        <translation>Checked fields become attributes of the records; unchecked ones are left out.</translation>
    </message>
    <message>
        <source>The first records of the file, each column headed by what it becomes; greyed columns are left out.</source>
        <translation>The first records of the file, each column headed by what it becomes; greyed columns are left out.</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>First nodes</source>
        <translation>First nodes</translation>
    </message>
    <message>
        <source>First edges</source>
        <translation>First edges</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Edges</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Load Profile…</source>
        <translation>&amp;Load Profile…</translation>
    </message>
    <message>
        <source>Read the choices from a profile file saved before.</source>
        <translation>Read the choices from a profile file saved before.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile…</source>
        <translation>Sa&amp;ve Profile…</translation>
    </message>
    <message>
        <source>Save these choices as a profile file, for the next file of this shape or for telco-atlas --import FILE --mapping PROFILE.json.</source>
        <translation>Save these choices as a profile file, for the next file of this shape or for telco-atlas --import FILE --mapping PROFILE.json.</translation>
    </message>
    <message>
        <source>Load Import Profile</source>
        <translation>Load Import Profile</translation>
    </message>
    <message>
        <source>Import profiles (*.json)</source>
        <translation>Import profiles (*.json)</translation>
    </message>
    <message>
        <source>Cannot Load Profile</source>
        <translation>Cannot Load Profile</translation>
    </message>
    <message>
        <source>Save Import Profile</source>
        <translation>Save Import Profile</translation>
    </message>
    <message>
        <source>Cannot Save Profile</source>
        <translation>Cannot Save Profile</translation>
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
(attribute)</translation>
    </message>
    <message>
        <source>%1
(left out)</source>
        <translation>%1
(left out)</translation>
    </message>
    <message>
        <source>Choose both a source and a target column, or neither.</source>
        <translation>Choose both a source and a target column, or neither.</translation>
    </message>
    <message>
        <source>Each row becomes a relationship from the entity named in '%1' to the one named in '%2'; names the database does not know become new entities.</source>
        <translation>Each row becomes a relationship from the entity named in '%1' to the one named in '%2'; names the database does not know become new entities.</translation>
    </message>
    <message>
        <source>Each row becomes an entity named by the column '%1'.</source>
        <translation>Each row becomes an entity named by the column '%1'.</translation>
    </message>
    <message>
        <source>Choose the name column (a list of entities), or the source and target columns (a list of relationships).</source>
        <translation>Choose the name column (a list of entities), or the source and target columns (a list of relationships).</translation>
    </message>
    <message>
        <source>Nodes become entities and edges relationships.</source>
        <translation>Nodes become entities and edges relationships.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>relationship type</source>
        <translation>relationship type</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>%1
(the record's id)</source>
        <translation>%1
(the record's id)</translation>
    </message>
</context>
<context>
    <name>atlas::ImportMessages</name>
    <message>
        <source>import cancelled</source>
        <translation>import cancelled</translation>
    </message>
</context>
<context>
    <name>atlas::ImportPlan</name>
    <message>
        <source>%1: %2 '%3', field 'id': is used more than once in the file</source>
        <translation>%1: %2 '%3', field 'id': is used more than once in the file</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform><numerusform> (and %n more problems)</numerusform></translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>replaces current</source>
        <translation>replaces current</translation>
    </message>
    <message>
        <source>added under a new id</source>
        <translation>added under a new id</translation>
    </message>
    <message>
        <source>skipped (id taken)</source>
        <translation>skipped (id taken)</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>already present</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>financial figure</source>
        <translation>financial figure</translation>
    </message>
    <message>
        <source>not needed: cited only by records not imported</source>
        <translation>not needed: cited only by records not imported</translation>
    </message>
</context>
<context>
    <name>atlas::ImportService</name>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n new record</numerusform><numerusform>%n new records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform><numerusform>%n skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform><numerusform>%n already present</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>Names the database did not know become new entities: %1.</source>
        <translation>Names the database did not know become new entities: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacing the database's record(s)</source>
        <translation>
            <numerusform>%n replacing the database's record</numerusform><numerusform>%n replacing the database's records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) left out, cited only by records not imported</source>
        <translation>
            <numerusform>%n source left out, cited only by records not imported</numerusform><numerusform>%n sources left out, cited only by records not imported</numerusform></translation>
    </message>
    <message>
        <source>Not kept or changed:</source>
        <translation>Not kept or changed:</translation>
    </message>
</context>
<context>
    <name>atlas::Importer</name>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Cannot Import</translation>
    </message>
    <message>
        <source>Cannot Keep the Layout</source>
        <translation>Cannot Keep the Layout</translation>
    </message>
</context>
<context>
    <name>atlas::Keyring</name>
    <message>
        <source>Cannot keep the password in the keyring: %1</source>
        <translation>Cannot keep the password in the keyring: %1</translation>
    </message>
    <message>
        <source>No desktop keyring is available: the key is used for this session only.</source>
        <translation>No desktop keyring is available: the key is used for this session only.</translation>
    </message>
    <message>
        <source>The desktop keyring refused access: the key is used for this session only.</source>
        <translation>The desktop keyring refused access: the key is used for this session only.</translation>
    </message>
    <message>
        <source>The desktop keyring failed (%1): the key is used for this session only.</source>
        <translation>The desktop keyring failed (%1): the key is used for this session only.</translation>
    </message>
</context>
<context>
    <name>atlas::Kinds</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI model</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Public body</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Earnings</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>investor</translation>
    </message>
    <message>
        <source>investee</source>
        <translation>investee</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>supplier</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>founder</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>maker</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>regulator</source>
        <translation>regulator</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>partners with</translation>
    </message>
    <message>
        <source>invests in</source>
        <translation>invests in</translation>
    </message>
    <message>
        <source>is a shareholder of</source>
        <translation>is a shareholder of</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>supplies</translation>
    </message>
    <message>
        <source>is a member of</source>
        <translation>is a member of</translation>
    </message>
    <message>
        <source>makes</source>
        <translation>makes</translation>
    </message>
    <message>
        <source>is built on</source>
        <translation>is built on</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximate</translation>
    </message>
    <message>
        <source>range</source>
        <translation>range</translation>
    </message>
    <message>
        <source>indicative</source>
        <translation>indicative</translation>
    </message>
    <message>
        <source>undisclosed</source>
        <translation>undisclosed</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Operating profit</source>
        <translation>Operating profit</translation>
    </message>
</context>
<context>
    <name>atlas::LanePicker</name>
    <message>
        <source>Choose Lanes</source>
        <translation>Choose Lanes</translation>
    </message>
    <message>
        <source>Search names and kinds</source>
        <translation>Search names and kinds</translation>
    </message>
    <message>
        <source>Show only the entities whose English or Korean name or kind contains this text</source>
        <translation>Show only the entities whose English or Korean name or kind contains this text</translation>
    </message>
    <message>
        <source>Checked entities get a lane of their own, whatever the window shows</source>
        <translation>Checked entities get a lane of their own, whatever the window shows</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln event(s)</source>
        <translation>
            <numerusform>%1 — %2, %Ln event</numerusform><numerusform>%1 — %2, %Ln events</numerusform></translation>
    </message>
    <message>
        <source>&amp;Most active in the window after the checked lanes</source>
        <translation>&amp;Most active in the window after the checked lanes</translation>
    </message>
    <message>
        <source>The companies busiest over the whole data that take part in the window fill the lanes after the checked ones; the rest share an Other lane</source>
        <translation>The companies busiest over the whole data that take part in the window fill the lanes after the checked ones; the rest share an Other lane</translation>
    </message>
    <message>
        <source>&amp;Only the checked lanes</source>
        <translation>&amp;Only the checked lanes</translation>
    </message>
    <message>
        <source>Show exactly the checked entities (and the selected one)</source>
        <translation>Show exactly the checked entities (and the selected one)</translation>
    </message>
    <message>
        <source>&amp;Group lanes by kind</source>
        <translation>&amp;Group lanes by kind</translation>
    </message>
    <message>
        <source>Companies, people, products and the other kinds each keep their lanes together</source>
        <translation>Companies, people, products and the other kinds each keep their lanes together</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>&amp;Uncheck All</translation>
    </message>
    <message>
        <source>%1 of %2 shown, %3 checked</source>
        <translation>%1 of %2 shown, %3 checked</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent Database</source>
        <translation>Open &amp;Recent Database</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open or create a Telco Atlas database file</source>
        <translation>Open or create a Telco Atlas database file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>&amp;Find Events</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Clear &amp;Selection</translation>
    </message>
    <message>
        <source>Show Only Events of the Selected &amp;Entity</source>
        <translation>Show Only Events of the Selected &amp;Entity</translation>
    </message>
    <message>
        <source>&amp;All Time</source>
        <translation>&amp;All Time</translation>
    </message>
    <message>
        <source>Show the whole time span of the data (Ctrl+0)</source>
        <translation>Show the whole time span of the data (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;About Telco Atlas</source>
        <translation>&amp;About Telco Atlas</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Quarterly Results</source>
        <translation>Quarterly Results</translation>
    </message>
    <message>
        <source>Search events in English or Korean (Ctrl+F)</source>
        <translation>Search events in English or Korean (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name or ticker</source>
        <translation>Filter by name or ticker</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Start of the time window every view follows</source>
        <translation>Start of the time window every view follows</translation>
    </message>
    <message>
        <source>End of the time window every view follows</source>
        <translation>End of the time window every view follows</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Show only events of one kind</source>
        <translation>Show only events of one kind</translation>
    </message>
    <message>
        <source>%1 of %2 events · %3 entities · %4</source>
        <translation>%1 of %2 events · %3 entities · %4</translation>
    </message>
    <message>
        <source>This database holds no events yet.</source>
        <translation>This database holds no events yet.</translation>
    </message>
    <message>
        <source>No event matches the search, kind and time window. Press Ctrl+0 for all time or clear the search.</source>
        <translation>No event matches the search, kind and time window. Press Ctrl+0 for all time or clear the search.</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>Open or Create Database</translation>
    </message>
    <message>
        <source>Telco Atlas databases (*.sqlite *.db);;All files (*)</source>
        <translation>Telco Atlas databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>About Telco Atlas</source>
        <translation>About Telco Atlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Telco Atlas %1&lt;/h3&gt;&lt;p&gt;A timeline and relationship explorer of the telecom AI race.&lt;/p&gt;&lt;p&gt;Dataset: %2 (version %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Telco Atlas %1&lt;/h3&gt;&lt;p&gt;A timeline and relationship explorer of the telecom AI race.&lt;/p&gt;&lt;p&gt;Dataset: %2 (version %3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Events Table</source>
        <translation>&amp;Events Table</translation>
    </message>
    <message>
        <source>Financial &amp;Charts</source>
        <translation>Financial &amp;Charts</translation>
    </message>
    <message>
        <source>&amp;Print Briefing…</source>
        <translation>&amp;Print Briefing…</translation>
    </message>
    <message>
        <source>Preview and print a sourced briefing of the current time window</source>
        <translation>Preview and print a sourced briefing of the current time window</translation>
    </message>
    <message>
        <source>Export &amp;Briefing as PDF…</source>
        <translation>Export &amp;Briefing as PDF…</translation>
    </message>
    <message>
        <source>Write a sourced briefing of the current time window as a PDF file</source>
        <translation>Write a sourced briefing of the current time window as a PDF file</translation>
    </message>
    <message>
        <source>Export &amp;View</source>
        <translation>Export &amp;View</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Financial Charts</source>
        <translation>Financial Charts</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>Print Briefing</translation>
    </message>
    <message>
        <source>Export Briefing as PDF</source>
        <translation>Export Briefing as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>&amp;Export Data…</translation>
    </message>
    <message>
        <source>Write the whole database as JSON, CSV or GraphML</source>
        <translation>Write the whole database as JSON, CSV or GraphML</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Merge a JSON, CSV or GraphML file into this database, with a preview</source>
        <translation>Merge a JSON, CSV or GraphML file into this database, with a preview</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Export Data</translation>
    </message>
    <message>
        <source>Company &amp;Graph</source>
        <translation>Company &amp;Graph</translation>
    </message>
    <message>
        <source>Company Graph</source>
        <translation>Company Graph</translation>
    </message>
    <message>
        <source>Update Figures from &amp;DART…</source>
        <translation>Update Figures from &amp;DART…</translation>
    </message>
    <message>
        <source>Fetch the quarterly figures of the companies with a KRX ticker from OpenDART, with a preview</source>
        <translation>Fetch the quarterly figures of the companies with a KRX ticker from OpenDART, with a preview</translation>
    </message>
    <message>
        <source>Updated figures from DART</source>
        <translation>Updated figures from DART</translation>
    </message>
    <message>
        <source>Open &amp;Server Database…</source>
        <translation>Open &amp;Server Database…</translation>
    </message>
    <message>
        <source>Open a shared PostgreSQL database by its address</source>
        <translation>Open a shared PostgreSQL database by its address</translation>
    </message>
    <message>
        <source>Open Server Database</source>
        <translation>Open Server Database</translation>
    </message>
    <message>
        <source>PostgreSQL address, such as postgresql://analyst@db.example.com/atlas?sslmode=require
The password is asked for when the server wants one, or comes from the keyring or ~/.pgpass.</source>
        <translation>PostgreSQL address, such as postgresql://analyst@db.example.com/atlas?sslmode=require
The password is asked for when the server wants one, or comes from the keyring or ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address; it starts with postgresql://</source>
        <translation>%1 is not a PostgreSQL address; it starts with postgresql://</translation>
    </message>
    <message>
        <source>Read-only: %1 Adding, editing, deleting and importing are off; export, print and briefings work.</source>
        <translation>Read-only: %1 Adding, editing, deleting and importing are off; export, print and briefings work.</translation>
    </message>
    <message>
        <source>Data as opened</source>
        <translation>Data as opened</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Show All Events</source>
        <translation>Show All Events</translation>
    </message>
    <message>
        <source>List the events of every entity; View → Show Only Events of the Selected Entity turns the filter off for good</source>
        <translation>List the events of every entity; View → Show Only Events of the Selected Entity turns the filter off for good</translation>
    </message>
    <message>
        <source>Only the events of %1 (the selected entity).</source>
        <translation>Only the events of %1 (the selected entity).</translation>
    </message>
    <message>
        <source>No event of %1 matches the search, kind and time window. Show all events, press Ctrl+0 for all time or clear the search.</source>
        <translation>No event of %1 matches the search, kind and time window. Show all events, press Ctrl+0 for all time or clear the search.</translation>
    </message>
    <message>
        <source>Company graph, events table, financial charts</source>
        <translation>Company graph, events table, financial charts</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Search the events</translation>
    </message>
    <message>
        <source>Show the whole graph again after a double click; then clear the selection</source>
        <translation>Show the whole graph again after a double click; then clear the selection</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Graph: double click</source>
        <translation>Graph: double click</translation>
    </message>
    <message>
        <source>Show a node's neighbourhood</source>
        <translation>Show a node's neighbourhood</translation>
    </message>
    <message>
        <source>Graph: arrows, Tab</source>
        <translation>Graph: arrows, Tab</translation>
    </message>
    <message>
        <source>Move between nodes; Enter shows the details, Space selects</source>
        <translation>Move between nodes; Enter shows the details, Space selects</translation>
    </message>
    <message>
        <source>Graph: Shift+arrows, drag</source>
        <translation>Graph: Shift+arrows, drag</translation>
    </message>
    <message>
        <source>Move (pin) a node; Undo or “Unpin” in its menu puts it back</source>
        <translation>Move (pin) a node; Undo or “Unpin” in its menu puts it back</translation>
    </message>
    <message>
        <source>Graph: Ctrl+Shift+G</source>
        <translation>Graph: Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Find an entity in the graph</source>
        <translation>Find an entity in the graph</translation>
    </message>
    <message>
        <source>Graph: F, Ctrl++, Ctrl+-</source>
        <translation>Graph: F, Ctrl++, Ctrl+-</translation>
    </message>
    <message>
        <source>Fit the graph, zoom in, zoom out</source>
        <translation>Fit the graph, zoom in, zoom out</translation>
    </message>
    <message>
        <source>Timeline: +, -, F</source>
        <translation>Timeline: +, -, F</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show all time</source>
        <translation>Zoom in, zoom out, show all time</translation>
    </message>
    <message>
        <source>Timeline: Space, Ctrl+Left, Ctrl+Right</source>
        <translation>Timeline: Space, Ctrl+Left, Ctrl+Right</translation>
    </message>
    <message>
        <source>Play, step back, step forward a month</source>
        <translation>Play, step back, step forward a month</translation>
    </message>
    <message>
        <source>Charts: Alt+1, Alt+2, Alt+3</source>
        <translation>Charts: Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Year on year, trend, peers</source>
        <translation>Year on year, trend, peers</translation>
    </message>
    <message>
        <source>Ctrl+C in a table</source>
        <translation>Ctrl+C in a table</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Copy the selected cells</translation>
    </message>
    <message>
        <source>Add an event, an entity, a relationship</source>
        <translation>Add an event, an entity, a relationship</translation>
    </message>
    <message>
        <source>Edit or delete the selected record</source>
        <translation>Edit or delete the selected record</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Undo, redo</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Export Graph</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Export Timeline</translation>
    </message>
    <message>
        <source>Timeline: L, P</source>
        <translation>Timeline: L, P</translation>
    </message>
    <message>
        <source>Choose lanes; pin the selected entity's lane</source>
        <translation>Choose lanes; pin the selected entity's lane</translation>
    </message>
    <message>
        <source>Timeline: Up, Down, Page Up, Page Down</source>
        <translation>Timeline: Up, Down, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Scroll the lanes when they do not all fit</source>
        <translation>Scroll the lanes when they do not all fit</translation>
    </message>
    <message>
        <source>Pin a Timeline Lane</source>
        <translation>Pin a Timeline Lane</translation>
    </message>
    <message>
        <source>Keep a lane for this entity on the timeline whatever the window</source>
        <translation>Keep a lane for this entity on the timeline whatever the window</translation>
    </message>
    <message>
        <source>Matches titles, summaries, participant names and tickers in both languages, and attribute values; conditions on attributes filter too: kind = song, performances &gt; 100, "first played" &lt; 1970-01-01</source>
        <translation>Matches titles, summaries, participant names and tickers in both languages, and attribute values; conditions on attributes filter too: kind = song, performances &gt; 100, "first played" &lt; 1970-01-01</translation>
    </message>
    <message>
        <source>Matches names, tickers and attribute values; conditions on attributes filter too: kind = song, performances &gt; 100</source>
        <translation>Matches names, tickers and attribute values; conditions on attributes filter too: kind = song, performances &gt; 100</translation>
    </message>
    <message>
        <source>&amp;Kinds and Types…</source>
        <translation>&amp;Kinds and Types…</translation>
    </message>
    <message>
        <source>Rename, recolour or turn the entity kinds and relationship types of this data</source>
        <translation>Rename, recolour or turn the entity kinds and relationship types of this data</translation>
    </message>
    <message>
        <source>Kinds and Types</source>
        <translation>Kinds and Types</translation>
    </message>
    <message>
        <source>This data is read-only; the change was not made.</source>
        <translation>This data is read-only; the change was not made.</translation>
    </message>
    <message>
        <source>Edit Kinds and Types</source>
        <translation>Edit Kinds and Types</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading the events of %1…</source>
        <translation>Reading the events of %1…</translation>
    </message>
    <message>
        <source>%1 is still being read.</source>
        <translation>%1 is still being read.</translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation>Reading %1… %2%</translation>
    </message>
    <message>
        <source>Reading the events of %1… %2%</source>
        <translation>Reading the events of %1… %2%</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop reading %1 and go on with %2</source>
        <translation>Stop reading %1 and go on with %2</translation>
    </message>
    <message>
        <source>Stopped reading %1</source>
        <translation>Stopped reading %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Checking %1 for damage; editing starts when it is done.</source>
        <translation>Checking %1 for damage; editing starts when it is done.</translation>
    </message>
    <message>
        <source>%1 · checking for damage…</source>
        <translation>%1 · checking for damage…</translation>
    </message>
    <message>
        <source>%1 is being checked for damage.</source>
        <translation>%1 is being checked for damage.</translation>
    </message>
</context>
<context>
    <name>atlas::Migrator</name>
    <message>
        <source>This build of Telco Atlas has no database migrations built in</source>
        <translation>This build of Telco Atlas has no database migrations built in</translation>
    </message>
    <message>
        <source>The database has no readable schema version</source>
        <translation>The database has no readable schema version</translation>
    </message>
    <message>
        <source>Database schema version %1 is newer than this Telco Atlas supports (%2); update the application</source>
        <translation>Database schema version %1 is newer than this Telco Atlas supports (%2); update the application</translation>
    </message>
    <message>
        <source>There is no database schema version %1</source>
        <translation>There is no database schema version %1</translation>
    </message>
    <message>
        <source>Cannot downgrade the database schema from version %1 to %2</source>
        <translation>Cannot downgrade the database schema from version %1 to %2</translation>
    </message>
    <message>
        <source>Cannot read migration %1: %2</source>
        <translation>Cannot read migration %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema version %1: %2</source>
        <translation>Cannot start the upgrade to schema version %1: %2</translation>
    </message>
    <message>
        <source>Migration %1, statement %2 failed: %3</source>
        <translation>Migration %1, statement %2 failed: %3</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>Cannot record schema version %1: %2</translation>
    </message>
    <message>
        <source>Cannot commit the upgrade to schema version %1: %2</source>
        <translation>Cannot commit the upgrade to schema version %1: %2</translation>
    </message>
</context>
<context>
    <name>atlas::MiniMap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Overview: click or drag to move the view</translation>
    </message>
</context>
<context>
    <name>atlas::MoveNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Unpin %1</translation>
    </message>
</context>
<context>
    <name>atlas::PasswordDialog</name>
    <message>
        <source>Database Password</source>
        <translation>Database Password</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Remember in the keyring</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring, never in a file; ~/.pgpass and PGPASSWORD work too</source>
        <translation>Keep the password in the desktop keyring, never in a file; ~/.pgpass and PGPASSWORD work too</translation>
    </message>
</context>
<context>
    <name>atlas::PictureDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Fit to a size of</source>
        <translation>Fit to a size of</translation>
    </message>
    <message>
        <source>Off: the picture at its natural size (a PNG at most 4,096 pixels on its longer side). On: the drawing fitted to this size.</source>
        <translation>Off: the picture at its natural size (a PNG at most 4,096 pixels on its longer side). On: the drawing fitted to this size.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Picture width</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Picture height</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
</context>
<context>
    <name>atlas::PictureFile</name>
    <message>
        <source>the picture would be too large</source>
        <translation>the picture would be too large</translation>
    </message>
    <message>
        <source>Cannot write %1: the picture has no size</source>
        <translation>Cannot write %1: the picture has no size</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the picture could not be drawn</source>
        <translation>the picture could not be drawn</translation>
    </message>
    <message>
        <source>Cannot write %1: the file name must end in .svg or .png</source>
        <translation>Cannot write %1: the file name must end in .svg or .png</translation>
    </message>
</context>
<context>
    <name>atlas::PostgresAddress</name>
    <message>
        <source>%1: not a valid PostgreSQL address; expected postgresql://user@host[:port]/database</source>
        <translation>%1: not a valid PostgreSQL address; expected postgresql://user@host[:port]/database</translation>
    </message>
    <message>
        <source>%1: unsupported connection option "%2"</source>
        <translation>%1: unsupported connection option "%2"</translation>
    </message>
</context>
<context>
    <name>atlas::RecordDialog</name>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributes:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
</context>
<context>
    <name>atlas::RelationshipDialog</name>
    <message>
        <source>Add Relationship</source>
        <translation>Add Relationship</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Edit Relationship</translation>
    </message>
    <message>
        <source>unknown start</source>
        <translation>unknown start</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>From the event:</source>
        <translation>From the event:</translation>
    </message>
    <message>
        <source>Choose the entity the relationship starts from.</source>
        <translation>Choose the entity the relationship starts from.</translation>
    </message>
    <message>
        <source>Choose the other entity.</source>
        <translation>Choose the other entity.</translation>
    </message>
    <message>
        <source>An entity cannot relate to itself: choose another.</source>
        <translation>An entity cannot relate to itself: choose another.</translation>
    </message>
    <message>
        <source>'%1' is not a date: use 2024-06-13, 2024-06, 2024-Q2 or 2024, or leave it empty.</source>
        <translation>'%1' is not a date: use 2024-06-13, 2024-06, 2024-Q2 or 2024, or leave it empty.</translation>
    </message>
    <message>
        <source>The relationship ends before it starts.</source>
        <translation>The relationship ends before it starts.</translation>
    </message>
    <message>
        <source>Choose the event it came from, or cite a source.</source>
        <translation>Choose the event it came from, or cite a source.</translation>
    </message>
    <message>
        <source>'%1' is not a valid id: use lower-case letters, digits and '-'.</source>
        <translation>'%1' is not a valid id: use lower-case letters, digits and '-'.</translation>
    </message>
    <message>
        <source>The id '%1' is already used by another relationship.</source>
        <translation>The id '%1' is already used by another relationship.</translation>
    </message>
    <message>
        <source>further intervals, e.g. 2020/2021; 2023/</source>
        <translation>further intervals, e.g. 2020/2021; 2023/</translation>
    </message>
    <message>
        <source>When the relationship held again after a gap: FROM/UNTIL for each further interval, separated by ';'. A bound may be empty (unknown start, open end).</source>
        <translation>When the relationship held again after a gap: FROM/UNTIL for each further interval, separated by ';'. A bound may be empty (unknown start, open end).</translation>
    </message>
    <message>
        <source>Also valid:</source>
        <translation>Also valid:</translation>
    </message>
    <message>
        <source>'%1' is not an interval: write FROM/UNTIL with dates such as 2020, 2020-Q2, 2020-06 or 2020-06-13 (either may be empty), and separate intervals with ';'.</source>
        <translation>'%1' is not an interval: write FROM/UNTIL with dates such as 2020, 2020-Q2, 2020-06 or 2020-06-13 (either may be empty), and separate intervals with ';'.</translation>
    </message>
    <message>
        <source>The interval %1/%2 ends before it starts.</source>
        <translation>The interval %1/%2 ends before it starts.</translation>
    </message>
</context>
<context>
    <name>atlas::RelationshipModel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>Valid %1</translation>
    </message>
</context>
<context>
    <name>atlas::Repository</name>
    <message>
        <source>Cannot prepare "%1": %2</source>
        <translation>Cannot prepare "%1": %2</translation>
    </message>
    <message>
        <source>Cannot read the order of %1: %2</source>
        <translation>Cannot read the order of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the dataset information: %1</source>
        <translation>Cannot read the dataset information: %1</translation>
    </message>
    <message>
        <source>Cannot save the dataset information: %1</source>
        <translation>Cannot save the dataset information: %1</translation>
    </message>
    <message>
        <source>Cannot save source "%1": %2</source>
        <translation>Cannot save source "%1": %2</translation>
    </message>
    <message>
        <source>Cannot save entity "%1": %2</source>
        <translation>Cannot save entity "%1": %2</translation>
    </message>
    <message>
        <source>Cannot save event "%1": %2</source>
        <translation>Cannot save event "%1": %2</translation>
    </message>
    <message>
        <source>Cannot save participant "%1" of event "%2": %3</source>
        <translation>Cannot save participant "%1" of event "%2": %3</translation>
    </message>
    <message>
        <source>Cannot save source "%1" of event "%2": %3</source>
        <translation>Cannot save source "%1" of event "%2": %3</translation>
    </message>
    <message>
        <source>Cannot save the amount of event "%1": %2</source>
        <translation>Cannot save the amount of event "%1": %2</translation>
    </message>
    <message>
        <source>Cannot save relationship "%1": %2</source>
        <translation>Cannot save relationship "%1": %2</translation>
    </message>
    <message>
        <source>Cannot save source "%1" of relationship "%2": %3</source>
        <translation>Cannot save source "%1" of relationship "%2": %3</translation>
    </message>
    <message>
        <source>Cannot save financial figure "%1": %2</source>
        <translation>Cannot save financial figure "%1": %2</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Cannot read the database: %1</translation>
    </message>
    <message>
        <source>Cannot delete the old contents of %1: %2</source>
        <translation>Cannot delete the old contents of %1: %2</translation>
    </message>
    <message>
        <source>Cannot restore the saved position of "%1": %2</source>
        <translation>Cannot restore the saved position of "%1": %2</translation>
    </message>
    <message>
        <source>Cannot read the database: a row refers to the missing event "%1"</source>
        <translation>Cannot read the database: a row refers to the missing event "%1"</translation>
    </message>
    <message>
        <source>Cannot read the amount of event "%1": its rows do not form one amount</source>
        <translation>Cannot read the amount of event "%1": its rows do not form one amount</translation>
    </message>
    <message>
        <source>Cannot read the database: a row refers to the missing relationship "%1"</source>
        <translation>Cannot read the database: a row refers to the missing relationship "%1"</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>The database is not open</translation>
    </message>
    <message>
        <source>This database has no place for graph positions; open it once to upgrade it</source>
        <translation>This database has no place for graph positions; open it once to upgrade it</translation>
    </message>
    <message>
        <source>Cannot save the graph layout: %1</source>
        <translation>Cannot save the graph layout: %1</translation>
    </message>
    <message>
        <source>Cannot save the graph position of "%1": %2</source>
        <translation>Cannot save the graph position of "%1": %2</translation>
    </message>
    <message>
        <source>Cannot save the order of %1: %2</source>
        <translation>Cannot save the order of %1: %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>financial figure</source>
        <translation>financial figure</translation>
    </message>
    <message>
        <source>Cannot lock the change log: %1</source>
        <translation>Cannot lock the change log: %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Cannot read the change log: %1</translation>
    </message>
    <message>
        <source>Cannot record the change: %1</source>
        <translation>Cannot record the change: %1</translation>
    </message>
    <message>
        <source>Cannot record the change of "%1": %2</source>
        <translation>Cannot record the change of "%1": %2</translation>
    </message>
    <message>
        <source>Cannot notify other clients: %1</source>
        <translation>Cannot notify other clients: %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>Cannot read the version of "%1": %2</source>
        <translation>Cannot read the version of "%1": %2</translation>
    </message>
    <message>
        <source>The %1 "%2" was deleted by someone else at %3, after this window read it. Nothing was saved.</source>
        <translation>The %1 "%2" was deleted by someone else at %3, after this window read it. Nothing was saved.</translation>
    </message>
    <message>
        <source>The %1 "%2" was changed by someone else at %3, after this window read it. Nothing was saved; the window shows the current record.</source>
        <translation>The %1 "%2" was changed by someone else at %3, after this window read it. Nothing was saved; the window shows the current record.</translation>
    </message>
    <message>
        <source>The %1 "%2" was added by someone else at %3, after this window read the data. Nothing was saved; the window shows the current record.</source>
        <translation>The %1 "%2" was added by someone else at %3, after this window read the data. Nothing was saved; the window shows the current record.</translation>
    </message>
    <message>
        <source>Cannot prune the change log: %1</source>
        <translation>Cannot prune the change log: %1</translation>
    </message>
    <message>
        <source>Cannot read the %1 "%2": unknown value in column %3</source>
        <translation>Cannot read the %1 "%2": unknown value in column %3</translation>
    </message>
    <message>
        <source>Cannot delete %1 "%2": %3</source>
        <translation>Cannot delete %1 "%2": %3</translation>
    </message>
    <message>
        <source>Cannot save interval %1 of relationship "%2": %3</source>
        <translation>Cannot save interval %1 of relationship "%2": %3</translation>
    </message>
    <message>
        <source>This database is too old to store relationship "%1" with several intervals; open it once with write access to upgrade it</source>
        <translation>This database is too old to store relationship "%1" with several intervals; open it once with write access to upgrade it</translation>
    </message>
    <message>
        <source>the write was rolled back</source>
        <translation>the write was rolled back</translation>
    </message>
    <message>
        <source>Reading the database was stopped</source>
        <translation>Reading the database was stopped</translation>
    </message>
</context>
<context>
    <name>atlas::SourceListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Cite</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Publisher (default: the site)</source>
        <translation>Publisher (default: the site)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Add New Source</source>
        <translation>Add New Source</translation>
    </message>
    <message>
        <source>A source address starts with https:// or http://.</source>
        <translation>A source address starts with https:// or http://.</translation>
    </message>
    <message>
        <source>Press Add New Source to cite the new source, or clear its fields.</source>
        <translation>Press Add New Source to cite the new source, or clear its fields.</translation>
    </message>
</context>
<context>
    <name>atlas::ThreadConnection</name>
    <message>
        <source>%1: cannot open a second connection to read the data: %2</source>
        <translation>%1: cannot open a second connection to read the data: %2</translation>
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
        <translation>Drag to choose the time window; double-click for all time</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineRender</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>All data</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineRenderer</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>No dated events in this window</source>
        <translation>No dated events in this window</translation>
    </message>
    <message>
        <source>≈ approximate amount</source>
        <translation>≈ approximate amount</translation>
    </message>
    <message>
        <source>month, quarter or year</source>
        <translation>month, quarter or year</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Click to zoom in</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 event</numerusform><numerusform>%1 events</numerusform></translation>
    </message>
    <message>
        <source>Too many at once for this lane's height: drag the top edge of the timeline up to see each one</source>
        <translation>Too many at once for this lane's height: drag the top edge of the timeline up to see each one</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>unknown start</source>
        <translation>unknown start</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Interval %1 of %2: %3 – %4</source>
        <translation>Interval %1 of %2: %3 – %4</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>Valid %1 – %2</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineView</name>
    <message>
        <source>Events none of whose participants has a lane of its own</source>
        <translation>Events none of whose participants has a lane of its own</translation>
    </message>
    <message>
        <source>Unpin the Lane of %1</source>
        <translation>Unpin the Lane of %1</translation>
    </message>
    <message>
        <source>Pin a Lane for %1</source>
        <translation>Pin a Lane for %1</translation>
    </message>
    <message>
        <source>Choose Lanes…</source>
        <translation>Choose Lanes…</translation>
    </message>
    <message>
        <source>Fill with the Most Active Companies</source>
        <translation>Fill with the Most Active Companies</translation>
    </message>
    <message>
        <source>Group Lanes by Kind</source>
        <translation>Group Lanes by Kind</translation>
    </message>
    <message>
        <source>Unpin All Lanes</source>
        <translation>Unpin All Lanes</translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>Preparing the timeline…</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineWidget</name>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Zoom in (+, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>Zoom out (-, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Fit All</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show all time (F)</source>
        <translation>Show all time (F)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Play: move the window forward a month at a time (Space)</source>
        <translation>Play: move the window forward a month at a time (Space)</translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation>Step Forward</translation>
    </message>
    <message>
        <source>Move the window a month later (Ctrl+Right)</source>
        <translation>Move the window a month later (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>Step Back</translation>
    </message>
    <message>
        <source>Move the window a month earlier (Ctrl+Left)</source>
        <translation>Move the window a month earlier (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG or SVG image</source>
        <translation>Save the timeline as a PNG or SVG image</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Choose the time window</source>
        <translation>Choose the time window</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Speed:</translation>
    </message>
    <message>
        <source>How fast play moves the window</source>
        <translation>How fast play moves the window</translation>
    </message>
    <message>
        <source>All Time</source>
        <translation>All Time</translation>
    </message>
    <message>
        <source>Last 12 Months of Data</source>
        <translation>Last 12 Months of Data</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Export Timeline…</source>
        <translation>Export Timeline…</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <source>Choose Lanes…</source>
        <translation>Choose Lanes…</translation>
    </message>
    <message>
        <source>Lanes…</source>
        <translation>Lanes…</translation>
    </message>
    <message>
        <source>Choose which companies and other entities get a lane (L)</source>
        <translation>Choose which companies and other entities get a lane (L)</translation>
    </message>
    <message>
        <source>Pin Lane</source>
        <translation>Pin Lane</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Keep a lane for the selected entity whatever the window (P)</source>
        <translation>Keep a lane for the selected entity whatever the window (P)</translation>
    </message>
</context>
<context>
    <name>atlas::TypeDialog</name>
    <message>
        <source>Kinds and Types</source>
        <translation>Kinds and Types</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Shape or line</source>
        <translation>Shape or line</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Entity kind</source>
        <translation>Entity kind</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relationship type</translation>
    </message>
    <message>
        <source>from → to</source>
        <translation>from → to</translation>
    </message>
    <message>
        <source>Kinds and relationship types of this data beyond the built-in ones. Colours are written #rrggbb or picked with Colour…; a Korean label left empty shows the English one. Importing a graph whose nodes or edges name other types defines them too.</source>
        <translation>Kinds and relationship types of this data beyond the built-in ones. Colours are written #rrggbb or picked with Colour…; a Korean label left empty shows the English one. Importing a graph whose nodes or edges name other types defines them too.</translation>
    </message>
    <message>
        <source>New Kind…</source>
        <translation>New Kind…</translation>
    </message>
    <message>
        <source>New Relationship Type…</source>
        <translation>New Relationship Type…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>'%1' is already defined.</source>
        <translation>'%1' is already defined.</translation>
    </message>
    <message>
        <source>'%1' cannot be a key: 1 to 64 characters, not a built-in kind or type.</source>
        <translation>'%1' cannot be a key: 1 to 64 characters, not a built-in kind or type.</translation>
    </message>
    <message numerus="yes">
        <source>The kind '%1' is used by %n entity(ies); give them another kind first.</source>
        <translation>
            <numerusform>The kind '%1' is used by %n entity(ies); give them another kind first.</numerusform><numerusform>The kind '%1' is used by %n entity(ies); give them another kind first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The relationship type '%1' is used by %n relationship(s); give them another type first.</source>
        <translation>
            <numerusform>The relationship type '%1' is used by %n relationship; give them another type first.</numerusform><numerusform>The relationship type '%1' is used by %n relationships; give them another type first.</numerusform></translation>
    </message>
    <message>
        <source>New Kind</source>
        <translation>New Kind</translation>
    </message>
    <message>
        <source>New Relationship Type</source>
        <translation>New Relationship Type</translation>
    </message>
    <message>
        <source>Key (stored in files and the database; it cannot be changed later):</source>
        <translation>Key (stored in files and the database; it cannot be changed later):</translation>
    </message>
    <message>
        <source>Colour of '%1'</source>
        <translation>Colour of '%1'</translation>
    </message>
</context>
<context>
    <name>atlas::TypeStore</name>
    <message>
        <source>Cannot save the type "%1": %2</source>
        <translation>Cannot save the type "%1": %2</translation>
    </message>
    <message>
        <source>This database is too old to store user-defined kinds and types; open it once with write access to upgrade it</source>
        <translation>This database is too old to store user-defined kinds and types; open it once with write access to upgrade it</translation>
    </message>
    <message>
        <source>Cannot replace the types: %1</source>
        <translation>Cannot replace the types: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the type statements: %1</source>
        <translation>Cannot prepare the type statements: %1</translation>
    </message>
    <message>
        <source>Cannot read the types: %1</source>
        <translation>Cannot read the types: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Validator</name>
    <message>
        <source>%1 '%2', field '%3': %4</source>
        <translation>%1 '%2', field '%3': %4</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and '-'</source>
        <translation>must be lower-case letters, digits and '-'</translation>
    </message>
    <message>
        <source>is used more than once</source>
        <translation>is used more than once</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>needs at least one source</translation>
    </message>
    <message>
        <source>refers to unknown source '%1'</source>
        <translation>refers to unknown source '%1'</translation>
    </message>
    <message>
        <source>needs a three-letter currency code</source>
        <translation>needs a three-letter currency code</translation>
    </message>
    <message>
        <source>an exact or approximate amount needs a value</source>
        <translation>an exact or approximate amount needs a value</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>a range needs min and max</source>
        <translation>a range needs min and max</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min is greater than max</translation>
    </message>
    <message>
        <source>an indicative amount needs its words in text</source>
        <translation>an indicative amount needs its words in text</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>must be an http(s) address</source>
        <translation>must be an http(s) address</translation>
    </message>
    <message>
        <source>needs an English or Korean name</source>
        <translation>needs an English or Korean name</translation>
    </message>
    <message>
        <source>is missing or not YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>is missing or not YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</translation>
    </message>
    <message>
        <source>needs an English or Korean title</source>
        <translation>needs an English or Korean title</translation>
    </message>
    <message>
        <source>needs at least one participant</source>
        <translation>needs at least one participant</translation>
    </message>
    <message>
        <source>refers to unknown entity '%1'</source>
        <translation>refers to unknown entity '%1'</translation>
    </message>
    <message>
        <source>an entity cannot relate to itself</source>
        <translation>an entity cannot relate to itself</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>ends before it starts</translation>
    </message>
    <message>
        <source>refers to unknown event '%1'</source>
        <translation>refers to unknown event '%1'</translation>
    </message>
    <message>
        <source>must be a quarter, YYYY-Qn</source>
        <translation>must be a quarter, YYYY-Qn</translation>
    </message>
    <message>
        <source>the same figure appears more than once</source>
        <translation>the same figure appears more than once</translation>
    </message>
    <message>
        <source>has %1 attributes; at most %2 are allowed</source>
        <translation>has %1 attributes; at most %2 are allowed</translation>
    </message>
    <message>
        <source>an attribute has no name</source>
        <translation>an attribute has no name</translation>
    </message>
    <message>
        <source>the attribute '%1' is given more than once</source>
        <translation>the attribute '%1' is given more than once</translation>
    </message>
    <message>
        <source>the attribute '%1' is not a valid date</source>
        <translation>the attribute '%1' is not a valid date</translation>
    </message>
    <message>
        <source>refers to unknown kind '%1'</source>
        <translation>refers to unknown kind '%1'</translation>
    </message>
    <message>
        <source>must be 1 to 64 characters and not a built-in key</source>
        <translation>must be 1 to 64 characters and not a built-in key</translation>
    </message>
    <message>
        <source>must be a colour, #rrggbb</source>
        <translation>must be a colour, #rrggbb</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>must be one of %1</translation>
    </message>
    <message>
        <source>refers to unknown relationship type '%1'</source>
        <translation>refers to unknown relationship type '%1'</translation>
    </message>
    <message>
        <source>interval %1 (%2 to %3) ends before it starts</source>
        <translation>interval %1 (%2 to %3) ends before it starts</translation>
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
        <translation>%1: cannot store the built-in dataset: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed by another user came in from the database.</source>
        <translation>
            <numerusform>%n record changed by another user came in from the database.</numerusform><numerusform>%n records changed by another user came in from the database.</numerusform></translation>
    </message>
    <message>
        <source>The connection to %1 is lost; nothing was changed. Telco Atlas reconnects by itself: try again once the banner is gone.</source>
        <translation>The connection to %1 is lost; nothing was changed. Telco Atlas reconnects by itself: try again once the banner is gone.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; nothing was changed. Telco Atlas reconnects by itself: try again once the banner is gone.</source>
        <translation>The connection to %1 was lost; nothing was changed. Telco Atlas reconnects by itself: try again once the banner is gone.</translation>
    </message>
    <message>
        <source>The connection to %1 is lost. Reconnecting…; until then the data shown may be out of date and edits are refused.</source>
        <translation>The connection to %1 is lost. Reconnecting…; until then the data shown may be out of date and edits are refused.</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>Reconnected to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n graph node(s) moved by another user.</source>
        <translation>
            <numerusform>%n graph node moved by another user.</numerusform><numerusform>%n graph nodes moved by another user.</numerusform></translation>
    </message>
    <message>
        <source>%1 is still being read; nothing was changed. Try again in a moment.</source>
        <translation>%1 is still being read; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>Reading %1 was stopped.</translation>
    </message>
    <message>
        <source>%1 is being checked for damage; nothing was changed. Try again in a moment.</source>
        <translation>%1 is being checked for damage; nothing was changed. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>atlas::WriteTransaction</name>
    <message>
        <source>The database %1 is in use by another program, which kept it locked for %2 seconds; nothing was written. Try again when the other program has finished (%3)</source>
        <translation>The database %1 is in use by another program, which kept it locked for %2 seconds; nothing was written. Try again when the other program has finished (%3)</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot commit the changes: %1</source>
        <translation>Cannot commit the changes: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Cannot Open Database</translation>
    </message>
</context>
</TS>