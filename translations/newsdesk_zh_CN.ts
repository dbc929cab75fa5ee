<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>已导入 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged</source>
        <translation>
            <numerusform>%n 个文件未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入。</numerusform>
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
        <translation>服务器发送的文档是空的</translation>
    </message>
    <message>
        <source>the answer holds no article (no title and no text)</source>
        <translation>响应中没有文章（既无标题也无正文）</translation>
    </message>
    <message>
        <source>the article has no URL or news id to store it under</source>
        <translation>文章没有可用于保存的网址或资讯编号</translation>
    </message>
    <message>
        <source>the %1 version (%2) could not be fetched: %3</source>
        <translation>无法获取%1版本（%2）：%3</translation>
    </message>
    <message>
        <source>the %1 version (%2) is empty; not stored</source>
        <translation>%1版本（%2）是空的，未保存</translation>
    </message>
    <message>
        <source>the %1 version (%2) is a different article (%3); not stored</source>
        <translation>%1版本（%2）是另一篇文章（%3），未保存</translation>
    </message>
    <message>
        <source>the %1 version (%2) holds no article; not stored</source>
        <translation>%1版本（%2）中没有文章，未保存</translation>
    </message>
    <message>
        <source>the %1 version could not be stored: %2</source>
        <translation>无法保存%1版本：%2</translation>
    </message>
    <message>
        <source>the answer is a different article (%1), not a version of %2; not stored</source>
        <translation>应答是另一篇文章（%1），不是 %2 的版本；未存储</translation>
    </message>
    <message>
        <source>the %1 version (%2) is on another site than the article; not fetched</source>
        <translation>%1 版本（%2）位于与文章不同的网站；未获取</translation>
    </message>
    <message>
        <source>the server says the document is unchanged, but no copy of it is stored</source>
        <translation>服务器说该文档未改变，但库中没有它的副本</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::ContentCheck</name>
    <message>
        <source>the server answered with an HTML page, not a markdown document</source>
        <translation>服务器返回的是 HTML 网页，而不是 Markdown 文档</translation>
    </message>
    <message>
        <source>the server answered with &apos;%1&apos;, not a markdown document</source>
        <translation>服务器返回的是“%1”，而不是 Markdown 文档</translation>
    </message>
    <message>
        <source>the document is in the &apos;%1&apos; character set, which Newsdesk cannot read</source>
        <translation>文档使用“%1”字符集，Newsdesk 无法读取</translation>
    </message>
    <message>
        <source>the document is not valid &apos;%1&apos; text</source>
        <translation>文档不是有效的“%1”文本</translation>
    </message>
    <message>
        <source>the server sent no content type, so it is not an image</source>
        <translation>服务器未注明内容类型，因此不是图片</translation>
    </message>
    <message>
        <source>the server answered with &apos;%1&apos;, not an image</source>
        <translation>服务器返回的是“%1”，而不是图片</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::FetchPolicy</name>
    <message>
        <source>the redirect to %1 is refused: %2</source>
        <translation>重定向到 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>only http and https addresses are fetched</source>
        <translation>只获取 http 和 https 地址</translation>
    </message>
    <message>
        <source>the address names no host</source>
        <translation>该地址没有主机名</translation>
    </message>
    <message>
        <source>%1 is an internal address (loopback, private, link-local or multicast), and a document from a file may not reach one</source>
        <translation>%1 是内部地址（回环、私有、链路本地或多播），来自文件的文档不得访问内部地址</translation>
    </message>
    <message>
        <source>%1 is an internal address (loopback, private, link-local or multicast), and only documents from %2 may reach it</source>
        <translation>%1 是内部地址（回环、私有、链路本地或多播），只有来自 %2 的文档可以访问它</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::FetchService</name>
    <message>
        <source>&apos;%1&apos; is not a news id</source>
        <translation>“%1”不是资讯编号</translation>
    </message>
    <message>
        <source>no such request</source>
        <translation>没有这个请求</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::FetchWorker</name>
    <message>
        <source>the article is not in the library</source>
        <translation>资料库中没有这篇文章</translation>
    </message>
    <message>
        <source>no %1 version of this article is known</source>
        <translation>这篇文章没有已知的%1版本</translation>
    </message>
    <message>
        <source>not subscribed to %1</source>
        <translation>未订阅 %1</translation>
    </message>
    <message>
        <source>%1 is being refreshed already</source>
        <translation>%1 已在刷新中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation>“%1”不是 http 或 https 网址</translation>
    </message>
    <message>
        <source>offline: the subscription will be refreshed once online</source>
        <translation>离线：联网后将刷新此订阅</translation>
    </message>
    <message>
        <source>the image is not in the library, and remote images are off</source>
        <translation>资料库中没有这张图片，且远程图片已关闭</translation>
    </message>
    <message>
        <source>an offline copy is still incomplete: %1</source>
        <translation>离线副本仍不完整：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::Fetcher</name>
    <message>
        <source>offline mode is on, so nothing was fetched; turn it off to fetch</source>
        <translation>离线模式已开启，因此未获取任何内容；关闭离线模式即可获取</translation>
    </message>
    <message>
        <source>the system reports no network connection, so nothing was fetched</source>
        <translation>系统报告没有网络连接，因此未获取任何内容</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation>“%1”不是 http 或 https 网址</translation>
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
        <translation>图片为 %1 × %2 像素，超过 %3 百万像素的上限；不存储也不显示</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::OfflineCopyJob</name>
    <message>
        <source>%1 parts of the offline copy are missing; first: %2</source>
        <translation>离线副本缺少 %1 个部分；第一个：%2</translation>
    </message>
    <message>
        <source>the article is not in the library</source>
        <translation>资料库中没有这篇文章</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the version at %1: %2</source>
        <translation>位于 %1 的版本：%2</translation>
    </message>
    <message>
        <source>the image %1: %2</source>
        <translation>图片 %1：%2</translation>
    </message>
    <message>
        <source>the %1 version (%2) is on another site than the article; not fetched</source>
        <translation>%1 版本（%2）位于与文章不同的网站；未获取</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::RefreshJob</name>
    <message>
        <source>the answer is not a news list or feed (no articles found in it)</source>
        <translation>响应不是资讯列表或信息源（其中找不到文章）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 of %2 articles could not be fetched; first: %3</source>
        <translation>%2 篇文章中有 %1 篇无法获取；第一篇：%3</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Net::Transfer</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no complete answer within %1 (the server is too slow or stalled)</source>
        <translation>%1 内未收到完整响应（服务器太慢或已停滞）</translation>
    </message>
    <message>
        <source>the server announced %1, over the %2 limit</source>
        <translation>服务器声明大小为 %1，超过 %2 的上限</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 limit; stopped reading</source>
        <translation>响应超过 %1 的上限；已停止读取</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 (%2)</source>
        <translation>服务器返回 HTTP %1（%2）</translation>
    </message>
    <message>
        <source>host not found: %1 (DNS lookup failed)</source>
        <translation>找不到主机：%1（DNS 查询失败）</translation>
    </message>
    <message>
        <source>connection refused by %1 (nothing is listening there)</source>
        <translation>%1 拒绝连接（该地址上没有服务在监听）</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived (%1 of %2 bytes): the document is cut short</source>
        <translation>连接在完整响应到达前关闭（只收到 %2 字节中的 %1 字节）：文档不完整</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived (%1 bytes): the document is cut short</source>
        <translation>连接在完整响应到达前关闭（收到 %1 字节）：文档不完整</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>服务器未响应就关闭了连接</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>too many redirects (more than %1): the server redirects in a loop</source>
        <translation>重定向次数过多（超过 %1 次）：服务器在循环重定向</translation>
    </message>
    <message>
        <source>the server redirected from HTTPS to an insecure address; not followed</source>
        <translation>服务器从 HTTPS 重定向到不安全的地址；未跟随</translation>
    </message>
    <message>
        <source>secure connection failed: %1</source>
        <translation>安全连接失败：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&apos;%1&apos; addresses cannot be fetched (only http and https)</source>
        <translation>无法获取“%1”地址（仅支持 http 和 https）</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <source>the server sent an invalid Content-Length (%1): the answer cannot be read</source>
        <translation>服务器发送了无效的 Content-Length（%1）：无法读取应答</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 but named no address to go to</source>
        <translation>服务器应答 HTTP %1，但没有给出要前往的地址</translation>
    </message>
    <message>
        <source>the compressed answer expands far beyond its size (a decompression bomb); refused</source>
        <translation>压缩的应答解压后远超其大小（解压炸弹）；已拒绝</translation>
    </message>
    <message>
        <source>the compressed answer is damaged: %1</source>
        <translation>压缩的应答已损坏：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Render::ImageBlocker</name>
    <message>
        <source>Image from %1</source>
        <translation>来自 %1 的图片</translation>
    </message>
    <message>
        <source>Load image</source>
        <translation>加载图片</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Render::PageBuilder</name>
    <message>
        <source>Markdown source</source>
        <translation>Markdown 源文件</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tickers</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Related Stocks</source>
        <translation>相关股票</translation>
    </message>
    <message>
        <source>Related News</source>
        <translation>相关资讯</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>In the library: opens at once, also offline</source>
        <translation>已在资料库中：立即打开，离线也可阅读</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>This is the feed&apos;s excerpt of the article.</source>
        <translation>这是订阅源中的文章摘录。</translation>
    </message>
    <message>
        <source>Fetch full article</source>
        <translation>获取全文</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Render::PageRenderer</name>
    <message>
        <source>This article took too long to format, so it is shown as plain text.</source>
        <translation>这篇文章排版耗时过长，因此以纯文本显示。</translation>
    </message>
    <message>
        <source>This article could not be formatted, so it is shown as plain text.</source>
        <translation>这篇文章无法排版，因此以纯文本显示。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage</name>
    <message>
        <source>There is no saved search %1.</source>
        <translation>没有编号为 %1 的已存搜索。</translation>
    </message>
    <message>
        <source>larger than 16 MB, not a list of subscriptions</source>
        <translation>大于 16 MB，不是订阅列表</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>没有编号为 %1 的规则。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::ArticleReader</name>
    <message>
        <source>no such article</source>
        <translation>没有这篇文章</translation>
    </message>
    <message>
        <source>the article has no %1 version</source>
        <translation>这篇文章没有 %1 版本</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::ArticleWriter</name>
    <message>
        <source>not stored, the batch was rolled back: %1</source>
        <translation>未保存，该批次已回滚：%1</translation>
    </message>
    <message>
        <source>the article has no key (no news id and no URL)</source>
        <translation>文章没有标识（既无资讯编号也无网址）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Backup</name>
    <message>
        <source>cannot back up to %1: %2</source>
        <translation>无法备份到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Connection</name>
    <message>
        <source>the library is not open</source>
        <translation>资料库未打开</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the library file is read-only</source>
        <translation>资料库文件为只读</translation>
    </message>
    <message>
        <source>the library file cannot be read or written</source>
        <translation>无法读写资料库文件</translation>
    </message>
    <message>
        <source>the library is busy (another program is writing to it)</source>
        <translation>资料库正忙（另一个程序正在写入）</translation>
    </message>
    <message>
        <source>the library file is damaged or is not a Newsdesk library</source>
        <translation>资料库文件已损坏，或不是 Newsdesk 资料库</translation>
    </message>
    <message>
        <source>the library is open read-only: %1</source>
        <translation>资料库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>the library is damaged at %1 (%2)</source>
        <translation>资料库在%1处损坏（%2）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::DocumentState</name>
    <message>
        <source>no such document</source>
        <translation>没有这篇文章</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::FileImport</name>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>a link to nothing</source>
        <translation>指向不存在目标的链接</translation>
    </message>
    <message>
        <source>not imported: a link that leads outside the folder (to %1)</source>
        <translation>未导入：此链接指向文件夹之外（%1）</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>not a regular file (it is %1)</source>
        <translation>不是普通文件（它是%1）</translation>
    </message>
    <message>
        <source>larger than 10 MB, too large to be an article</source>
        <translation>大于 10 MB，不可能是一篇文章</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::ImageStore</name>
    <message>
        <source>the image is not stored</source>
        <translation>这张图片尚未保存</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::LabelStore</name>
    <message>
        <source>“%1” cannot be a label: a label is one word of at most %2 characters, with a letter or digit and no quotes.</source>
        <translation>“%1”不能作为标签：标签是一个词，最多 %2 个字符，须含字母或数字，不能含引号。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Library</name>
    <message>
        <source>the library is not open</source>
        <translation>资料库未打开</translation>
    </message>
    <message>
        <source>no library file given</source>
        <translation>未指定资料库文件</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the library file is damaged: %1</source>
        <translation>资料库文件已损坏：%1</translation>
    </message>
    <message>
        <source>the full-text index does not match the articles: %1</source>
        <translation>全文索引与文章不一致：%1</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written to</source>
        <translation>其所在文件夹 %1 不可写入</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>该文件不可写入</translation>
    </message>
    <message>
        <source>the library needs an upgrade, but it is read-only: %1</source>
        <translation>资料库需要升级，但它是只读的：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Migrations</name>
    <message>
        <source>%1 is not a Newsdesk library (it holds another program&apos;s tables); it was not changed</source>
        <translation>%1 不是 Newsdesk 资料库（其中有其他程序的数据表）；未作任何更改</translation>
    </message>
    <message>
        <source>upgrading the library to version %1 failed: %2</source>
        <translation>将资料库升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Newsdesk (library version %2; this Newsdesk knows up to %3); it was not changed</source>
        <translation>%1 由较新版本的 Newsdesk 写入（资料库版本 %2；此 Newsdesk 最高只支持版本 %3）；未作任何更改</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Recovery</name>
    <message>
        <source>%1 exists already; name a new file</source>
        <translation>%1 已存在；请指定一个新文件</translation>
    </message>
    <message>
        <source>the damaged library is not open</source>
        <translation>损坏的资料库未打开</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::RuleStore</name>
    <message>
        <source>A rule needs a name.</source>
        <translation>规则需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a rule named “%1”.</source>
        <translation>已有名为“%1”的规则。</translation>
    </message>
    <message>
        <source>A rule needs something to search for.</source>
        <translation>规则需要搜索内容。</translation>
    </message>
    <message>
        <source>A rule needs something to do: add a label, mark read, bookmark, notify, mute or stop.</source>
        <translation>规则需要一个动作：添加标签、标为已读、收藏、通知、静音或停止。</translation>
    </message>
    <message>
        <source>“%1” cannot be a label: a label is one word of at most %2 characters, with a letter or digit and no quotes.</source>
        <translation>“%1”不能作为标签：标签是一个词，最多 %2 个字符，须含字母或数字，不能含引号。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::SavedSearchStore</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>已存搜索需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a saved search named “%1”.</source>
        <translation>已有名为“%1”的已存搜索。</translation>
    </message>
    <message>
        <source>A saved search needs something to search for.</source>
        <translation>已存搜索需要搜索内容。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::SubscriptionStore</name>
    <message>
        <source>there is no subscription to %1</source>
        <translation>未订阅 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::TickerAliases</name>
    <message>
        <source>&quot;%1&quot; is not a ticker (CODE.MARKET, such as 700.HK or AAPL.US)</source>
        <translation>“%1”不是股票代码（格式为 代码.市场，例如 700.HK 或 AAPL.US）</translation>
    </message>
    <message>
        <source>an alias has 2 to %1 characters; &quot;%2&quot; has %3</source>
        <translation>别名须有 2 至 %1 个字符；“%2”有 %3 个</translation>
    </message>
    <message>
        <source>%1 has no alias &quot;%2&quot;</source>
        <translation>%1 没有别名“%2”</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Storage::Watchlist</name>
    <message>
        <source>&quot;%1&quot; is not a ticker (CODE.MARKET, such as 700.HK or AAPL.US)</source>
        <translation>“%1”不是股票代码（格式为 代码.市场，例如 700.HK 或 AAPL.US）</translation>
    </message>
    <message>
        <source>%1 is not in the watchlist</source>
        <translation>%1 不在自选股中</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::AliasDialog</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>%1 的名称</translation>
    </message>
    <message>
        <source>Another name, for example a brand</source>
        <translation>另一个名称，例如品牌</translation>
    </message>
    <message>
        <source>Articles that relate to or mention %1 mark these names as the ticker. A name removed here stays removed when articles bring it again.</source>
        <translation>与 %1 相关或提及它的文章会把这些名称标记为该股票。在此删除的名称，即使文章再次带来也不会恢复。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::AppSchemeHandler</name>
    <message>
        <source>No library</source>
        <translation>没有资料库</translation>
    </message>
    <message>
        <source>The reader has no library open.</source>
        <translation>阅读器没有打开任何资料库。</translation>
    </message>
    <message>
        <source>Article not found</source>
        <translation>找不到文章</translation>
    </message>
    <message>
        <source>This article is not in the library.</source>
        <translation>资料库中没有这篇文章。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleLabelsBar</name>
    <message>
        <source>Remove Label “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Add Label…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add a label to this article</source>
        <translation>为这篇文章添加标签</translation>
    </message>
    <message>
        <source>Label, then Enter</source>
        <translation>输入标签后按回车</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListDelegate</name>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListIntents</name>
    <message>
        <source>No more unread articles in this list</source>
        <translation>此列表中没有更多未读文章</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListMenu</name>
    <message numerus="yes">
        <source>Marked %n article(s) read</source>
        <translation>
            <numerusform>已将 %n 篇文章标为已读</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open Original in Browser</source>
        <translation>在浏览器中打开原文</translation>
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
        <translation>标为未读</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>将以上全部标为已读</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>将以下全部标为已读</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Add Label…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove Label “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Label (one word, such as macro or 财报):</source>
        <translation>标签（一个词，例如 macro 或 财报）：</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListModel</name>
    <message>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>feed excerpt</source>
        <translation>订阅源摘录</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::BackupSchedule</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1. No backup was removed.</source>
        <translation>自动备份失败：%1。没有删除任何备份。</translation>
    </message>
    <message>
        <source>The library was backed up to %1</source>
        <translation>资料库已备份到 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::DamageNotice</name>
    <message>
        <source>The library is damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <source>Part of the library could not be read: %1.

