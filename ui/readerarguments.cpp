#include "ui/readerarguments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QUrl>

namespace Newsdesk::Ui {

namespace {

// The reader's options, in the order the help lists them. The help and version options are
// answered by the command line (`newsdesk help`, `newsdesk version`) before the reader starts.
QList<QCommandLineOption> readerOptions()
{
    return {
        {{u"h"_qs, u"help"_qs}, u"Show this help and the commands, then exit."_qs},
        {{u"v"_qs, u"version"_qs}, u"Show the version, then exit."_qs},
        {{u"db"_qs}, u"The library file (else $NEWSDESK_DB, else the platform's app-data location)."_qs, u"FILE"_qs},
        {{u"open"_qs}, u"Open the stored article KEY (a news id, URL or imported file's path), in LOCALE if given."_qs,
            u"KEY[@LOCALE]"_qs},
        {{u"offline"_qs}, u"Work offline in this run: no network request leaves (the setting stays as it is)."_qs},
        {{u"screenshot"_qs}, u"Save a PNG of the window to FILE once the article has loaded, then quit."_qs,
            u"FILE"_qs},
        {{u"now"_qs}, u"With --screenshot: the moment taken as now (ISO 8601), so the pictures stay the same."_qs,
            u"DATETIME"_qs},
        {{u"dialog"_qs}, u"With --screenshot: show a dialog over the window first (rules)."_qs, u"NAME"_qs},
    };
}

// What QGuiApplication and QApplication take from the command line themselves (their documented
// options and X11's), so that `newsdesk -style fusion` is neither an error nor the command "fusion".
QList<QCommandLineOption> qtOptions()
{
    QList<QCommandLineOption> options;
    for (const char16_t *name : {u"platform", u"platformpluginpath", u"platformtheme", u"plugin", u"qwindowgeometry",
             u"qwindowicon", u"qwindowtitle", u"session", u"style", u"stylesheet", u"qmljsdebugger", u"display",
             u"geometry", u"title", u"icon", u"name", u"class"}) {
        options.append(QCommandLineOption(QString::fromUtf16(name), QString(), u"value"_qs));
    }
    for (const char16_t *name : {u"reverse", u"widgetcount", u"testability", u"sync", u"nograb", u"dograb"})
        options.append(QCommandLineOption(QString::fromUtf16(name)));
    for (QCommandLineOption &option : options)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return options;
}

void configure(QCommandLineParser &parser)
{
    // Qt's options are written with one dash (-platform); ours are accepted so too.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        u"Without a command, Newsdesk starts the reader on the library. FILE.md and URL are\n"
        u"imported and shown, by the reader already running on that library if there is one."_qs);
    parser.addOptions(readerOptions());
    parser.addOptions(qtOptions());
    parser.addPositionalArgument(
        u"FILE.md|URL"_qs, u"Markdown files or article URLs to import and show."_qs, u"[FILE.md|URL…]"_qs);
}

} // namespace

bool ReaderArguments::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    configure(parser);
    m_error = parser.parse(arguments) ? QString() : parser.errorText();
    m_db = parser.value(u"db"_qs);
    m_open = parser.value(u"open"_qs);
    m_screenshot = parser.value(u"screenshot"_qs);
    m_now = parser.value(u"now"_qs);
    m_dialog = parser.value(u"dialog"_qs);
    m_offline = parser.isSet(u"offline"_qs);
    m_documents.clear();
    for (const QString &argument : parser.positionalArguments()) {
        if (argument.startsWith(u"https:") || argument.startsWith(u"http:"))
            m_documents.append(argument);
        else
            m_documents.append(
                QDir().absoluteFilePath(argument.startsWith(u"file:") ? QUrl(argument).toLocalFile() : argument));
    }
    return m_error.isEmpty();
}

QStringList ReaderArguments::handOverArguments() const
{
    QStringList arguments = m_documents;
    if (!m_open.isEmpty())
        arguments.prepend(u"--open="_qs + m_open);
    return arguments;
}

QStringList ReaderArguments::optionsWithValue()
{
    QStringList names;
    for (const QList<QCommandLineOption> &options : {readerOptions(), qtOptions()}) {
        for (const QCommandLineOption &option : options) {
            if (option.valueName().isEmpty())
                continue;
            for (const QString &name : option.names())
                names << u"--"_qs + name << u"-"_qs + name;
        }
    }
    return names;
}

QString ReaderArguments::helpText()
{
    QCommandLineParser parser;
    configure(parser);
    // Its usage line names the executable by the path it was started with; the help names it as typed.
    const QString text = parser.helpText();
    return u"Usage: newsdesk [options] [FILE.md|URL…]\n"_qs + text.section(u'\n', 1);
}

} // namespace Newsdesk::Ui
