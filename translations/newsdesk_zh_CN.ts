<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Newsdesk::Ui::AppSchemeHandler</name>
    <message>
        <source>No library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader has no library open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ExternalLinks</name>
    <message>
        <source>Links of this kind are not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a web browser for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::Importer</name>
    <message>
        <source>the library could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 10 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::MainWindow</name>
    <message>
        <source>Importing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the bookmark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty. Load the sample library (a few articles in English, 简体中文 and 繁體中文) to see how Newsdesk works?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;A desktop reader for market news.&lt;/p&gt;&lt;p&gt;Articles are stored on this computer; nothing in an article runs as a program, and nothing is loaded from the network unless you allow it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this article (kept for offline reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed: %n new article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stored for offline reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: nothing is fetched until the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not stored, and Newsdesk is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: the server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: the server answered with an error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: the server did not send an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) on your watchlist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the latest news on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to the news on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the article read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not stored, and fetching is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not stored, and fetching is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more unread articles in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the article unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in a web browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderApp</name>
    <message>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderPane</name>
    <message>
        <source>Show this article in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not stored yet: fetch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::SettingsDialog</name>
    <message>
        <source>Load remote images in articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline (no request leaves the computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of new articles on watchlist tickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: images show as placeholders unless they are stored for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred reading language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::Sidebar</name>
    <message>
        <source>All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ticker to watchlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a ticker such as AAPL.US or 700.HK and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles on any ticker of the watchlist; drag tickers to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ticker: write CODE.MARKET, for example AAPL.US or 700.HK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1 to the watchlist: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1 from the watchlist: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ticker to Watchlist…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerHeader</name>
    <message numerus="yes">
        <source>%n stored article(s) relate to or mention this ticker</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch Latest News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to this ticker&apos;s news page, refreshed on a schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TimeFormat</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
