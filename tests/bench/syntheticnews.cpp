#include "syntheticnews.h"

#include <cmath>

namespace Newsdesk::Bench {

namespace {

const QStringList englishCommon
    = QStringLiteral("the the the the of of of and and and to to in in a a for on with as by at from that is was are "
                     "its it has have had will would said says which their this more than after before over about "
                     "market market shares stock stocks investors analysts revenue revenues profit earnings quarter "
                     "quarterly year growth sales orders demand supply chain company companies group holdings bank "
                     "banks rate rates inflation bond bonds yield yields dollar yuan index indices trading traders "
                     "rose fell gained dropped climbed slipped jumped eased percent billion million guidance forecast "
                     "outlook estimates consensus margin margins cash flow capital spending data center cloud chips "
                     "semiconductor semiconductors semiannual semifinal semiautomatic accelerator packaging supplier "
                     "customers contract contracts regulators policy central economy economic tariffs exports imports "
                     "energy oil gold copper lithium battery vehicles electric consumer retail property developers "
                     "board management dividend buyback shareholders deal acquisition merger listing offering "
                     "Hong Kong Shanghai Shenzhen Singapore New York Nasdaq futures options volatility record highest "
                     "lowest first second third fourth strong weak steady slow faster expected unexpected early late")
          .split(u' ', Qt::SkipEmptyParts);

const QStringList simplified = QStringLiteral(
    "公司 营收 增长 市场 投资者 股价 季度 利润 同比 环比 分析师 预期 银行 人民币 美元 指数 上涨 下跌 板块 科技 "
    "半导体 新能源 汽车 消费 地产 政策 央行 利率 债券 基金 估值 业绩 财报 订单 需求 供应链 产能 出口 进口 通胀 "
    "就业 经济 数据 表示 宣布 计划 发布 报告 显示 认为 今年 明年 上半年 下半年 全年 收入 毛利率 净利润 现金流 "
    "资本开支 研发 芯片 云计算 人工智能 数据中心 客户 合同 监管 风险 机会 战略 合作 收购 并购 股东 回购 分红 "
    "董事会 管理层 交易 成交量 港股 美股 恒生 纳斯达克 标普 期货 黄金 原油 大宗商品 货币 汇率 外资 机构 散户 "
    "评级 目标价 买入 持有 卖出 上调 下调 维持 超出 低于 符合 强劲 疲软 稳定 波动 复苏 放缓 加速 创新高 历史 "
    "首次 继续 进一步 主要 部分 整体 行业 领域 产品 服务 平台 用户 的 的 的 了 在 和 是 将 也 对")
                                   .split(u' ', Qt::SkipEmptyParts);

const QStringList traditional = QStringLiteral(
    "公司 營收 增長 市場 投資者 股價 季度 利潤 同比 環比 分析師 預期 銀行 人民幣 美元 指數 上漲 下跌 板塊 科技 "
    "半導體 新能源 汽車 消費 地產 政策 央行 利率 債券 基金 估值 業績 財報 訂單 需求 供應鏈 產能 出口 進口 通脹 "
    "就業 經濟 數據 表示 宣佈 計劃 發佈 報告 顯示 認為 今年 明年 上半年 下半年 全年 收入 毛利率 淨利潤 現金流 "
    "資本開支 研發 晶片 雲計算 人工智能 數據中心 客戶 合同 監管 風險 機會 戰略 合作 收購 併購 股東 回購 分紅 "
    "董事會 管理層 交易 成交量 港股 美股 恒生 納斯達克 標普 期貨 黃金 原油 大宗商品 貨幣 匯率 外資 機構 散戶 "
    "評級 目標價 買入 持有 賣出 上調 下調 維持 超出 低於 符合 強勁 疲軟 穩定 波動 復甦 放緩 加速 創新高 歷史 "
    "首次 繼續 進一步 主要 部分 整體 行業 領域 產品 服務 平台 用戶 的 的 的 了 在 和 是 將 也 對")
                                    .split(u' ', Qt::SkipEmptyParts);

const QStringList syllables = QStringLiteral("ka lo ve ri tan mor pel qui zen dra vo lix nar tem bu sor fin gal "
                                             "hex ion mar det ul pra sto vin cor bel ard ost yum")
                                  .split(u' ');

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString yamlQuoted(QString text)
{
    text.replace(u'\\', u"\\\\"_qs).replace(u'"', u"\\\""_qs);
    return u'"' + text + u'"';
}

} // namespace

SyntheticNews::SyntheticNews(quint32 seed)
    : m_random(seed)
{
    // A fixed pool: the same tickers for every seed, so that the watchlist finds them.
    QRandomGenerator pool(7);
    auto letters = [&](int count) {
        QString code;
        for (int i = 0; i < count; ++i)
            code += QChar(u'A' + int(pool.bounded(26)));
        return code;
    };
    for (int i = 0; i < 400; ++i) {
        const int kind = i % 5;
        Stock stock;
        if (kind <= 1) {
            stock = {letters(2 + int(pool.bounded(3))), u"US"_qs, capitalized(letters(6).toLower()) + u" Inc."_qs};
        } else if (kind == 2) {
            stock = {
                QString::number(1 + pool.bounded(9999)), u"HK"_qs, capitalized(letters(7).toLower()) + u" Holdings"_qs};
        } else if (kind == 3) {
            stock = {
                QString::number(600000 + pool.bounded(4000)), u"SH"_qs, capitalized(letters(5).toLower()) + u" Co."_qs};
        } else {
            stock = {QString::number(1 + pool.bounded(3000)).rightJustified(6, u'0'), u"SZ"_qs,
                capitalized(letters(5).toLower()) + u" Ltd."_qs};
        }
        m_stocks.append(stock);
    }
    for (int i = 0; i < 6000; ++i) {
        QString word;
        const int parts = 2 + int(pool.bounded(3));
        for (int p = 0; p < parts; ++p)
            word += syllables.at(pool.bounded(int(syllables.size())));
        m_pseudoWords.append(word);
    }
}

int SyntheticNews::popularIndex(qsizetype size, double skew)
{
    // Zipf-like: small indexes are drawn far more often.
    return int(double(size) * std::pow(m_random.generateDouble(), skew));
}

QString SyntheticNews::ticker(const Stock &stock)
{
    QString code = stock.code;
    if (stock.market == u"HK") {
        const int width = int(m_random.bounded(3)); // 700.HK, 0700.HK, 00700.HK
        code = code.rightJustified(std::max(int(code.size()), std::min(5, 3 + width)), u'0');
    }
    return code + u'.' + stock.market;
}

QStringList SyntheticNews::watchlist() const
{
    QStringList tickers;
    for (const int index : {0, 2, 5, 20, 40, 60, 85, 150, 230, 330}) {
        const Stock &stock = m_stocks.at(index);
        const QString code = stock.market == u"HK" ? stock.code.rightJustified(5, u'0') : stock.code;
        tickers.append(code + u'.' + stock.market);
    }
    return tickers;
}

QString SyntheticNews::englishSentence(int words)
{
    QString sentence;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            sentence += u' ';
        sentence += m_random.bounded(100) < 60 ? englishCommon.at(popularIndex(englishCommon.size(), 1.4))
                                               : m_pseudoWords.at(popularIndex(m_pseudoWords.size(), 2.5));
    }
    return capitalized(sentence);
}

