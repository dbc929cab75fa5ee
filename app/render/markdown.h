#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Newsdesk::Render {

// A fenced or indented code block taken out of the body, to be highlighted apart.
struct CodeBlock
{
    QString language; // the first word of the fence's info string, as written; empty if none
    QString code;
    friend bool operator==(const CodeBlock &, const CodeBlock &) = default;
};

// A body as HTML, with a placeholder (see codeBlockPlaceholder) where each code block goes.
struct RenderedBody
{
    QString html;
    QList<CodeBlock> codeBlocks;
    friend bool operator==(const RenderedBody &, const RenderedBody &) = default;
};

// Markdown → HTML with cmark-gfm (tables, strikethrough, autolinks, task lists) in safe mode:
// raw HTML becomes a comment and only http, https and mailto links keep an href. Links are
// classified (Core::classifyLink) after resolving them against baseUrl: news and quote links
// become newsdesk://news/… and newsdesk://ticker/…; every image becomes newsdesk://image/?src=….
// Tables are wrapped in a horizontally scrolling <div class="table-scroll">.
// Debian 12's cmark-gfm takes quadratic time on some inputs (FACTS.md): on untrusted markdown,
// call this only in a process that can be killed (newsdesk-render-worker), or use PageRenderer.
RenderedBody renderMarkdown(const QString &markdown, const QUrl &baseUrl = {});

// The marker renderMarkdown leaves in place of code block `index`: an HTML comment that raw
// content cannot produce (safe mode escapes text and replaces raw HTML by a fixed comment).
QString codeBlockPlaceholder(qsizetype index);

// Replaces each placeholder by <pre class="code" data-lang="…"><code>…</code></pre> holding
// highlighted[i] (already HTML), or the escaped code when highlighted has no entry i.
QString spliceCodeBlocks(const RenderedBody &body, const QStringList &highlighted = {});

// The readable stand-in for a body that could not be rendered: a short notice, then the
// markdown as escaped plain text in <pre class="fallback">.
QString plainTextFallback(const QString &markdown, const QString &notice);

} // namespace Newsdesk::Render
