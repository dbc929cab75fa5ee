#pragma once

#include "core/article.h"
#include "core/tickerrole.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Newsdesk::Render {

// The article's own tickers (its Related Stocks and mentions: Core::classifyTickers) and their
// aliases, wherever they are in the body's prose, each wrapped in a link to the ticker's view:
//   <a class="ticker-mark" href="newsdesk://ticker/HBLN.US" title="HBLN.US">Harborline</a>
// (class "ticker-mark watched" for a watchlist ticker). Only prose is marked, as matchmarker.h
// does: never in a tag, an entity, code or a link. Another article's stocks are never matched, so
// "Apple" in a recipe stays a fruit. Names match without regard to case, as whole words (Chinese
// anywhere); where two start at one place, the longer wins.
QString markTickers(QStringView html, const Core::Article &article, const Core::TickerFacts &facts);

} // namespace Newsdesk::Render