QString SyntheticNews::chineseSentence(int words, bool traditional)
{
    const QStringList &vocabulary = traditional ? Bench::traditional : simplified;
    QString sentence;
    for (int i = 0; i < words; ++i) {
        sentence += vocabulary.at(popularIndex(vocabulary.size(), 1.3));
        if (m_random.bounded(12) == 0)
            sentence += QString::number(m_random.bounded(1000)) + u'%';
    }
    return sentence;
}

QString SyntheticNews::englishText(qsizetype chars, const QStringList &mentions, bool rare)
{
    QString text;
    text.reserve(chars + 400);
    int paragraph = 0;
    while (text.size() < chars) {
        if (paragraph > 0 && paragraph % 3 == 0)
            text += u"**" + englishSentence(3 + int(m_random.bounded(4))) + u"**\n\n";
        for (int s = 0; s < 4 + int(m_random.bounded(4)); ++s) {
            QString sentence = englishSentence(8 + int(m_random.bounded(14)));
            if (!mentions.isEmpty() && m_random.bounded(6) == 0)
                sentence += u" (" + mentions.at(m_random.bounded(int(mentions.size()))) + u')';
            if (rare && paragraph == 1 && s == 0)
                sentence += u" zirconium"_qs;
            text += sentence + u". ";
        }
        text += u"\n\n";
        ++paragraph;
    }
    return text;
}

