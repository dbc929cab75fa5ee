# The reader's decisions without pixels (ui/controller): the view, the article being read, history,
# the read rule, link routing, fetch messages, the watchlist and its alerts, the sources list,
# imports and their report, retention and the automatic backup. Its own static library that links no widgets, so its tests run
# without a window; included by ui/CMakeLists.txt.
set(controller_dir "${CMAKE_CURRENT_LIST_DIR}")
qt_add_library(newsdesk_reader STATIC
    ${controller_dir}/sidebarentry.h ${controller_dir}/sidebarentry.cpp
    ${controller_dir}/readerhistory.h ${controller_dir}/readerhistory.cpp
    ${controller_dir}/readdelay.h ${controller_dir}/readdelay.cpp
    ${controller_dir}/linkrouter.h ${controller_dir}/linkrouter.cpp
    ${controller_dir}/readercontroller.h ${controller_dir}/readercontroller.cpp
    ${controller_dir}/fetchtracker.h ${controller_dir}/fetchtracker.cpp
    ${controller_dir}/watchlistmodel.h ${controller_dir}/watchlistmodel.cpp
    ${controller_dir}/watchlistalerts.h ${controller_dir}/watchlistalerts.cpp
    ${controller_dir}/rulealerts.h ${controller_dir}/rulealerts.cpp
    ${controller_dir}/sourcelist.h ${controller_dir}/sourcelist.cpp
    ${controller_dir}/importer.h ${controller_dir}/importer.cpp
    ${controller_dir}/importreport.h ${controller_dir}/importreport.cpp
    ${controller_dir}/viewcaption.h ${controller_dir}/viewcaption.cpp
    ${controller_dir}/savedsearchlist.h ${controller_dir}/savedsearchlist.cpp
    ${controller_dir}/rulelist.h ${controller_dir}/rulelist.cpp
    ${controller_dir}/tickerinsight.h ${controller_dir}/tickerinsight.cpp
    ${controller_dir}/retentionschedule.h ${controller_dir}/retentionschedule.cpp
    ${controller_dir}/backupfolder.h ${controller_dir}/backupfolder.cpp
    ${controller_dir}/backupschedule.h ${controller_dir}/backupschedule.cpp
)
target_include_directories(newsdesk_reader PUBLIC ${controller_dir})
target_link_libraries(newsdesk_reader
    PUBLIC Qt6::Core newsdesk_core newsdesk_storage newsdesk_net
    PRIVATE newsdesk_strict Qt6::Concurrent)
target_link_libraries(newsdesk_ui PUBLIC newsdesk_reader)
