<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>Newsdesk::Net::FileImport</name>
    <message>
        <source>no such file or folder</source>
        <translation>沒有這個檔案或資料夾</translation>
    </message>
    <message>
        <source>larger than 10 MB, too large to be an article</source>
        <translation>大於 10 MB，不可能是一篇文章</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>不是文字檔（含有二進位資料）</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文字</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Render::PageBuilder</name>
    <message>
        <source>Markdown source</source>
        <translation>Markdown 原始檔</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Tickers</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>Related Stocks</source>
        <translation>相關股票</translation>
    </message>
    <message>
        <source>Related News</source>
        <translation>相關資訊</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無標題</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Render::PageRenderer</name>
    <message>
        <source>This article took too long to format, so it is shown as plain text.</source>
        <translation>這篇文章排版耗時過長，因此以純文字顯示。</translation>
    </message>
    <message>
        <source>This article could not be formatted, so it is shown as plain text.</source>
        <translation>這篇文章無法排版，因此以純文字顯示。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::AppSchemeHandler</name>
    <message>
        <source>No library</source>
        <translation>沒有資料庫</translation>
    </message>
    <message>
        <source>The reader has no library open.</source>
        <translation>閱讀器沒有開啟任何資料庫。</translation>
    </message>
    <message>
        <source>Article not found</source>
        <translation>找不到文章</translation>
    </message>
    <message>
        <source>This article is not in the library.</source>
        <translation>資料庫中沒有這篇文章。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ExternalLinks</name>
    <message>
        <source>Links of this kind are not opened: %1</source>
        <translation>不會開啟此類連結：%1</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>開啟連結</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>在網頁瀏覽器中開啟此連結？</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>不再詢問</translation>
    </message>
    <message>
        <source>Could not start a web browser for %1</source>
        <translation>無法啟動網頁瀏覽器開啟 %1</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>已複製連結：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::Importer</name>
    <message>
        <source>the library could not be opened: %1</source>
        <translation>無法開啟資料庫：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::MainWindow</name>
    <message>
        <source>Importing %v of %m</source>
        <translation>正在匯入 %v / %m</translation>
    </message>
    <message>
        <source>Could not change the bookmark: %1</source>
        <translation>無法更改書籤：%1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation>歡迎使用 Newsdesk</translation>
    </message>
    <message>
        <source>Your library is empty. Load the sample library (a few articles in English, 简体中文 and 繁體中文) to see how Newsdesk works?</source>
        <translation>您的資料庫是空的。要載入示例資料庫（幾篇 English、简体中文及繁體中文文章）看看 Newsdesk 如何運作嗎？</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>關於 Newsdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;A desktop reader for market news.&lt;/p&gt;&lt;p&gt;Articles are stored on this computer; nothing in an article runs as a program, and nothing is loaded from the network unless you allow it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;市場資訊桌面閱讀器。&lt;/p&gt;&lt;p&gt;文章儲存在本機；文章中的任何內容都不會作為程式執行，除非您允許，否則不會從網絡載入任何內容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Import markdown files</source>
        <translation>匯入 Markdown 檔案</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Library</source>
        <translation>載入示例資料庫(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh Subscriptions</source>
        <translation>重新整理訂閱(&amp;R)</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>離線工作(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>搜尋文章(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重設縮放(&amp;R)</translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation>檢視原始檔(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前進(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>下一篇未讀文章(&amp;U)</translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation>向下捲動或下一篇未讀</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>書籤(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark this article (kept for offline reading)</source>
        <translation>將此文章加入書籤（儲存以供離線閱讀）</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>標記為未讀(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>在瀏覽器中開啟原文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>關於 Newsdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+F or /)</source>
        <translation>搜尋文章（Ctrl+F 或 /）</translation>
    </message>
    <message>
        <source>Refreshing %v of %m</source>
        <translation>正在重新整理 %v / %m</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed: %n new article(s)</source>
        <translation>
            <numerusform>已重新整理：%n 篇新文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <translation>
            <numerusform>%1：%n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored for offline reading: %1</source>
        <translation>已儲存以供離線閱讀：%1</translation>
    </message>
    <message>
        <source>%1 could not be found.</source>
        <translation>找不到%1。</translation>
    </message>
    <message>
        <source>Offline: nothing is fetched until the network is back</source>
        <translation>離線：網絡恢復前不會下載任何內容</translation>
    </message>
    <message>
        <source>Online again</source>
        <translation>已重新連線</translation>
    </message>
    <message>
        <source>%1 is not stored, and Newsdesk is offline.</source>
        <translation>%1 尚未儲存，而 Newsdesk 處於離線狀態。</translation>
    </message>
    <message>
        <source>%1 could not be fetched: the server did not answer in time.</source>
        <translation>無法下載%1：伺服器未能及時回應。</translation>
    </message>
    <message>
        <source>%1 could not be fetched: the server answered with an error (%2).</source>
        <translation>無法下載%1：伺服器回傳錯誤（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>無法下載%1：%2</translation>
    </message>
    <message>
        <source>%1 could not be fetched: the server did not send an article.</source>
        <translation>無法下載%1：伺服器傳回的不是文章。</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>已取消下載%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) on your watchlist</source>
        <translation>
            <numerusform>自選股有 %n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the latest news on %1…</source>
        <translation>正在下載 %1 的最新資訊…</translation>
    </message>
    <message>
        <source>Subscribed to the news on %1</source>
        <translation>已訂閱 %1 的資訊</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在重新整理…</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>已有匯入正在進行</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>已匯入 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation>
            <numerusform>%n 篇已存在</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 個檔案無法匯入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>匯入文章</translation>
    </message>
    <message>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation>Markdown 文章 (*.md *.markdown);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>匯入文章資料夾</translation>
    </message>
    <message>
        <source>Could not open the article: %1</source>
        <translation>無法開啟文章：%1</translation>
    </message>
    <message>
        <source>Could not mark the article read: %1</source>
        <translation>無法將文章標記為已讀：%1</translation>
    </message>
    <message>
        <source>%1 is not stored, and fetching is not available.</source>
        <translation>%1 尚未儲存，且無法下載。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入%1…</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>“%1” is not stored, and fetching is not available.</source>
        <translation>「%1」尚未儲存，且無法下載。</translation>
    </message>
    <message>
        <source>Fetching “%1”…</source>
        <translation>正在下載「%1」…</translation>
    </message>
    <message>
        <source>No more unread articles in this list</source>
        <translation>此列表中沒有更多未讀文章</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>已加入書籤：%1</translation>
    </message>
    <message>
        <source>Bookmark removed: %1</source>
        <translation>已移除書籤：%1</translation>
    </message>
    <message>
        <source>Could not mark the article unread: %1</source>
        <translation>無法將文章標記為未讀：%1</translation>
    </message>
    <message>
        <source>Could not open %1 in a web browser</source>
        <translation>無法在網頁瀏覽器中開啟 %1</translation>
    </message>
    <message>
        <source>Su&amp;bscribe…</source>
        <translation>訂閱(&amp;B)…</translation>
    </message>
    <message>
        <source>Subscribe to a news page or feed</source>
        <translation>訂閱資訊頁面或資訊來源</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>訂閱</translation>
    </message>
    <message>
        <source>Address of a news page, a ticker&apos;s news page or a feed:
for example https://longbridge.com/en/news.md or …/quote/AAPL.US/news.md</source>
        <translation>資訊頁面、個股資訊頁面或資訊來源的地址：
例如 https://longbridge.com/zh-HK/news.md 或 …/quote/AAPL.US/news.md</translation>
    </message>
    <message>
        <source>Not a web address: %1</source>
        <translation>不是網址：%1</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>已訂閱 %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>上次更新：%1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次錯誤：%1</translation>
    </message>
    <message>
        <source>No articles match “%1” here.</source>
        <translation>這裏沒有與「%1」相符的文章。</translation>
    </message>
    <message>
        <source>No articles yet.

Import markdown files (Ctrl+O), drop them here, or load the sample library from the File menu.</source>
        <translation>還沒有文章。

匯入 Markdown 檔案（Ctrl+O）、把檔案拖到這裏，或從「檔案」選單載入示例資料庫。</translation>
    </message>
    <message>
        <source>Nothing unread.</source>
        <translation>沒有未讀文章。</translation>
    </message>
    <message>
        <source>No bookmarks yet. Press B to bookmark the article you are reading.</source>
        <translation>還沒有書籤。按 B 可將正在閱讀的文章加入書籤。</translation>
    </message>
    <message>
        <source>The watchlist is empty. Add a ticker below the sidebar, or open a ticker from an article.</source>
        <translation>自選股是空的。在側欄下方新增股票，或從文章中開啟股票。</translation>
    </message>
    <message>
        <source>No stored articles here.</source>
        <translation>這裏沒有已儲存的文章。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderApp</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>The library %1 could not be opened:
%2</source>
        <translation>無法開啟資料庫 %1：
%2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderPane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>選擇一篇文章，在此閱讀。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::SettingsDialog</name>
    <message>
        <source>Load remote images in articles</source>
        <translation>載入文章中的遠端圖片</translation>
    </message>
    <message>
        <source>Work offline (no request leaves the computer)</source>
        <translation>離線工作（不向網絡發出任何請求）</translation>
    </message>
    <message>
        <source>Notify me of new articles on watchlist tickers</source>
        <translation>自選股有新文章時通知我</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>每次詢問</translation>
    </message>
    <message>
        <source>Open in the system browser</source>
        <translation>在系統瀏覽器中開啟</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Off: images show as placeholders unless they are stored for offline reading</source>
        <translation>關閉時：除非已儲存以供離線閱讀，否則圖片顯示為佔位圖</translation>
    </message>
    <message>
        <source>Preferred reading language:</source>
        <translation>首選閱讀語言：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>縮放：</translation>
    </message>
    <message>
        <source>External links:</source>
        <translation>外部連結：</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>介面語言：</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::Sidebar</name>
    <message>
        <source>All Articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>自選股</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Add ticker to watchlist…</source>
        <translation>新增股票到自選股…</translation>
    </message>
    <message>
        <source>Type a ticker such as AAPL.US or 700.HK and press Enter</source>
        <translation>輸入股票代號（如 AAPL.US 或 700.HK）後按 Enter</translation>
    </message>
    <message>
        <source>Articles on any ticker of the watchlist; drag tickers to reorder</source>
        <translation>與任一自選股相關的文章；拖曳股票可調整次序</translation>
    </message>
    <message>
        <source>“%1” is not a ticker: write CODE.MARKET, for example AAPL.US or 700.HK</source>
        <translation>「%1」不是股票代號：請寫成 代號.市場，例如 AAPL.US 或 700.HK</translation>
    </message>
    <message>
        <source>%1 is already on the watchlist</source>
        <translation>%1 已在自選股中</translation>
    </message>
    <message>
        <source>Could not add %1 to the watchlist: %2</source>
        <translation>無法將 %1 新增到自選股：%2</translation>
    </message>
    <message>
        <source>Added %1 to the watchlist</source>
        <translation>已將 %1 新增到自選股</translation>
    </message>
    <message>
        <source>Could not remove %1 from the watchlist: %2</source>
        <translation>無法從自選股移除 %1：%2</translation>
    </message>
    <message>
        <source>Removed %1 from the watchlist</source>
        <translation>已從自選股移除 %1</translation>
    </message>
    <message>
        <source>Could not move %1: %2</source>
        <translation>無法移動 %1：%2</translation>
    </message>
    <message>
        <source>Remove %1 from Watchlist</source>
        <translation>從自選股移除 %1</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add Ticker to Watchlist…</source>
        <translation>新增股票到自選股…</translation>
    </message>
    <message>
        <source>Refresh This Source</source>
        <translation>重新整理此來源</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消訂閱</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerHeader</name>
    <message numerus="yes">
        <source>%n stored article(s) relate to or mention this ticker</source>
        <translation>
            <numerusform>已儲存 %n 篇與該股票相關或提及該股票的文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Watchlist</source>
        <translation>從自選股移除</translation>
    </message>
    <message>
        <source>Add to Watchlist</source>
        <translation>加入自選股</translation>
    </message>
    <message>
        <source>Fetch Latest News</source>
        <translation>下載最新資訊</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>已訂閱</translation>
    </message>
    <message>
        <source>Subscribe to News</source>
        <translation>訂閱資訊</translation>
    </message>
    <message>
        <source>Subscribe to this ticker&apos;s news page, refreshed on a schedule</source>
        <translation>訂閱該股票的資訊頁面，並定時重新整理</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TimeFormat</name>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小時前</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
</context>
</TS>