QString SyntheticNews::chineseText(qsizetype chars, const QStringList &mentions, bool traditional)
{
    QString text;
    text.reserve(chars + 200);
    int paragraph = 0;
    while (text.size() < chars) {
        if (paragraph > 0 && paragraph % 3 == 0)
            text += u"**" + chineseSentence(3 + int(m_random.bounded(3)), traditional) + u"**\n\n";
        for (int s = 0; s < 3 + int(m_random.bounded(4)); ++s) {
            QString sentence = chineseSentence(6 + int(m_random.bounded(10)), traditional);
            if (!mentions.isEmpty() && m_random.bounded(5) == 0)
                sentence += u"（" + mentions.at(m_random.bounded(int(mentions.size()))) + u"）";
            text += sentence + (m_random.bounded(3) ? u"，"_qs : u"。"_qs);
        }
        text += u"。\n\n";
        ++paragraph;
    }
    return text;
}

QList<SyntheticArticle> SyntheticNews::articles(qint64 firstId, int documents, const QDateTime &start, int stepSeconds)
{
    static const QStringList locales{u"en"_qs, u"zh-CN"_qs, u"zh-HK"_qs};
    QList<SyntheticArticle> result;
    result.reserve(documents * 3);
    for (int d = 0; d < documents; ++d) {
        const QString id = QString::number(firstId + d);
        const QString datetime = start.addSecs(qint64(d) * stepSeconds).toUTC().toString(Qt::ISODateWithMs);
        QList<const Stock *> related;
        const int relatedCount = 1 + int(m_random.bounded(4));
        while (related.size() < relatedCount) {
            const Stock *stock = &m_stocks.at(popularIndex(m_stocks.size(), 2.2));
            if (!related.contains(stock))
                related.append(stock);
        }
        QStringList spellings;
        for (const Stock *stock : std::as_const(related))
            spellings.append(ticker(*stock));
        QStringList mentions = spellings.mid(0, 2);
        mentions.append(ticker(m_stocks.at(popularIndex(m_stocks.size(), 2.2))));
        const bool rare = m_random.bounded(1000) == 0;
        QList<QPair<QString, qint64>> relatedNews;
        for (int n = 0; n < 3 + int(m_random.bounded(3)); ++n)
            relatedNews.append(
                {englishSentence(6 + int(m_random.bounded(6))), firstId - 1 - qint64(m_random.bounded(100000))});

        for (const QString &locale : locales) {
            SyntheticArticle article;
            article.key = id;
            article.locale = locale;
            const bool chinese = locale != u"en";
            const bool traditionalText = locale == u"zh-HK";
            article.title = chinese ? chineseSentence(5 + int(m_random.bounded(4)), traditionalText)
                                    : englishSentence(6 + int(m_random.bounded(7)));
            article.summary = chinese ? QString(chineseSentence(12 + int(m_random.bounded(8)), traditionalText) + u"。")
                                      : QString(englishSentence(22 + int(m_random.bounded(14))) + u'.');
            article.body = chinese ? chineseText(3300, mentions, traditionalText) : englishText(9800, mentions, rare);

            QString md = u"---\ntitle: " + yamlQuoted(article.title) + u"\ntype: \"News\"\nlocale: \"" + locale
                + u"\"\nurl: \"https://longbridge.com/" + locale + u"/news/" + id + u".md\"\ndescription: "
                + yamlQuoted(article.summary) + u"\ndatetime: \"" + datetime + u"\"\nlocales:\n";
            for (const QString &variant : locales)
                md += u"  - [" + variant + u"](https://longbridge.com/" + variant + u"/news/" + id + u".md)\n";
            md += u"---\n\n> Supported Languages: [English](https://longbridge.com/en/news/" + id
                + u".md) | [简体中文](https://longbridge.com/zh-CN/news/" + id + u".md)\n\n# " + article.title + u"\n\n"
                + article.body + u"\n### Related Stocks\n\n";
            for (qsizetype s = 0; s < related.size(); ++s) {
                md += u"- [" + related.at(s)->name + u" (" + spellings.at(s) + u")](https://longbridge.com/" + locale
                    + u"/quote/" + spellings.at(s) + u".md)\n";
            }
            md += u"\n## Related News & Research\n\n"_qs;
            for (const auto &[headline, newsId] : std::as_const(relatedNews)) {
                md += u"- [" + headline + u"](https://longbridge.com/" + locale + u"/news/" + QString::number(newsId)
                    + u".md)\n";
            }
            article.markdown = md.toUtf8();
            result.append(std::move(article));
        }
    }
    return result;
}

} // namespace Newsdesk::Bench
