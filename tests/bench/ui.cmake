# The "ui" section (uibench.cpp): it starts newsdesk-bench-ui, the reader's window on a 100k
# library in a process of its own, so start-up and resident memory are the reader's alone.
target_sources(newsdesk-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/uibench.cpp)
qt_add_executable(newsdesk-bench-ui ${CMAKE_CURRENT_LIST_DIR}/uiprobe.cpp)
target_link_libraries(newsdesk-bench-ui PRIVATE newsdesk_strict newsdesk_ui Qt6::Test)
add_dependencies(newsdesk-bench newsdesk-bench-ui newsdesk-render-worker newsdesk-highlighter)