Lists may be incomplete. Check the whole library now?</source>
        <translation>资料库的一部分无法读取：%1。

列表可能不完整。现在检查整个资料库吗？</translation>
    </message>
    <message>
        <source>Check the Library</source>
        <translation>检查资料库</translation>
    </message>
    <message>
        <source>The check found no damage in the library file. If lists still end early, restart Newsdesk.</source>
        <translation>检查未在资料库文件中发现损坏。如果列表仍提前结束，请重新启动 Newsdesk。</translation>
    </message>
    <message>
        <source>The check found damage:
%1

Newsdesk can copy every article that can still be read, with read state, bookmarks and the watchlist, into a new library file.</source>
        <translation>检查发现损坏：
%1

Newsdesk 可以把仍能读取的每篇文章连同已读状态、书签和自选列表复制到一个新的资料库文件中。</translation>
    </message>
    <message>
        <source>Recover into a New File…</source>
        <translation>恢复到新文件…</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>恢复到新文件</translation>
    </message>
    <message>
        <source>Newsdesk libraries (*.sqlite)</source>
        <translation>Newsdesk 资料库 (*.sqlite)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were copied into %1; %2 could not be read. Start Newsdesk with --db and that file to read it.</source>
        <translation>
            <numerusform>已将 %n 篇文章复制到 %1；%2 篇无法读取。用 --db 和该文件启动 Newsdesk 即可阅读。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n new article(s) on your watchlist</source>
        <translation>
            <numerusform>自选股有 %n 篇新文章</numerusform>
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
            <numerusform>规则“%1”：%n 篇新文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>标为已读</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ExternalLinks</name>
    <message>
        <source>Links of this kind are not opened: %1</source>
        <translation>不会打开此类链接：%1</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>在网页浏览器中打开此链接？</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <source>Could not start a web browser for %1</source>
        <translation>无法启动网页浏览器打开 %1</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>已复制链接：%1</translation>
    </message>
    <message>
        <source>Could not open %1 in a web browser</source>
        <translation>无法在网页浏览器中打开 %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::FetchTracker</name>
    <message>
        <source>Offline: nothing is fetched until the network is back</source>
        <translation>离线：网络恢复前不会获取任何内容</translation>
    </message>
    <message>
        <source>Online again</source>
        <translation>已重新联网</translation>
    </message>
    <message>
        <source>%1 is not stored, and Newsdesk is offline.</source>
        <translation>%1 尚未保存，而 Newsdesk 处于离线状态。</translation>
    </message>
    <message>
        <source>%1 could not be fetched: the server did not answer in time.</source>
        <translation>无法获取%1：服务器未能及时响应。</translation>
    </message>
    <message>
        <source>%1 could not be fetched: the server did not send an article.</source>
        <translation>无法获取%1：服务器发送的不是文章。</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>已取消获取%1。</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>无法获取%1：%2</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Fetching the latest news on %1…</source>
        <translation>正在获取 %1 的最新资讯…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed: %n new article(s)</source>
        <translation>
            <numerusform>已刷新：%n 篇新文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>%n 个来源失败：%1</numerusform>
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
        <translation>已保存以供离线阅读：%1</translation>
    </message>
    <message>
        <source>%1 could not be found.</source>
        <translation>找不到%1。</translation>
    </message>
    <message>
        <source>the image from %1</source>
        <translation>来自 %1 的图片</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载%1…</translation>
    </message>
    <message>
        <source>“%1” is a web page, and Newsdesk shows only markdown documents: open it in your browser to read the whole article.</source>
        <translation>“%1”是网页，而 Newsdesk 只显示 Markdown 文档：请在浏览器中打开以阅读全文。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ImportFlow</name>
    <message>
        <source>Importing %v of %m</source>
        <translation>正在导入 %v / %m</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>已有导入正在进行</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation>欢迎使用 Newsdesk</translation>
    </message>
    <message>
        <source>Your library is empty. Load the sample library (a few articles in English, 简体中文 and 繁體中文) to see how Newsdesk works?</source>
        <translation>您的资料库是空的。要载入示例资料库（几篇 English、简体中文和繁體中文文章）来看看 Newsdesk 如何使用吗？</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::Importer</name>
    <message>
        <source>the library could not be opened: %1</source>
        <translation>无法打开资料库：%1</translation>
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
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Type a search or pick a view to save first.</source>
        <translation>请先输入搜索或选择一个视图，再保存。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
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
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import markdown files</source>
        <translation>导入 Markdown 文件</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>打开网址(&amp;U)…</translation>
    </message>
    <message>
        <source>Fetch one article by its address and show it</source>
        <translation>按地址获取一篇文章并显示</translation>
    </message>
    <message>
        <source>Load &amp;Sample Library</source>
        <translation>载入示例资料库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh Subscriptions</source>
        <translation>刷新订阅(&amp;R)</translation>
    </message>
    <message>
        <source>Su&amp;bscribe…</source>
        <translation>订阅(&amp;B)…</translation>
    </message>
    <message>
        <source>Subscribe to a news page or feed</source>
        <translation>订阅资讯页面或信息源</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>搜索文章(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation>查看源文件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
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
        <translation>下一篇未读文章(&amp;U)</translation>
    </message>
    <message>
        <source>Scroll Down or Next Unread</source>
        <translation>向下滚动或下一篇未读</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark this article (kept for offline reading)</source>
        <translation>将此文章加入书签（保存以供离线阅读）</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>在浏览器中打开原文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>关于 Newsdesk(&amp;A)</translation>
    </message>
    <message>
        <source>%1: not available (%2)</source>
        <translation>%1：不可用（%2）</translation>
    </message>
    <message>
        <source>%1: not stored yet, fetched when chosen</source>
        <translation>%1：尚未保存，选择时获取</translation>
    </message>
    <message>
        <source>%1: this article has no such version</source>
        <translation>%1：这篇文章没有该语言版本</translation>
    </message>
    <message>
        <source>Next Match in Article</source>
        <translation>文章中的下一处匹配</translation>
    </message>
    <message>
        <source>Previous Match in Article</source>
        <translation>文章中的上一处匹配</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存搜索…</translation>
    </message>
    <message>
        <source>Keep this view and search in the sidebar under a name</source>
        <translation>以一个名称将此视图和搜索保存在侧边栏中</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>导入订阅 (OPML)…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds an OPML file from another reader lists</source>
        <translation>订阅其他阅读器导出的 OPML 文件中列出的订阅源</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>导出订阅 (OPML)…</translation>
    </message>
    <message>
        <source>Write the subscriptions and the watchlist&apos;s news pages to an OPML file</source>
        <translation>将订阅和自选股的新闻页写入 OPML 文件</translation>
    </message>
    <message>
        <source>&amp;Fetch Full Article</source>
        <translation>获取全文(&amp;F)</translation>
    </message>
    <message>
        <source>This article is a feed&apos;s excerpt: fetch the document it was cut from</source>
        <translation>本文是订阅源的摘录：获取其原始文档</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Label, mark, mute or notify arriving articles that match a search</source>
        <translation>为符合搜索条件的新文章加标签、标记、静音或发出通知</translation>
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
        <translation>无法打开资料库 %1：
%2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderController</name>
    <message>
        <source>Could not open the article: %1</source>
        <translation>无法打开文章：%1</translation>
    </message>
    <message>
        <source>Could not mark the article read: %1</source>
        <translation>无法将文章标记为已读：%1</translation>
    </message>
    <message>
        <source>Could not mark the article unread: %1</source>
        <translation>无法将文章标记为未读：%1</translation>
    </message>
    <message>
        <source>Could not change the bookmark: %1</source>
        <translation>无法更改书签：%1</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>已加入书签：%1</translation>
    </message>
    <message>
        <source>Bookmark removed: %1</source>
        <translation>已移除书签：%1</translation>
    </message>
    <message>
        <source>%1 is not stored, and fetching is not available.</source>
        <translation>%1 尚未保存，且无法获取。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在载入%1…</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>“%1” is not stored, and fetching is not available.</source>
        <translation>“%1”尚未保存，且无法获取。</translation>
    </message>
    <message>
        <source>Fetching “%1”…</source>
        <translation>正在获取“%1”…</translation>
    </message>
    <message>
        <source>Images cannot be fetched here.</source>
        <translation>此处无法获取图片。</translation>
    </message>
    <message>
        <source>“%1” cannot be fetched here.</source>
        <translation>此处无法获取“%1”。</translation>
    </message>
    <message>
        <source>Fetching the full article “%1”…</source>
        <translation>正在获取全文“%1”…</translation>
    </message>
    <message>
        <source>Could not add the label: %1</source>
        <translation>无法添加标签：%1</translation>
    </message>
    <message>
        <source>Could not remove the label: %1</source>
        <translation>无法移除标签：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ReaderPane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>选择一篇文章，在此阅读。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::RetentionSchedule</name>
    <message numerus="yes">
        <source>Deleted %n old article(s); %1 freed</source>
        <translation>
            <numerusform>已删除 %n 篇旧文章，释放了 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Old articles could not be deleted: %1</source>
        <translation>无法删除旧文章：%1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::RulesDialog</name>
    <message>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>加入书签</translation>
    </message>
    <message>
        <source>Notify me</source>
        <translation>通知我</translation>
    </message>
    <message>
        <source>Mute (leave out of All and Unread)</source>
        <translation>静音（不在“全部”和“未读”中显示）</translation>
    </message>
    <message>
        <source>Stop: later rules do not see what this one matched</source>
        <translation>停止：后面的规则不再处理本规则匹配的文章</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
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
        <translation>应用于已有文章…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>A search, for example ticker:AAPL earnings</source>
        <translation>搜索条件，例如 ticker:AAPL earnings</translation>
    </message>
    <message>
        <source>Labels to add, separated by commas</source>
        <translation>要添加的标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Rules run in this order on every arriving article.</source>
        <translation>规则按此顺序处理每篇新到的文章。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Added the rule “%1”.</source>
        <translation>已添加规则“%1”。</translation>
    </message>
    <message>
        <source>Saved the rule “%1”.</source>
        <translation>已保存规则“%1”。</translation>
    </message>
    <message>
        <source>Removed the rule.</source>
        <translation>已移除规则。</translation>
    </message>
    <message numerus="yes">
        <source>In the last 30 days this search matched %n article(s).</source>
        <translation>
            <numerusform>过去 30 天内，此搜索匹配了 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule would change no stored article.</source>
        <translation>此规则不会改变任何已存储的文章。</translation>
    </message>
    <message>
        <source>Apply Rule</source>
        <translation>应用规则</translation>
    </message>
    <message numerus="yes">
        <source>Applying “%1” would change %n stored article(s).</source>
        <translation>
            <numerusform>应用“%1”将改变 %n 篇已存储的文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n article(s).</source>
        <translation>
            <numerusform>已改变 %n 篇文章。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::SearchField</name>
    <message>
        <source>Search: words &quot;phrase&quot; -word ticker:NVDA.US lang:zh-CN is:unread</source>
        <translation>搜索：词语 &quot;短语&quot; -排除词 ticker:NVDA.US lang:zh-CN is:unread</translation>
    </message>
    <message>
        <source>Words and &quot;phrases&quot; all match; -word leaves out; a ticker or company name finds its articles; ticker:NVDA.US, lang:zh-CN, after:2026-04-01, before:2026-05-01, is:unread, is:bookmarked narrow the list. Esc clears. (Ctrl+F or /)</source>
        <translation>词语和 &quot;短语&quot; 须全部匹配；-词语 表示排除；股票代码或公司名称可找到相关文章；ticker:NVDA.US、lang:zh-CN、after:2026-04-01、before:2026-05-01、is:unread、is:bookmarked 用于缩小列表。按 Esc 清除。（Ctrl+F 或 /）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::SettingsDialog</name>
    <message>
        <source>Load remote images in articles</source>
        <translation>载入文章中的远程图片</translation>
    </message>
    <message>
        <source>Work offline (no request leaves the computer)</source>
        <translation>离线工作（不向网络发出任何请求）</translation>
    </message>
    <message>
        <source>Notify me of new articles on watchlist tickers</source>
        <translation>自选股有新文章时通知我</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>Open in the system browser</source>
        <translation>在系统浏览器中打开</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Off: images show as placeholders unless they are stored for offline reading</source>
        <translation>关闭时：除非已保存以供离线阅读，否则图片显示为占位图</translation>
    </message>
    <message>
        <source>Preferred reading language:</source>
        <translation>首选阅读语言：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>External links:</source>
        <translation>外部链接：</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
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
        <translation>文章显示达到这段时间后才算已读；滚动经过的行不会被标为已读</translation>
    </message>
    <message>
        <source>Mark as read after:</source>
        <translation>标为已读的延迟：</translation>
    </message>
    <message>
        <source> × the 30-day daily mean</source>
        <translation> × 30 日日均篇数</translation>
    </message>
    <message>
        <source> articles or more</source>
        <translation> 篇或以上</translation>
    </message>
    <message>
        <source>A ticker shows a Buzz badge when today&apos;s articles about it reach both</source>
        <translation>当某股票今天的文章数同时达到这两项时，显示“热议”标记</translation>
    </message>
    <message>
        <source>Buzz when today&apos;s articles reach:</source>
        <translation>今天文章数达到以下时为热议：</translation>
    </message>
    <message>
        <source>and:</source>
        <translation>并且：</translation>
    </message>
    <message>
        <source>Back up the library every week (the last 3 copies are kept)</source>
        <translation>每周备份资料库（保留最近 3 份）</translation>
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
        <translation>保留若干个月</translation>
    </message>
    <message>
        <source>Older articles are deleted in the background once a day; bookmarked, labelled and watchlist articles are always kept</source>
        <translation>更早的文章每天在后台删除一次；已加书签、有标签和自选股相关的文章始终保留</translation>
    </message>
    <message>
        <source>&quot;backups&quot; beside the library</source>
        <translation>资料库旁的“backups”文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Keep articles:</source>
        <translation>保留文章：</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
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
        <translation>未读</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>自选股</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add ticker to watchlist…</source>
        <translation>添加股票到自选股…</translation>
    </message>
    <message>
        <source>Type a ticker such as AAPL.US or 700.HK and press Enter</source>
        <translation>输入股票代码（如 AAPL.US 或 700.HK）后按回车</translation>
    </message>
    <message>
        <source>Articles on any ticker of the watchlist; drag tickers to reorder</source>
        <translation>与任一自选股相关的文章；拖动股票可调整顺序</translation>
    </message>
    <message>
        <source>Remove %1 from Watchlist</source>
        <translation>从自选股移除 %1</translation>
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
        <translation>添加股票到自选股…</translation>
    </message>
    <message>
        <source>Refresh This Source</source>
        <translation>刷新此来源</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1，%n 篇未读</numerusform>
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
            <numerusform>连续 %n 次失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>已存搜索</translation>
    </message>
    <message>
        <source>Searches kept by name: Edit → Save Search; drag them to reorder</source>
        <translation>按名称保存的搜索：编辑 → 保存搜索；拖动可调整顺序</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>搜索“%1”的名称：</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>重命名已存搜索</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Edit Search…</source>
        <translation>编辑搜索…</translation>
    </message>
    <message>
        <source>Edit Saved Search</source>
        <translation>编辑已存搜索</translation>
    </message>
    <message>
        <source>Search for “%1”:</source>
        <translation>“%1”的搜索内容：</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>%1, buzz</source>
        <translation>%1，热议</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Labels on articles: right-click an article to add one</source>
        <translation>文章上的标签：右键点击文章即可添加</translation>
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
        <translation>正在刷新 %v / %m</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
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
        <translation>不是网址：%1</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>已订阅 %1</translation>
    </message>
    <message>
        <source>Subscribed to the news on %1</source>
        <translation>已订阅 %1 的资讯</translation>
    </message>
    <message>
        <source>Could not import subscriptions: %1</source>
        <translation>无法导入订阅：%1</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n new feed(s) of %1</source>
        <translation>
            <numerusform>已订阅 %1 个订阅源中的 %n 个新订阅源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>跳过 %n 个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export subscriptions: %1</source>
        <translation>无法导出订阅：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个订阅导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerHeader</name>
    <message>
        <source>Remove from Watchlist</source>
        <translation>从自选股移除</translation>
    </message>
    <message>
        <source>Add to Watchlist</source>
        <translation>加入自选股</translation>
    </message>
    <message>
        <source>Fetch Latest News</source>
        <translation>获取最新资讯</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <source>Subscribe to News</source>
        <translation>订阅资讯</translation>
    </message>
    <message>
        <source>Subscribe to this ticker&apos;s news page, refreshed on a schedule</source>
        <translation>订阅该股票的资讯页面，并定时刷新</translation>
    </message>
    <message>
        <source>No other names are marked in articles</source>
        <translation>文章中没有标记其他名称</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Edit Names…</source>
        <translation>编辑名称…</translation>
    </message>
    <message>
        <source>The company names marked as this ticker in articles</source>
        <translation>文章中标记为该股票的公司名称</translation>
    </message>
    <message>
        <source>Counting stored articles…</source>
        <translation>正在统计已存文章…</translation>
    </message>
    <message>
        <source>%1 · %2 unread · %3 in the last 7 days</source>
        <translation>%1 · %2 篇未读 · 最近 7 天 %3 篇</translation>
    </message>
    <message numerus="yes">
        <source>%n stored article(s)</source>
        <translation>
            <numerusform>已存 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Buzz</source>
        <translation>热议</translation>
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
        <translation>无法为 %2 添加“%1”：%3</translation>
    </message>
    <message>
        <source>Could not remove “%1” from %2: %3</source>
        <translation>无法从 %2 删除“%1”：%3</translation>
    </message>
    <message>
        <source>%1 is now also called “%2”</source>
        <translation>%1 现在也称为“%2”</translation>
    </message>
    <message>
        <source>“%1” no longer marks %2</source>
        <translation>“%1”不再标记为 %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerListFilter</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
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
        <translation>相关</translation>
    </message>
    <message>
        <source>Mentioned only</source>
        <translation>仅提及</translation>
    </message>
    <message>
        <source>Primary: first of the article&apos;s related stocks, or named in its title; related: among its related stocks; mentioned: only in its text</source>
        <translation>主要：文章相关股票中的第一只，或在标题中提到；相关：在其相关股票中；提及：仅在正文中出现</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>所有语言</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerTimeline</name>
    <message>
        <source>Articles per day</source>
        <translation>每日文章数</translation>
    </message>
    <message>
        <source>Articles per week</source>
        <translation>每周文章数</translation>
    </message>
    <message>
        <source>Articles per day over the last 90 days, per week before; click a bar to list its articles</source>
        <translation>最近 90 天按日、更早按周统计的文章数；点击柱形可列出其中的文章</translation>
    </message>
    <message>
        <source>News volume</source>
        <translation>资讯量</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerTogether</name>
    <message>
        <source>Often together:</source>
        <translation>经常同时出现：</translation>
    </message>
    <message numerus="yes">
        <source>In %n of the same articles over the last 90 days; click to see its view</source>
        <translation>
            <numerusform>最近 90 天在 %n 篇相同文章中出现；点击查看该股票</numerusform>
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
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
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
        <translation>“%1”不是股票代码：请写成 代码.市场，例如 AAPL.US 或 700.HK</translation>
    </message>
    <message>
        <source>%1 is already on the watchlist</source>
        <translation>%1 已在自选股中</translation>
    </message>
    <message>
        <source>Could not add %1 to the watchlist: %2</source>
        <translation>无法将 %1 添加到自选股：%2</translation>
    </message>
    <message>
        <source>Added %1 to the watchlist</source>
        <translation>已将 %1 添加到自选股</translation>
    </message>
    <message>
        <source>Could not remove %1 from the watchlist: %2</source>
        <translation>无法从自选股移除 %1：%2</translation>
    </message>
    <message>
        <source>Removed %1 from the watchlist</source>
        <translation>已从自选股移除 %1</translation>
    </message>
    <message>
        <source>Could not move %1: %2</source>
        <translation>无法移动 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Buzz: %n article(s) today against a 30-day daily mean of %1</source>
        <translation>
            <numerusform>热议：今天 %n 篇文章，30 日日均 %1 篇</numerusform>
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
        <translation>订阅</translation>
    </message>
    <message>
        <source>Address of a news page, a ticker&apos;s news page or a feed:
for example https://longbridge.com/en/news.md or …/quote/AAPL.US/news.md</source>
        <translation>资讯页面、个股资讯页面或信息源的地址：
例如 https://longbridge.com/zh-CN/news.md 或 …/quote/AAPL.US/news.md</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <source>Address of an article (it is fetched, stored and shown):</source>
        <translation>文章地址（将获取、保存并显示）：</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Markdown articles (*.md *.markdown);;All files (*)</source>
        <translation>Markdown 文章 (*.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>导入文章文件夹</translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>导入订阅</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 文件 (*.opml *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>导出订阅</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML 文件 (*.opml)</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>关于 Newsdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;A desktop reader for market news.&lt;/p&gt;&lt;p&gt;Articles are stored on this computer; nothing in an article runs as a program, and nothing is loaded from the network unless you allow it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;市场资讯桌面阅读器。&lt;/p&gt;&lt;p&gt;文章保存在本机；文章中的任何内容都不会作为程序运行，除非您允许，否则不会从网络载入任何内容。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RuleList</name>
    <message>
        <source>label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>加入书签</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>静音</translation>
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
        <translation>今天</translation>
    </message>
    <message>
        <source>Watchlist, last 24 hours</source>
        <translation>自选股，最近 24 小时</translation>
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
        <translation>上次错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row</source>
        <translation>
            <numerusform>连续失败 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>下次尝试：%1</translation>
    </message>
</context>
<context>
    <name>ViewCaption</name>
    <message>
        <source>No articles match “%1” here.</source>
        <translation>这里没有与“%1”匹配的文章。</translation>
    </message>
    <message>
        <source>No articles yet.

Import markdown files (Ctrl+O), drop them here, or load the sample library from the File menu.</source>
        <translation>还没有文章。

导入 Markdown 文件（Ctrl+O）、把文件拖到这里，或从“文件”菜单载入示例资料库。</translation>
    </message>
    <message>
        <source>Nothing unread.</source>
        <translation>没有未读文章。</translation>
    </message>
    <message>
        <source>No bookmarks yet. Press B to bookmark the article you are reading.</source>
        <translation>还没有书签。按 B 可将正在阅读的文章加入书签。</translation>
    </message>
    <message>
        <source>The watchlist is empty. Add a ticker below the sidebar, or open a ticker from an article.</source>
        <translation>自选股是空的。在侧栏下方添加股票，或从文章中打开股票。</translation>
    </message>
    <message>
        <source>No stored articles here.</source>
        <translation>这里没有已保存的文章。</translation>
    </message>
</context>
<context>
    <name>WatchlistAlerts</name>
    <message numerus="yes">
        <source>%n new article(s) on your watchlist</source>
        <translation>
            <numerusform>自选股有 %n 篇新文章</numerusform>
        </translation>
    </message>
</context>
</TS>
