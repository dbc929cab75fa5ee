<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>已匯入 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged</source>
        <translation>
            <numerusform>%n 個檔案未變</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 個檔案無法匯入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::ArticleJob</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the server sent an empty document</source>
        <translation>伺服器傳回的文件是空的</translation>
    </message>
    <message>
        <source>the answer holds no article (no title and no text)</source>
        <translation>回應中沒有文章（既無標題亦無內文）</translation>
    </message>
    <message>
        <source>the article has no URL or news id to store it under</source>
        <translation>文章沒有可用作儲存的網址或資訊編號</translation>
    </message>
    <message>
        <source>the %1 version (%2) could not be fetched: %3</source>
        <translation>無法下載%1版本（%2）：%3</translation>
    </message>
    <message>
        <source>the %1 version (%2) is empty; not stored</source>
        <translation>%1版本（%2）是空的，未有儲存</translation>
    </message>
    <message>
        <source>the %1 version (%2) is a different article (%3); not stored</source>
        <translation>%1版本（%2）是另一篇文章（%3），未有儲存</translation>
    </message>
    <message>
        <source>the %1 version (%2) holds no article; not stored</source>
        <translation>%1版本（%2）中沒有文章，未有儲存</translation>
    </message>
    <message>
        <source>the %1 version could not be stored: %2</source>
        <translation>無法儲存%1版本：%2</translation>
    </message>
    <message>
        <source>the answer is a different article (%1), not a version of %2; not stored</source>
        <translation>回應是另一篇文章（%1），不是 %2 的版本；未儲存</translation>
    </message>
    <message>
        <source>the %1 version (%2) is on another site than the article; not fetched</source>
        <translation>%1 版本（%2）位於與文章不同的網站；未擷取</translation>
    </message>
    <message>
        <source>the server says the document is unchanged, but no copy of it is stored</source>
        <translation>伺服器說該文件未改變，但庫中沒有它的副本</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::ContentCheck</name>
    <message>
        <source>the server answered with an HTML page, not a markdown document</source>
        <translation>伺服器傳回的是 HTML 網頁，而不是 Markdown 文件</translation>
    </message>
    <message>
        <source>the server answered with &apos;%1&apos;, not a markdown document</source>
        <translation>伺服器傳回的是「%1」，而不是 Markdown 文件</translation>
    </message>
    <message>
        <source>the document is in the &apos;%1&apos; character set, which Newsdesk cannot read</source>
        <translation>文件使用「%1」字元集，Newsdesk 無法讀取</translation>
    </message>
    <message>
        <source>the document is not valid &apos;%1&apos; text</source>
        <translation>文件不是有效的「%1」文字</translation>
    </message>
    <message>
        <source>the server sent no content type, so it is not an image</source>
        <translation>伺服器未有註明內容類型，因此不是圖片</translation>
    </message>
    <message>
        <source>the server answered with &apos;%1&apos;, not an image</source>
        <translation>伺服器傳回的是「%1」，而不是圖片</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::FetchPolicy</name>
    <message>
        <source>the redirect to %1 is refused: %2</source>
        <translation>重新導向至 %1 被拒絕：%2</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 被拒絕：%2</translation>
    </message>
    <message>
        <source>only http and https addresses are fetched</source>
        <translation>只擷取 http 及 https 位址</translation>
    </message>
    <message>
        <source>the address names no host</source>
        <translation>該位址沒有主機名稱</translation>
    </message>
    <message>
        <source>%1 is an internal address (loopback, private, link-local or multicast), and a document from a file may not reach one</source>
        <translation>%1 是內部位址（迴環、私有、鏈路本地或多點傳送），來自檔案的文件不得存取內部位址</translation>
    </message>
    <message>
        <source>%1 is an internal address (loopback, private, link-local or multicast), and only documents from %2 may reach it</source>
        <translation>%1 是內部位址（迴環、私有、鏈路本地或多點傳送），只有來自 %2 的文件可以存取它</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::FetchService</name>
    <message>
        <source>&apos;%1&apos; is not a news id</source>
        <translation>「%1」不是資訊編號</translation>
    </message>
    <message>
        <source>no such request</source>
        <translation>沒有這個請求</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::FetchWorker</name>
    <message>
        <source>the article is not in the library</source>
        <translation>資料庫中沒有這篇文章</translation>
    </message>
    <message>
        <source>no %1 version of this article is known</source>
        <translation>這篇文章沒有已知的%1版本</translation>
    </message>
    <message>
        <source>not subscribed to %1</source>
        <translation>未有訂閱 %1</translation>
    </message>
    <message>
        <source>%1 is being refreshed already</source>
        <translation>%1 已在重新整理中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation>「%1」不是 http 或 https 網址</translation>
    </message>
    <message>
        <source>offline: the subscription will be refreshed once online</source>
        <translation>離線：連線後將重新整理此訂閱</translation>
    </message>
    <message>
        <source>the image is not in the library, and remote images are off</source>
        <translation>資料庫中沒有這張圖片，而遠端圖片已關閉</translation>
    </message>
    <message>
        <source>an offline copy is still incomplete: %1</source>
        <translation>離線副本仍不完整：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::Fetcher</name>
    <message>
        <source>offline mode is on, so nothing was fetched; turn it off to fetch</source>
        <translation>離線模式已開啟，因此沒有下載任何內容；關閉離線模式即可下載</translation>
    </message>
    <message>
        <source>the system reports no network connection, so nothing was fetched</source>
        <translation>系統報告沒有網絡連線，因此沒有下載任何內容</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation>「%1」不是 http 或 https 網址</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::ImageCheck</name>
    <message>
        <source>the image is %1 × %2 pixels, over the limit of %3 million pixels; not stored or shown</source>
        <translation>圖片為 %1 × %2 像素，超過 %3 百萬像素的上限；不儲存也不顯示</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::OfflineCopyJob</name>
    <message>
        <source>%1 parts of the offline copy are missing; first: %2</source>
        <translation>離線副本欠缺 %1 個部分；第一個：%2</translation>
    </message>
    <message>
        <source>the article is not in the library</source>
        <translation>資料庫中沒有這篇文章</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the version at %1: %2</source>
        <translation>位於 %1 的版本：%2</translation>
    </message>
    <message>
        <source>the image %1: %2</source>
        <translation>圖片 %1：%2</translation>
    </message>
    <message>
        <source>the %1 version (%2) is on another site than the article; not fetched</source>
        <translation>%1 版本（%2）位於與文章不同的網站；未擷取</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::RefreshJob</name>
    <message>
        <source>the answer is not a news list or feed (no articles found in it)</source>
        <translation>回應不是資訊列表或資訊來源（其中找不到文章）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 of %2 articles could not be fetched; first: %3</source>
        <translation>%2 篇文章中有 %1 篇無法下載；第一篇：%3</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::Transfer</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no complete answer within %1 (the server is too slow or stalled)</source>
        <translation>%1 內未收到完整回應（伺服器太慢或已停頓）</translation>
    </message>
    <message>
        <source>the server announced %1, over the %2 limit</source>
        <translation>伺服器聲明大小為 %1，超過 %2 的上限</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 limit; stopped reading</source>
        <translation>回應超過 %1 的上限；已停止讀取</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>伺服器回傳 HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 (%2)</source>
        <translation>伺服器回傳 HTTP %1（%2）</translation>
    </message>
    <message>
        <source>host not found: %1 (DNS lookup failed)</source>
        <translation>找不到主機：%1（DNS 查詢失敗）</translation>
    </message>
    <message>
        <source>connection refused by %1 (nothing is listening there)</source>
        <translation>%1 拒絕連線（該位址上沒有服務在監聽）</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived (%1 of %2 bytes): the document is cut short</source>
        <translation>連線在完整回應到達前關閉（只收到 %2 位元組中的 %1 位元組）：文件不完整</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived (%1 bytes): the document is cut short</source>
        <translation>連線在完整回應到達前關閉（收到 %1 位元組）：文件不完整</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>伺服器未有回應就關閉了連線</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>連線逾時</translation>
    </message>
    <message>
        <source>too many redirects (more than %1): the server redirects in a loop</source>
        <translation>重新導向次數過多（超過 %1 次）：伺服器在循環重新導向</translation>
    </message>
    <message>
        <source>the server redirected from HTTPS to an insecure address; not followed</source>
        <translation>伺服器從 HTTPS 重新導向至不安全的網址；未有跟隨</translation>
    </message>
    <message>
        <source>secure connection failed: %1</source>
        <translation>安全連線失敗：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&apos;%1&apos; addresses cannot be fetched (only http and https)</source>
        <translation>無法下載「%1」網址（只支援 http 和 https）</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>網絡不可用</translation>
    </message>
    <message>
        <source>the server sent an invalid Content-Length (%1): the answer cannot be read</source>
        <translation>伺服器傳送了無效的 Content-Length（%1）：無法讀取回應</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 but named no address to go to</source>
        <translation>伺服器回應 HTTP %1，但沒有提供要前往的位址</translation>
    </message>
    <message>
        <source>the compressed answer expands far beyond its size (a decompression bomb); refused</source>
        <translation>壓縮的回應解壓後遠超其大小（解壓炸彈）；已拒絕</translation>
    </message>
    <message>
        <source>the compressed answer is damaged: %1</source>
        <translation>壓縮的回應已損壞：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Render::ImageBlocker</name>
    <message>
        <source>Image from %1</source>
        <translation>來自 %1 的圖片</translation>
    </message>
    <message>
        <source>Load image</source>
        <translation>載入圖片</translation>
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
    <message>
        <source>In the library: opens at once, also offline</source>
        <translation>已在資料庫中：立即開啟，離線也可閱讀</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>This is the feed&apos;s excerpt of the article.</source>
        <translation>這是訂閱源中的文章摘錄。</translation>
    </message>
    <message>
        <source>Fetch full article</source>
        <translation>取得全文</translation>
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
    <name>Newsdesk::Storage</name>
    <message>
        <source>There is no saved search %1.</source>
        <translation>沒有編號為 %1 的已存搜尋。</translation>
    </message>
    <message>
        <source>larger than 16 MB, not a list of subscriptions</source>
        <translation>大於 16 MB，不是訂閱清單</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>沒有編號為 %1 的規則。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::ArticleReader</name>
    <message>
        <source>no such article</source>
        <translation>沒有這篇文章</translation>
    </message>
    <message>
        <source>the article has no %1 version</source>
        <translation>這篇文章沒有 %1 版本</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::ArticleWriter</name>
    <message>
        <source>not stored, the batch was rolled back: %1</source>
        <translation>未有儲存，該批次已還原：%1</translation>
    </message>
    <message>
        <source>the article has no key (no news id and no URL)</source>
        <translation>文章沒有識別碼（既無資訊編號亦無網址）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Backup</name>
    <message>
        <source>cannot back up to %1: %2</source>
        <translation>無法備份到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Connection</name>
    <message>
        <source>the library is not open</source>
        <translation>資料庫未開啟</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>the library file is read-only</source>
        <translation>資料庫檔案為唯讀</translation>
    </message>
    <message>
        <source>the library file cannot be read or written</source>
        <translation>無法讀寫資料庫檔案</translation>
    </message>
    <message>
        <source>the library is busy (another program is writing to it)</source>
        <translation>資料庫正忙（另一個程式正在寫入）</translation>
    </message>
    <message>
        <source>the library file is damaged or is not a Newsdesk library</source>
        <translation>資料庫檔案已損壞，或不是 Newsdesk 資料庫</translation>
    </message>
    <message>
        <source>the library is open read-only: %1</source>
        <translation>資料庫以唯讀方式開啟：%1</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>the library is damaged at %1 (%2)</source>
        <translation>資料庫在%1處損壞（%2）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::DocumentState</name>
    <message>
        <source>no such document</source>
        <translation>沒有這篇文章</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::FileImport</name>
    <message>
        <source>no such file or folder</source>
        <translation>沒有這個檔案或資料夾</translation>
    </message>
    <message>
        <source>a link to nothing</source>
        <translation>指向不存在目標的連結</translation>
    </message>
    <message>
        <source>not imported: a link that leads outside the folder (to %1)</source>
        <translation>未匯入：此連結指向資料夾之外（%1）</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>通訊端</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>not a regular file (it is %1)</source>
        <translation>不是一般檔案（它是%1）</translation>
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
    <name>Newsdesk::Storage::ImageStore</name>
    <message>
        <source>the image is not stored</source>
        <translation>這張圖片尚未儲存</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::LabelStore</name>
    <message>
        <source>“%1” cannot be a label: a label is one word of at most %2 characters, with a letter or digit and no quotes.</source>
        <translation>「%1」不能作為標籤：標籤是一個詞，最多 %2 個字元，須含字母或數字，不能含引號。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Library</name>
    <message>
        <source>the library is not open</source>
        <translation>資料庫未開啟</translation>
    </message>
    <message>
        <source>no library file given</source>
        <translation>未有指定資料庫檔案</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>the library file is damaged: %1</source>
        <translation>資料庫檔案已損壞：%1</translation>
    </message>
    <message>
        <source>the full-text index does not match the articles: %1</source>
        <translation>全文索引與文章不一致：%1</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written to</source>
        <translation>其所在資料夾 %1 無法寫入</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>該檔案無法寫入</translation>
    </message>
    <message>
        <source>the library needs an upgrade, but it is read-only: %1</source>
        <translation>資料庫需要升級，但它是唯讀的：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Migrations</name>
    <message>
        <source>%1 is not a Newsdesk library (it holds another program&apos;s tables); it was not changed</source>
        <translation>%1 不是 Newsdesk 資料庫（其中有其他程式的資料表）；未有作任何更改</translation>
    </message>
    <message>
        <source>upgrading the library to version %1 failed: %2</source>
        <translation>將資料庫升級至版本 %1 失敗：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Newsdesk (library version %2; this Newsdesk knows up to %3); it was not changed</source>
        <translation>%1 由較新版本的 Newsdesk 寫入（資料庫版本 %2；此 Newsdesk 最高只支援版本 %3）；未有作任何更改</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Recovery</name>
    <message>
        <source>%1 exists already; name a new file</source>
        <translation>%1 已存在；請指定一個新檔案</translation>
    </message>
    <message>
        <source>the damaged library is not open</source>
        <translation>損壞的資料庫未開啟</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::RuleStore</name>
    <message>
        <source>A rule needs a name.</source>
        <translation>規則需要一個名稱。</translation>
    </message>
    <message>
        <source>There is already a rule named “%1”.</source>
        <translation>已有名為「%1」的規則。</translation>
    </message>
    <message>
        <source>A rule needs something to search for.</source>
        <translation>規則需要搜尋內容。</translation>
    </message>
    <message>
        <source>A rule needs something to do: add a label, mark read, bookmark, notify, mute or stop.</source>
        <translation>規則需要一個動作：加上標籤、標為已讀、加入書籤、通知、靜音或停止。</translation>
    </message>
    <message>
        <source>“%1” cannot be a label: a label is one word of at most %2 characters, with a letter or digit and no quotes.</source>
        <translation>「%1」不能作為標籤：標籤是一個詞，最多 %2 個字元，須含字母或數字，不能含引號。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::SavedSearchStore</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>已存搜尋需要一個名稱。</translation>
    </message>
    <message>
        <source>There is already a saved search named “%1”.</source>
        <translation>已有名為「%1」的已存搜尋。</translation>
    </message>
    <message>
        <source>A saved search needs something to search for.</source>
        <translation>已存搜尋需要搜尋內容。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::SubscriptionStore</name>
    <message>
        <source>there is no subscription to %1</source>
        <translation>未有訂閱 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::TickerAliases</name>
    <message>
        <source>&quot;%1&quot; is not a ticker (CODE.MARKET, such as 700.HK or AAPL.US)</source>
        <translation>「%1」不是股票代號（格式為 代號.市場，例如 700.HK 或 AAPL.US）</translation>
    </message>
    <message>
        <source>an alias has 2 to %1 characters; &quot;%2&quot; has %3</source>
        <translation>別名須有 2 至 %1 個字元；「%2」有 %3 個</translation>
    </message>
    <message>
        <source>%1 has no alias &quot;%2&quot;</source>
        <translation>%1 沒有別名「%2」</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Watchlist</name>
    <message>
        <source>&quot;%1&quot; is not a ticker (CODE.MARKET, such as 700.HK or AAPL.US)</source>
        <translation>「%1」不是股票代號（格式為 代號.市場，例如 700.HK 或 AAPL.US）</translation>
    </message>
    <message>
        <source>%1 is not in the watchlist</source>
        <translation>%1 不在自選股中</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::AliasDialog</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>%1 的名稱</translation>
    </message>
    <message>
        <source>Another name, for example a brand</source>
        <translation>另一個名稱，例如品牌</translation>
    </message>
    <message>
        <source>Articles that relate to or mention %1 mark these names as the ticker. A name removed here stays removed when articles bring it again.</source>
        <translation>與 %1 相關或提及它的文章會把這些名稱標記為該股票。在此刪除的名稱，即使文章再次帶來也不會恢復。</translation>
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
    <name>Newsdesk::Ui::ArticleLabelsBar</name>
    <message>
        <source>Remove Label “%1”</source>
        <translation>移除標籤「%1」</translation>
    </message>
    <message>
        <source>Add Label…</source>
        <translation>加上標籤…</translation>
    </message>
    <message>
        <source>Add a label to this article</source>
        <translation>為這篇文章加上標籤</translation>
    </message>
    <message>
        <source>Label, then Enter</source>
        <translation>輸入標籤後按 Enter</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>標籤：</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListDelegate</name>
    <message>
        <source>Excerpt</source>
        <translation>摘錄</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListIntents</name>
    <message>
        <source>No more unread articles in this list</source>
        <translation>此列表中沒有更多未讀文章</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListMenu</name>
    <message numerus="yes">
        <source>Marked %n article(s) read</source>
        <translation>
            <numerusform>已將 %n 篇文章標為已讀</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open Original in Browser</source>
        <translation>在瀏覽器中開啟原文</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>標為未讀</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>標為已讀</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>將以上全部標為已讀</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>將以下全部標為已讀</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Add Label…</source>
        <translation>加上標籤…</translation>
    </message>
    <message>
        <source>Remove Label “%1”</source>
        <translation>移除標籤「%1」</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>Label (one word, such as macro or 财报):</source>
        <translation>標籤（一個詞，例如 macro 或 財報）：</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListModel</name>
    <message>
        <source>read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>feed excerpt</source>
        <translation>訂閱源摘錄</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::BackupSchedule</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1. No backup was removed.</source>
        <translation>自動備份失敗：%1。沒有刪除任何備份。</translation>
    </message>
    <message>
        <source>The library was backed up to %1</source>
        <translation>資料庫已備份到 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::DamageNotice</name>
    <message>
        <source>The library is damaged</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <source>Part of the library could not be read: %1.

