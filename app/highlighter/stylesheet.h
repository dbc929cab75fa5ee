#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Newsdesk::Highlighter {

// The CSS for the hl-* classes SpanHighlighter writes, from KDE's "Breeze Light" theme under
// .theme-light and "Breeze Dark" under .theme-dark (the page's root element has one of the two).
QString stylesheet(KSyntaxHighlighting::Repository &repository);

} // namespace Newsdesk::Highlighter
