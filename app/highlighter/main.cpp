// newsdesk-highlighter: highlights code with KDE Syntax-Highlighting for the reader. A Qt 5
// program (Debian 12 ships KSyntaxHighlighting only as KF5); it speaks the framed protocol of
// app/render/helperprotocol.h on stdin and stdout until stdin closes.
// `newsdesk-highlighter --stylesheet` prints the CSS for the classes it writes.

#include "highlighter/definitionfinder.h"
#include "highlighter/spanhighlighter.h"
#include "highlighter/stylesheet.h"
#include "render/helperprotocol.h"

#include <QCoreApplication>
#include <QTextStream>

#include <KSyntaxHighlighting/Repository>
#include <cstdio>

using namespace Newsdesk;

namespace {

Render::Protocol::Frame highlight(const Render::Protocol::Frame &request, Highlighter::DefinitionFinder &finder,
    Highlighter::SpanHighlighter &highlighter)
{
    if (request.parts.size() % 2 != 0)
        return Render::Protocol::errorReply("highlight needs pairs of language and code");
    Render::Protocol::Frame reply;
    for (int i = 0; i + 1 < request.parts.size(); i += 2) {
        const QByteArray &language = request.parts.at(i);
        Render::Protocol::honourTestHook(language);
        highlighter.setDefinition(finder.find(QString::fromUtf8(language)));
        reply.parts.append(highlighter.highlight(QString::fromUtf8(request.parts.at(i + 1))).toUtf8());
    }
    return reply;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KSyntaxHighlighting::Repository repository;
    Highlighter::DefinitionFinder finder(repository);
    Highlighter::SpanHighlighter highlighter;
    highlighter.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));

    if (app.arguments().contains(QStringLiteral("--stylesheet"))) {
        QTextStream(stdout) << Highlighter::stylesheet(repository);
        return 0;
    }

    return Render::Protocol::serve([&](const Render::Protocol::Frame &request) {
        const QByteArray type = request.header("type");
        if (type == "highlight")
            return highlight(request, finder, highlighter);
        if (type == "stylesheet") {
            Render::Protocol::Frame reply;
            reply.parts.append(Highlighter::stylesheet(repository).toUtf8());
            return reply;
        }
        return Render::Protocol::errorReply("unknown request type: " + type);
    });
}
