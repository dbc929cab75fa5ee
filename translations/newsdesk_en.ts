<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged</source>
        <translation>
            <numerusform>%n file unchanged</numerusform>
            <numerusform>%n files unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::ArticleListMenu</name>
    <message numerus="yes">
        <source>Marked %n article(s) read</source>
        <translation>
            <numerusform>Marked %n article read</numerusform>
            <numerusform>Marked %n articles read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::DamageNotice</name>
    <message numerus="yes">
        <source>%n article(s) were copied into %1; %2 could not be read. Start Newsdesk with --db and that file to read it.</source>
        <translation>
            <numerusform>%n article was copied into %1; %2 could not be read. Start Newsdesk with --db and that file to read it.</numerusform>
            <numerusform>%n articles were copied into %1; %2 could not be read. Start Newsdesk with --db and that file to read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n new article(s) on your watchlist</source>
        <translation>
            <numerusform>%n new article on your watchlist</numerusform>
            <numerusform>%n new articles on your watchlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1”: %n new article(s)</source>
        <translation>
            <numerusform>Rule “%1”: %n new article</numerusform>
            <numerusform>Rule “%1”: %n new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::FetchTracker</name>
    <message numerus="yes">
        <source>Refreshed: %n new article(s)</source>
        <translation>
            <numerusform>Refreshed: %n new article</numerusform>
            <numerusform>Refreshed: %n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>%n source failed: %1</numerusform>
            <numerusform>%n sources failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <translation>
            <numerusform>%1: %n new article</numerusform>
            <numerusform>%1: %n new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::RetentionSchedule</name>
    <message numerus="yes">
        <source>Deleted %n old article(s); %1 freed</source>
        <translation>
            <numerusform>Deleted %n old article; %1 freed</numerusform>
            <numerusform>Deleted %n old articles; %1 freed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::RulesDialog</name>
    <message numerus="yes">
        <source>In the last 30 days this search matched %n article(s).</source>
        <translation>
            <numerusform>In the last 30 days this search matched %n article.</numerusform>
            <numerusform>In the last 30 days this search matched %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying “%1” would change %n stored article(s).</source>
        <translation>
            <numerusform>Applying “%1” would change %n stored article.</numerusform>
            <numerusform>Applying “%1” would change %n stored articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n article(s).</source>
        <translation>
            <numerusform>Changed %n article.</numerusform>
            <numerusform>Changed %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::Sidebar</name>
    <message numerus="yes">
        <source>Failing: %n attempts in a row</source>
        <translation>
            <numerusform>Failing: %n attempt in a row</numerusform>
            <numerusform>Failing: %n attempts in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n article</numerusform>
            <numerusform>%1, %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::StatusArea</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::SubscriptionActions</name>
    <message numerus="yes">
        <source>Subscribed to %n new feed(s) of %1</source>
        <translation>
            <numerusform>Subscribed to %n new feed of %1</numerusform>
            <numerusform>Subscribed to %n new feeds of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>%n skipped: %1</numerusform>
            <numerusform>%n skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1</source>
        <translation>
            <numerusform>Exported %n subscription to %1</numerusform>
            <numerusform>Exported %n subscriptions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerHeader</name>
    <message numerus="yes">
        <source>%n stored article(s)</source>
        <translation>
            <numerusform>%n stored article</numerusform>
            <numerusform>%n stored articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) today against a 30-day daily mean of %1</source>
        <translation>
            <numerusform>%n article today against a 30-day daily mean of %1</numerusform>
            <numerusform>%n articles today against a 30-day daily mean of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TickerTogether</name>
    <message numerus="yes">
        <source>In %n of the same articles over the last 90 days; click to see its view</source>
        <translation>
            <numerusform>In %n of the same articles over the last 90 days; click to see its view</numerusform>
            <numerusform>In %n of the same articles over the last 90 days; click to see its view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n of the same articles</source>
        <translation>
            <numerusform>%1, in %n of the same articles</numerusform>
            <numerusform>%1, in %n of the same articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::TimeFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Ui::WatchlistModel</name>
    <message numerus="yes">
        <source>Buzz: %n article(s) today against a 30-day daily mean of %1</source>
        <translation>
            <numerusform>Buzz: %n article today against a 30-day daily mean of %1</numerusform>
            <numerusform>Buzz: %n articles today against a 30-day daily mean of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the last %1 days</source>
        <translation>
            <numerusform>%n article in the last %1 days</numerusform>
            <numerusform>%n articles in the last %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message numerus="yes">
        <source>Failed %n time(s) in a row</source>
        <translation>
            <numerusform>Failed %n time in a row</numerusform>
            <numerusform>Failed %n times in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchlistAlerts</name>
    <message numerus="yes">
        <source>%n new article(s) on your watchlist</source>
        <translation>
            <numerusform>%n new article on your watchlist</numerusform>
            <numerusform>%n new articles on your watchlist</numerusform>
        </translation>
    </message>
</context>
</TS>
