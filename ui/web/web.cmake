# The reader's web view and its defences (ui/web/), included by ui/CMakeLists.txt. Its own static
# library, newsdesk_web, linked into newsdesk_ui, so the WebEngine test needs nothing else of ui/.
# Owned by the rendering engineer; each header says what its piece does.
set(web_dir "${CMAKE_CURRENT_LIST_DIR}")
qt_add_library(newsdesk_web STATIC
    ${web_dir}/appurlscheme.h ${web_dir}/appurlscheme.cpp
    ${web_dir}/imageprovider.h
    ${web_dir}/pagerenderthread.h ${web_dir}/pagerenderthread.cpp
    ${web_dir}/appschemehandler.h ${web_dir}/appschemehandler.cpp
    ${web_dir}/requestinterceptor.h ${web_dir}/requestinterceptor.cpp
    ${web_dir}/readerpage.h ${web_dir}/readerpage.cpp
    ${web_dir}/readerprofile.h ${web_dir}/readerprofile.cpp
    ${web_dir}/readerview.h ${web_dir}/readerview.cpp
)
target_include_directories(newsdesk_web PUBLIC ${web_dir})
# The headers name render types (PageTheme, PageRenderer::Options), so render is public.
target_link_libraries(newsdesk_web
    PUBLIC Qt6::Widgets Qt6::WebEngineCore Qt6::WebEngineWidgets newsdesk_render newsdesk_core
    PRIVATE newsdesk_strict newsdesk_storage)
target_link_libraries(newsdesk_ui PUBLIC newsdesk_web)