Lists may be incomplete. Check the whole library now?</source>
        <translation>資料庫的一部分無法讀取：%1。

列表可能不完整。現在檢查整個資料庫嗎？</translation>
    </message>
    <message>
        <source>Check the Library</source>
        <translation>檢查資料庫</translation>
    </message>
    <message>
        <source>The check found no damage in the library file. If lists still end early, restart Newsdesk.</source>
        <translation>檢查未在資料庫檔案中發現損壞。如果列表仍提前結束，請重新啟動 Newsdesk。</translation>
    </message>
    <message>
        <source>The check found damage:
%1

Newsdesk can copy every article that can still be read, with read state, bookmarks and the watchlist, into a new library file.</source>
        <translation>檢查發現損壞：
%1

Newsdesk 可以把仍能讀取的每篇文章連同已讀狀態、書籤和自選清單複製到一個新的資料庫檔案中。</translation>
    </message>
    <message>
        <source>Recover into a New File…</source>
        <translation>復原到新檔案…</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>復原到新檔案</translation>
    </message>
    <message>
        <source>Newsdesk libraries (*.sqlite)</source>
        <translation>Newsdesk 資料庫 (*.sqlite)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were copied into %1; %2 could not be read. Start Newsdesk with --db and that file to read it.</source>
        <translation>
            <numerusform>已將 %n 篇文章複製到 %1；%2 篇無法讀取。用 --db 和該檔案啟動 Newsdesk 即可閱讀。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n new article(s) on your watchlist</source>
        <translation>
            <numerusform>自選股有 %n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1”: %n new article(s)</source>
        <translation>
            <numerusform>規則「%1」：%n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>標為已讀</translation>
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
    <message>
        <source>Could not open %1 in a web browser</source>
        <translation>無法在網頁瀏覽器中開啟 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::FetchTracker</name>
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
        <source>%1 could not be fetched: the server did not send an article.</source>
        <translation>無法下載%1：伺服器傳回的不是文章。</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>已取消下載%1。</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>無法下載%1：%2</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在取得 %1…</translation>
    </message>
    <message>
        <source>Fetching the latest news on %1…</source>
        <translation>正在下載 %1 的最新資訊…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed: %n new article(s)</source>
        <translation>
            <numerusform>已重新整理：%n 篇新文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>%n 個來源失敗：%1</numerusform>
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
        <source>the image from %1</source>
        <translation>來自 %1 的圖片</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入%1…</translation>
    </message>
    <message>
        <source>“%1” is a web page, and Newsdesk shows only markdown documents: open it in your browser to read the whole article.</source>
        <translation>「%1」是網頁，而 Newsdesk 只顯示 Markdown 文件：請在瀏覽器中開啟以閱讀全文。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ImportFlow</name>
    <message>
        <source>Importing %v of %m</source>
        <translation>正在匯入 %v / %m</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>已有匯入正在進行</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
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
        <source>Import</source>
        <translation>匯入</translation>
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
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在重新整理…</translation>
    </message>
    <message>
        <source>Type a search or pick a view to save first.</source>
        <translation>請先輸入搜尋或選擇一個檢視，再儲存。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderActions</name>
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
        <source>Open &amp;URL…</source>
        <translation>開啟網址(&amp;U)…</translation>
    </message>
    <message>
        <source>Fetch one article by its address and show it</source>
        <translation>按地址取得一篇文章並顯示</translation>
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
        <source>Su&amp;bscribe…</source>
        <translation>訂閱(&amp;B)…</translation>
    </message>
    <message>
        <source>Subscribe to a news page or feed</source>
        <translation>訂閱資訊頁面或資訊來源</translation>
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
        <source>%1: not available (%2)</source>
        <translation>%1：無法使用（%2）</translation>
    </message>
    <message>
        <source>%1: not stored yet, fetched when chosen</source>
        <translation>%1：尚未儲存，選擇時取得</translation>
    </message>
    <message>
        <source>%1: this article has no such version</source>
        <translation>%1：這篇文章沒有該語言版本</translation>
    </message>
    <message>
        <source>Next Match in Article</source>
        <translation>文章中的下一處匹配</translation>
    </message>
    <message>
        <source>Previous Match in Article</source>
        <translation>文章中的上一處匹配</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>儲存搜尋…</translation>
    </message>
    <message>
        <source>Keep this view and search in the sidebar under a name</source>
        <translation>以一個名稱將此檢視和搜尋儲存在側邊欄中</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>匯入訂閱 (OPML)…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds an OPML file from another reader lists</source>
        <translation>訂閱其他閱讀器匯出的 OPML 檔案中列出的訂閱源</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>匯出訂閱 (OPML)…</translation>
    </message>
    <message>
        <source>Write the subscriptions and the watchlist&apos;s news pages to an OPML file</source>
        <translation>將訂閱和自選股的新聞頁寫入 OPML 檔案</translation>
    </message>
    <message>
        <source>&amp;Fetch Full Article</source>
        <translation>取得全文(&amp;F)</translation>
    </message>
    <message>
        <source>This article is a feed&apos;s excerpt: fetch the document it was cut from</source>
        <translation>本文是訂閱源的摘錄：取得其原始文件</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>規則(&amp;R)…</translation>
    </message>
    <message>
        <source>Label, mark, mute or notify arriving articles that match a search</source>
        <translation>為符合搜尋條件的新文章加標籤、標記、靜音或發出通知</translation>
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
    <name>Newsdesk::Ui::ReaderController</name>
    <message>
        <source>Could not open the article: %1</source>
        <translation>無法開啟文章：%1</translation>
    </message>
    <message>
        <source>Could not mark the article read: %1</source>
        <translation>無法將文章標記為已讀：%1</translation>
    </message>
    <message>
        <source>Could not mark the article unread: %1</source>
        <translation>無法將文章標記為未讀：%1</translation>
    </message>
    <message>
        <source>Could not change the bookmark: %1</source>
        <translation>無法更改書籤：%1</translation>
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
        <source>Images cannot be fetched here.</source>
        <translation>此處無法取得圖片。</translation>
    </message>
    <message>
        <source>“%1” cannot be fetched here.</source>
        <translation>此處無法取得「%1」。</translation>
    </message>
    <message>
        <source>Fetching the full article “%1”…</source>
        <translation>正在取得全文「%1」…</translation>
    </message>
    <message>
        <source>Could not add the label: %1</source>
        <translation>無法加上標籤：%1</translation>
    </message>
    <message>
        <source>Could not remove the label: %1</source>
        <translation>無法移除標籤：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderPane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>選擇一篇文章，在此閱讀。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::RetentionSchedule</name>
    <message numerus="yes">
        <source>Deleted %n old article(s); %1 freed</source>
        <translation>
            <numerusform>已刪除 %n 篇舊文章，釋放了 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Old articles could not be deleted: %1</source>
        <translation>無法刪除舊文章：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::RulesDialog</name>
    <message>
        <source>Mark read</source>
        <translation>標為已讀</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>加入書籤</translation>
    </message>
    <message>
        <source>Notify me</source>
        <translation>通知我</translation>
    </message>
    <message>
        <source>Mute (leave out of All and Unread)</source>
        <translation>靜音（不在「全部」和「未讀」中顯示）</translation>
    </message>
    <message>
        <source>Stop: later rules do not see what this one matched</source>
        <translation>停止：後面的規則不再處理本規則匹配的文章</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
        <source>Apply to Existing Articles…</source>
        <translation>套用於現有文章…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>A search, for example ticker:AAPL earnings</source>
        <translation>搜尋條件，例如 ticker:AAPL earnings</translation>
    </message>
    <message>
        <source>Labels to add, separated by commas</source>
        <translation>要新增的標籤，以逗號分隔</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Rules run in this order on every arriving article.</source>
        <translation>規則按此順序處理每篇新到的文章。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜尋：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Added the rule “%1”.</source>
        <translation>已新增規則「%1」。</translation>
    </message>
    <message>
        <source>Saved the rule “%1”.</source>
        <translation>已儲存規則「%1」。</translation>
    </message>
    <message>
        <source>Removed the rule.</source>
        <translation>已移除規則。</translation>
    </message>
    <message numerus="yes">
        <source>In the last 30 days this search matched %n article(s).</source>
        <translation>
            <numerusform>過去 30 天內，此搜尋匹配了 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule would change no stored article.</source>
        <translation>此規則不會改變任何已儲存的文章。</translation>
    </message>
    <message>
        <source>Apply Rule</source>
        <translation>套用規則</translation>
    </message>
    <message numerus="yes">
        <source>Applying “%1” would change %n stored article(s).</source>
        <translation>
            <numerusform>套用「%1」將改變 %n 篇已儲存的文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n article(s).</source>
        <translation>
            <numerusform>已改變 %n 篇文章。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::SearchField</name>
    <message>
        <source>Search: words &quot;phrase&quot; -word ticker:NVDA.US lang:zh-CN is:unread</source>
        <translation>搜尋：字詞 &quot;片語&quot; -排除字詞 ticker:NVDA.US lang:zh-CN is:unread</translation>
    </message>
    <message>
        <source>Words and &quot;phrases&quot; all match; -word leaves out; a ticker or company name finds its articles; ticker:NVDA.US, lang:zh-CN, after:2026-04-01, before:2026-05-01, is:unread, is:bookmarked narrow the list. Esc clears. (Ctrl+F or /)</source>
        <translation>字詞和 &quot;片語&quot; 須全部匹配；-字詞 表示排除；股票代號或公司名稱可找到相關文章；ticker:NVDA.US、lang:zh-CN、after:2026-04-01、before:2026-05-01、is:unread、is:bookmarked 用於收窄列表。按 Esc 清除。（Ctrl+F 或 /）</translation>
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
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>An article counts as read once it has been shown this long; scrolling past rows marks nothing</source>
        <translation>文章顯示達到這段時間後才算已讀；捲動經過的列不會被標為已讀</translation>
    </message>
    <message>
        <source>Mark as read after:</source>
        <translation>標為已讀的延遲：</translation>
    </message>
    <message>
        <source> × the 30-day daily mean</source>
        <translation> × 30 日日均篇數</translation>
    </message>
    <message>
        <source> articles or more</source>
        <translation> 篇或以上</translation>
    </message>
    <message>
        <source>A ticker shows a Buzz badge when today&apos;s articles about it reach both</source>
        <translation>當某股票今天的文章數同時達到這兩項時，顯示「熱議」標記</translation>
    </message>
    <message>
        <source>Buzz when today&apos;s articles reach:</source>
        <translation>今天文章數達到以下時為熱議：</translation>
    </message>
    <message>
        <source>and:</source>
        <translation>並且：</translation>
    </message>
    <message>
        <source>Back up the library every week (the last 3 copies are kept)</source>
        <translation>每週備份資料庫（保留最近 3 份）</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>For a number of days</source>
        <translation>保留若干天</translation>
    </message>
    <message>
        <source>For a number of months</source>
        <translation>保留若干個月</translation>
    </message>
    <message>
        <source>Older articles are deleted in the background once a day; bookmarked, labelled and watchlist articles are always kept</source>
        <translation>較舊的文章每天在背景刪除一次；已加書籤、有標籤和自選股相關的文章一律保留</translation>
    </message>
    <message>
        <source>&quot;backups&quot; beside the library</source>
        <translation>資料庫旁的「backups」資料夾</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Keep articles:</source>
        <translation>保留文章：</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>備份資料夾：</translation>
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
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1，%n 篇未讀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1，%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failing: %n attempts in a row</source>
        <translation>
            <numerusform>連續 %n 次失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>已存搜尋</translation>
    </message>
    <message>
        <source>Searches kept by name: Edit → Save Search; drag them to reorder</source>
        <translation>按名稱儲存的搜尋：編輯 → 儲存搜尋；拖曳可調整次序</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>儲存搜尋</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>搜尋「%1」的名稱：</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>重新命名已存搜尋</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Edit Search…</source>
        <translation>編輯搜尋…</translation>
    </message>
    <message>
        <source>Edit Saved Search</source>
        <translation>編輯已存搜尋</translation>
    </message>
    <message>
        <source>Search for “%1”:</source>
        <translation>「%1」的搜尋內容：</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>刪除「%1」</translation>
    </message>
    <message>
        <source>%1, buzz</source>
        <translation>%1，熱議</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Labels on articles: right-click an article to add one</source>
        <translation>文章上的標籤：在文章上按右鍵即可加上</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::StatusArea</name>
    <message>
        <source>Refreshing %v of %m</source>
        <translation>正在重新整理 %v / %m</translation>
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
</context>
<context>
    <name>Newsdesk::Ui::SubscriptionActions</name>
    <message>
        <source>Not a web address: %1</source>
        <translation>不是網址：%1</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>已訂閱 %1</translation>
    </message>
    <message>
        <source>Subscribed to the news on %1</source>
        <translation>已訂閱 %1 的資訊</translation>
    </message>
    <message>
        <source>Could not import subscriptions: %1</source>
        <translation>無法匯入訂閱：%1</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n new feed(s) of %1</source>
        <translation>
            <numerusform>已訂閱 %1 個訂閱源中的 %n 個新訂閱源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>略過 %n 個：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export subscriptions: %1</source>
        <translation>無法匯出訂閱：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個訂閱匯出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerHeader</name>
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
    <message>
        <source>No other names are marked in articles</source>
        <translation>文章中沒有標記其他名稱</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>又稱：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Edit Names…</source>
        <translation>編輯名稱…</translation>
    </message>
    <message>
        <source>The company names marked as this ticker in articles</source>
        <translation>文章中標記為該股票的公司名稱</translation>
    </message>
    <message>
        <source>Counting stored articles…</source>
        <translation>正在統計已存文章…</translation>
    </message>
    <message>
        <source>%1 · %2 unread · %3 in the last 7 days</source>
        <translation>%1 · %2 篇未讀 · 最近 7 天 %3 篇</translation>
    </message>
    <message numerus="yes">
        <source>%n stored article(s)</source>
        <translation>
            <numerusform>已存 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Buzz</source>
        <translation>熱議</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) today against a 30-day daily mean of %1</source>
        <translation>
            <numerusform>今天 %n 篇文章，30 日日均 %1 篇</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerInsight</name>
    <message>
        <source>Could not add “%1” to %2: %3</source>
        <translation>無法為 %2 新增「%1」：%3</translation>
    </message>
    <message>
        <source>Could not remove “%1” from %2: %3</source>
        <translation>無法從 %2 刪除「%1」：%3</translation>
    </message>
    <message>
        <source>%1 is now also called “%2”</source>
        <translation>%1 現在也稱為「%2」</translation>
    </message>
    <message>
        <source>“%1” no longer marks %2</source>
        <translation>「%1」不再標記為 %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerListFilter</name>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Every role</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相關</translation>
    </message>
    <message>
        <source>Mentioned only</source>
        <translation>僅提及</translation>
    </message>
    <message>
        <source>Primary: first of the article&apos;s related stocks, or named in its title; related: among its related stocks; mentioned: only in its text</source>
        <translation>主要：文章相關股票中的第一隻，或在標題中提到；相關：在其相關股票中；提及：僅在正文中出現</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>所有語言</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerTimeline</name>
    <message>
        <source>Articles per day</source>
        <translation>每日文章數</translation>
    </message>
    <message>
        <source>Articles per week</source>
        <translation>每週文章數</translation>
    </message>
    <message>
        <source>Articles per day over the last 90 days, per week before; click a bar to list its articles</source>
        <translation>最近 90 天按日、更早按週統計的文章數；點擊柱形可列出其中的文章</translation>
    </message>
    <message>
        <source>News volume</source>
        <translation>資訊量</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerTogether</name>
    <message>
        <source>Often together:</source>
        <translation>經常同時出現：</translation>
    </message>
    <message numerus="yes">
        <source>In %n of the same articles over the last 90 days; click to see its view</source>
        <translation>
            <numerusform>最近 90 天在 %n 篇相同文章中出現；點擊查看該股票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n of the same articles</source>
        <translation>
            <numerusform>%1，在 %n 篇相同文章中</numerusform>
        </translation>
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
<context>
    <name>Newsdesk::Ui::WatchlistModel</name>
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
    <message numerus="yes">
        <source>Buzz: %n article(s) today against a 30-day daily mean of %1</source>
        <translation>
            <numerusform>熱議：今天 %n 篇文章，30 日日均 %1 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the last %1 days</source>
        <translation>
            <numerusform>最近 %1 天 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderDialogs</name>
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
        <source>Open URL</source>
        <translation>開啟網址</translation>
    </message>
    <message>
        <source>Address of an article (it is fetched, stored and shown):</source>
        <translation>文章地址（將取得、儲存並顯示）：</translation>
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
        <source>Import Subscriptions</source>
        <translation>匯入訂閱</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 檔案 (*.opml *.xml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>匯出訂閱</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML 檔案 (*.opml)</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>關於 Newsdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;A desktop reader for market news.&lt;/p&gt;&lt;p&gt;Articles are stored on this computer; nothing in an article runs as a program, and nothing is loaded from the network unless you allow it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;市場資訊桌面閱讀器。&lt;/p&gt;&lt;p&gt;文章儲存在本機；文章中的任何內容都不會作為程式執行，除非您允許，否則不會從網絡載入任何內容。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RuleList</name>
    <message>
        <source>label %1</source>
        <translation>標籤 %1</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>標為已讀</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>加入書籤</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>SavedSearchList</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Watchlist, last 24 hours</source>
        <translation>自選股，最近 24 小時</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
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
    <message numerus="yes">
        <source>Failed %n time(s) in a row</source>
        <translation>
            <numerusform>連續失敗 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>下次嘗試：%1</translation>
    </message>
</context>
<context>
    <name>ViewCaption</name>
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
    <name>WatchlistAlerts</name>
    <message numerus="yes">
        <source>%n new article(s) on your watchlist</source>
        <translation>
            <numerusform>自選股有 %n 篇新文章</numerusform>
        </translation>
    </message>
</context>
</TS>
